import { createHash } from 'node:crypto';
// The pair's side of reviews: its summaries (one per cycle), what each would share, and the
// reviewers' comments — for the two members only (the callers start from memberOf).
import { and, desc, eq } from 'drizzle-orm';
import { shareableGoals, type ReviewContent, type ReviewGoal } from '../../core/reviews/content.js';
import { changeRefusal, withdrawRefusal } from '../../core/reviews/summaries.js';
import { AppError, notFound } from '../../core/errors.js';
import type { Actor } from '../../core/auth/roles.js';
import { memberOf } from '../workspace/pair-membership.js';
import type { Tx } from '../../db/client.js';
import { reviewCycles, reviewSummaries } from '../../db/schema.js';
import { pairMembers } from '../workspace/meeting-store.js';
import type { Membership } from '../workspace/pair-membership.js';
import {
  commentsOf,
  contentNow,
  createDrafts,
  cycleById,
  meetingCounts,
  pairGoals,
  stateOf,
  type CommentRow,
  type CycleRow,
  type SummaryRow,
} from './review-store.js';

export interface PairReviewItem {
  cycle: CycleRow;
  /** Names the draft's text as read: a confirmation carries it, so nobody confirms a text they did not see. */
  draftToken: string;
  summary: SummaryRow;
  /** The goals their learners shared with the program: the ones that may be picked. */
  shareable: ReviewGoal[];
  /** What management would see if it were submitted now (the frozen content once submitted). */
  preview: ReviewContent;
  meetings: { held: number; due: number };
  myConfirmedAt: Date | null;
  partnerConfirmedAt: Date | null;
  canEdit: boolean;
  canWithdraw: boolean;
  comments: CommentRow[];
}

export interface PairReviews {
  mySide: 'mentor' | 'mentee';
  me: { personId: string; name: string };
  partner: { personId: string; name: string };
  reviews: PairReviewItem[];
}

/** A short digest of the draft's fields; the same text gives the same token. */
export function draftToken(s: Pick<SummaryRow, 'goalIds' | 'includeMeetings' | 'statement'>): string {
  return createHash('sha256')
    .update(JSON.stringify([s.goalIds, s.includeMeetings, s.statement]))
    .digest('hex')
    .slice(0, 32);
}

/** An active pair that started after a cycle opened gets its draft the first time it looks. */
export async function ensureDrafts(tx: Tx, m: Membership, now: Date): Promise<void> {
  if (m.pair.status !== 'active') return;
  const open = await tx
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.programId, m.pair.programId), eq(reviewCycles.status, 'open')));
  for (const cycle of open) await createDrafts(tx, cycle, [m.pair.id], now);
}

/** This pair's summary for a cycle (created if the cycle is open and the pair active), locked for a change. */
export async function summaryOfPair(
  tx: Tx,
  m: Membership,
  cycleId: string,
  now: Date,
): Promise<{ cycle: CycleRow; summary: SummaryRow }> {
  const cycle = await cycleById(tx, m.pair.orgId, cycleId);
  if (cycle.programId !== m.pair.programId) throw notFound('Review');
  if (cycle.status === 'open' && m.pair.status === 'active') await createDrafts(tx, cycle, [m.pair.id], now);
  const [summary] = await tx
    .select()
    .from(reviewSummaries)
    .where(and(eq(reviewSummaries.cycleId, cycle.id), eq(reviewSummaries.pairId, m.pair.id)))
    .for('update');
  if (!summary) throw notFound('Review');
  return { cycle, summary };
}

export async function itemOf(
  tx: Tx,
  m: Membership,
  cycle: CycleRow,
  summary: SummaryRow,
  comments: CommentRow[],
  now: Date,
): Promise<PairReviewItem> {
  const state = stateOf(summary);
  const goals = await pairGoals(tx, m.pair.id);
  const shareable = shareableGoals(goals);
  const meetings = await meetingCounts(tx, m.pair, m.program, now);
  const preview =
    summary.status === 'submitted' && summary.content
      ? summary.content
      : await contentNow(tx, m.pair, m.program, state, now);
  const mine = m.side === 'mentor' ? summary.mentorConfirmedAt : summary.menteeConfirmedAt;
  const theirs = m.side === 'mentor' ? summary.menteeConfirmedAt : summary.mentorConfirmedAt;
  return {
    cycle,
    draftToken: draftToken(summary),
    summary: { ...summary, goalIds: summary.goalIds.filter((id) => shareable.some((g) => g.goalId === id)) },
    shareable,
    preview,
    meetings,
    myConfirmedAt: mine,
    partnerConfirmedAt: theirs,
    canEdit: changeRefusal(state, cycle.status) === null,
    canWithdraw: withdrawRefusal(state, cycle.status) === null,
    comments,
  };
}

export async function pairReviews(tx: Tx, m: Membership, now: Date): Promise<PairReviews> {
  const rows = await tx
    .select({ summary: reviewSummaries, cycle: reviewCycles })
    .from(reviewSummaries)
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviewSummaries.cycleId))
    .where(and(eq(reviewSummaries.orgId, m.pair.orgId), eq(reviewSummaries.pairId, m.pair.id)))
    .orderBy(desc(reviewCycles.createdAt), desc(reviewCycles.id));
  const comments = await commentsOf(
    tx,
    rows.map((r) => r.summary.id),
  );
  const reviews: PairReviewItem[] = [];
  for (const r of rows) reviews.push(await itemOf(tx, m, r.cycle, r.summary, comments.get(r.summary.id) ?? [], now));
  const members = await pairMembers(tx, m.pair);
  const me = m.side === 'mentor' ? members.mentor : members.mentee;
  const partner = m.side === 'mentor' ? members.mentee : members.mentor;
  return {
    mySide: m.side,
    me: { personId: me.personId, name: me.name },
    partner: { personId: partner.personId, name: partner.name },
    reviews,
  };
}

/**
 * The start of every member change to a summary: the pair locked (the two members' changes
 * queue), the summary of that cycle, its state, and the change refused if `refusal` says so.
 */
export async function summaryForChange(
  tx: Tx,
  input: { actor: Actor; pairId: string; cycleId: string },
  now: Date,
  refusal: typeof changeRefusal,
) {
  const m = await memberOf(tx, input.actor, input.pairId, { lock: true });
  const { cycle, summary } = await summaryOfPair(tx, m, input.cycleId, now);
  const state = stateOf(summary);
  const refused = refusal(state, cycle.status);
  if (refused) throw new AppError('conflict', refused);
  return { m, cycle, summary, state };
}
