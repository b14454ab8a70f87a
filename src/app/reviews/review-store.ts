// What the review use cases share: reading cycles and summaries, the pair's goals and meeting
// counts for a summary's content, and creating the drafts a cycle asks for.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { buildContent, type PairGoal, type ReviewContent } from '../../core/reviews/content.js';
import type { SummaryState } from '../../core/reviews/summaries.js';
import { cadenceHealth } from '../../core/pairs/meetings.js';
import { notFound } from '../../core/errors.js';
import type { Tx } from '../../db/client.js';
import { goals, pairs, reviewComments, reviewCycles, reviewSummaries, type programs } from '../../db/schema.js';
import { meetingStatsOf, promisedCadence } from '../workspace/meeting-store.js';

export type CycleRow = typeof reviewCycles.$inferSelect;
export type SummaryRow = typeof reviewSummaries.$inferSelect;
export type CommentRow = typeof reviewComments.$inferSelect;
type PairRow = typeof pairs.$inferSelect;
type ProgramRow = typeof programs.$inferSelect;

export async function cycleById(
  tx: Tx,
  orgId: string,
  cycleId: string,
  options: { lock?: boolean } = {},
): Promise<CycleRow> {
  const query = tx
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.orgId, orgId), eq(reviewCycles.id, cycleId)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound('Review');
  return row;
}

export function stateOf(row: SummaryRow): SummaryState {
  return {
    goalIds: row.goalIds,
    includeMeetings: row.includeMeetings,
    statement: row.statement,
    status: row.status,
    mentorConfirmedAt: row.mentorConfirmedAt,
    menteeConfirmedAt: row.menteeConfirmedAt,
    submittedAt: row.submittedAt,
    content: row.content,
  };
}

/** The columns a new state writes (content is stored only once both confirmed). */
export function stateColumns(s: SummaryState) {
  return {
    goalIds: s.goalIds,
    includeMeetings: s.includeMeetings,
    statement: s.statement,
    status: s.status,
    mentorConfirmedAt: s.mentorConfirmedAt,
    menteeConfirmedAt: s.menteeConfirmedAt,
    submittedAt: s.submittedAt,
    content: s.content,
  };
}

/** Every goal of the pair (oldest first) as the content builder needs it; it keeps only shared ones. */
export async function pairGoals(tx: Tx, pairId: string): Promise<PairGoal[]> {
  const rows = await tx
    .select({
      id: goals.id,
      title: goals.title,
      learnerSide: goals.learnerSide,
      progress: goals.progress,
      status: goals.status,
      shared: goals.sharedWithProgram,
    })
    .from(goals)
    .where(eq(goals.pairId, pairId))
    .orderBy(asc(goals.createdAt), asc(goals.id));
  return rows.map((g) => ({
    goalId: g.id,
    title: g.title,
    learnerSide: g.learnerSide,
    progress: g.progress,
    status: g.status,
    sharedWithProgram: g.shared,
  }));
}

/**
 * Meetings held and due, by the same rule as the program's pairs list (cadenceHealth over the
 * agreed cadence and the held meetings); an ended pair is judged as of its end.
 */
export async function meetingCounts(
  tx: Tx,
  pair: PairRow,
  program: ProgramRow,
  now: Date,
): Promise<{ held: number; due: number }> {
  if (!pair.activatedAt) return { held: 0, due: 0 };
  const { cadenceDays } = await promisedCadence(tx, pair, program);
  const stats = (await meetingStatsOf(tx, [pair.id], now)).get(pair.id);
  const at = pair.endedAt && pair.endedAt.getTime() < now.getTime() ? pair.endedAt : now;
  const health = cadenceHealth({
    cadenceDays,
    activeSince: pair.activatedAt,
    heldDates: stats?.held ?? [],
    scheduledFuture: [],
    now: at,
  });
  return { held: health.held, due: health.promised };
}

/** The summary's content as it would be submitted now (also the members' preview). */
export async function contentNow(
  tx: Tx,
  pair: PairRow,
  program: ProgramRow,
  s: SummaryState,
  now: Date,
): Promise<ReviewContent> {
  return buildContent({
    goals: await pairGoals(tx, pair.id),
    goalIds: s.goalIds,
    includeMeetings: s.includeMeetings,
    meetings: await meetingCounts(tx, pair, program, now),
    statement: s.statement,
  });
}

/** Creates the missing drafts of these pairs for a cycle; returns the pairs that got one. */
export async function createDrafts(tx: Tx, cycle: CycleRow, pairIds: readonly string[], now: Date): Promise<string[]> {
  if (!pairIds.length) return [];
  const rows = await tx
    .insert(reviewSummaries)
    .values(
      pairIds.map((pairId) => ({
        orgId: cycle.orgId,
        programId: cycle.programId,
        cycleId: cycle.id,
        pairId,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing({ target: [reviewSummaries.cycleId, reviewSummaries.pairId] })
    .returning({ pairId: reviewSummaries.pairId });
  return rows.map((r) => r.pairId);
}

/** Comments on some summaries, oldest first. */
export async function commentsOf(tx: Tx, summaryIds: readonly string[]): Promise<Map<string, CommentRow[]>> {
  const out = new Map<string, CommentRow[]>();
  if (!summaryIds.length) return out;
  const rows = await tx
    .select()
    .from(reviewComments)
    .where(inArray(reviewComments.summaryId, [...summaryIds]))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
  for (const r of rows) out.set(r.summaryId, [...(out.get(r.summaryId) ?? []), r]);
  return out;
}

export interface CycleCounts {
  /** Pairs asked: those with a draft, plus (while open) active pairs that get one when they open the page. */
  asked: number;
  submitted: number;
}

/** Counts per cycle, for a list of cycles of one program (two grouped queries). */
export async function cycleCounts(
  tx: Tx,
  programId: string,
  cycles: readonly CycleRow[],
): Promise<Map<string, CycleCounts>> {
  const out = new Map<string, CycleCounts>();
  if (!cycles.length) return out;
  const ids = cycles.map((c) => c.id);
  const rows = await tx
    .select({
      cycleId: reviewSummaries.cycleId,
      asked: sql<number>`count(*)::int`,
      submitted: sql<number>`count(*) FILTER (WHERE ${reviewSummaries.status} = 'submitted')::int`,
    })
    .from(reviewSummaries)
    .where(inArray(reviewSummaries.cycleId, ids))
    .groupBy(reviewSummaries.cycleId);
  const open = cycles.filter((c) => c.status === 'open').map((c) => c.id);
  const waiting = open.length
    ? await tx
        .select({ cycleId: reviewCycles.id, n: sql<number>`count(${pairs.id})::int` })
        .from(reviewCycles)
        .innerJoin(pairs, and(eq(pairs.programId, programId), eq(pairs.status, 'active')))
        .where(
          and(
            inArray(reviewCycles.id, open),
            sql`NOT EXISTS (SELECT 1 FROM ${reviewSummaries} s WHERE s.cycle_id = ${reviewCycles.id} AND s.pair_id = ${pairs.id})`,
          ),
        )
        .groupBy(reviewCycles.id)
    : [];
  for (const c of cycles) {
    const r = rows.find((x) => x.cycleId === c.id);
    const w = waiting.find((x) => x.cycleId === c.id);
    out.set(c.id, { asked: Number(r?.asked ?? 0) + Number(w?.n ?? 0), submitted: Number(r?.submitted ?? 0) });
  }
  return out;
}
