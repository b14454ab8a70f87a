import { and, eq, notExists, sql } from 'drizzle-orm';
import { pairs, programs, reviewCycles, reviewSummaries } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notifyMany } from '../notifications/notify.js';
import { formatReviewDate } from './review-dates.js';

export const REVIEW_REMINDER_JOB = 'review-reminder';

/**
 * The one reminder of a review cycle, three days before it is due: both members of every active
 * pair whose summary is not submitted (a draft, or none yet) are told, with names, dates and a
 * link. A cycle closed since, or a pair that has submitted or ended, is not chased. Returns how
 * many people were told.
 */
export async function remindReview(deps: Deps, input: { orgId: string; cycleId: string }): Promise<number> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const [cycle] = await tx.select().from(reviewCycles).where(and(eq(reviewCycles.orgId, input.orgId), eq(reviewCycles.id, input.cycleId))).for('update');
    if (!cycle || cycle.status !== 'open') return 0;
    const [program] = await tx.select({ name: programs.name }).from(programs).where(eq(programs.id, cycle.programId));
    const waiting = await tx
      .select({ id: pairs.id, mentor: pairs.mentorPersonId, mentee: pairs.menteePersonId })
      .from(pairs)
      .where(
        and(
          eq(pairs.programId, cycle.programId),
          eq(pairs.status, 'active'),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(reviewSummaries)
              .where(and(eq(reviewSummaries.cycleId, cycle.id), eq(reviewSummaries.pairId, pairs.id), eq(reviewSummaries.status, 'submitted'))),
          ),
        ),
      );
    const dueDate = formatReviewDate(cycle.dueDate);
    const notices = waiting.flatMap((p) =>
      [p.mentor, p.mentee].map((personId) => ({
        personId,
        message: { kind: 'review_reminder' as const, programName: program?.name ?? '', reviewTitle: cycle.title, dueDate, pairId: p.id },
      })),
    );
    await notifyMany(deps, tx, input.orgId, notices);
    return notices.length;
  });
}
