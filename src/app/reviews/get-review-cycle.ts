import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import type { ReviewContent } from '../../core/reviews/content.js';
import { canComment } from '../../core/reviews/comments.js';
import type { Tx } from '../../db/client.js';
import { pairs, reviewSummaries } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { menteeP, mentorP } from '../pairs/pair-people.js';
import type { ProgramRow } from '../programs/program-access.js';
import { programForViewer, type ViewerRole } from '../programs/program-viewer.js';
import {
  commentsOf,
  cycleById,
  cycleCounts,
  type CommentRow,
  type CycleCounts,
  type CycleRow,
} from './review-store.js';

export interface SubmittedSummary {
  id: string;
  pairId: string;
  mentorName: string;
  menteeName: string;
  submittedAt: Date;
  /** Frozen at submission: exactly what both members confirmed. */
  content: ReviewContent;
  comments: CommentRow[];
}

export interface CycleReview {
  cycle: CycleRow;
  program: ProgramRow;
  as: ViewerRole;
  canComment: boolean;
  counts: CycleCounts;
  summaries: SubmittedSummary[];
}

/**
 * The review page for management: the cycle, its counts and the SUBMITTED summaries only. A
 * draft — even one confirmed by one member — is the pair's and never read here; only the frozen
 * `content` column is, never the draft columns.
 */
export async function getReviewCycle(deps: Deps, input: { actor: Actor; cycleId: string }): Promise<CycleReview> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, (tx) => reviewOf(tx, actor, input.cycleId));
}

export async function reviewOf(tx: Tx, actor: Actor, cycleId: string): Promise<CycleReview> {
  const cycle = await cycleById(tx, actor.orgId, cycleId);
  const { program, as } = await programForViewer(tx, actor, cycle.programId);
  const rows = await tx
    .select({
      id: reviewSummaries.id,
      pairId: reviewSummaries.pairId,
      submittedAt: reviewSummaries.submittedAt,
      content: reviewSummaries.content,
      mentorName: mentorP.name,
      menteeName: menteeP.name,
    })
    .from(reviewSummaries)
    .innerJoin(pairs, eq(pairs.id, reviewSummaries.pairId))
    .innerJoin(mentorP, eq(mentorP.id, pairs.mentorPersonId))
    .innerJoin(menteeP, eq(menteeP.id, pairs.menteePersonId))
    .where(
      and(
        eq(reviewSummaries.orgId, actor.orgId),
        eq(reviewSummaries.cycleId, cycle.id),
        eq(reviewSummaries.status, 'submitted'),
      ),
    )
    .orderBy(asc(mentorP.name), asc(menteeP.name), asc(reviewSummaries.id));
  const comments = await commentsOf(
    tx,
    rows.map((r) => r.id),
  );
  const counts = (await cycleCounts(tx, program.id, [cycle])).get(cycle.id) ?? { asked: 0, submitted: 0 };
  const summaries = rows.flatMap((r): SubmittedSummary[] =>
    r.content && r.submittedAt
      ? [
          {
            id: r.id,
            pairId: r.pairId,
            mentorName: r.mentorName,
            menteeName: r.menteeName,
            submittedAt: r.submittedAt,
            content: r.content,
            comments: comments.get(r.id) ?? [],
          },
        ]
      : [],
  );
  return { cycle, program, as, canComment: canComment(as), counts, summaries };
}
