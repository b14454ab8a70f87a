import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { checkCycle, openRefusal, reviewReminderAt } from '../../core/reviews/cycles.js';
import { pairs, reviewCycles } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { notifyMany } from '../notifications/notify.js';
import { programForManager, requireStatus, userIdOrNull } from '../programs/program-access.js';
import { scheduleJob } from '../schedule-job.js';
import { formatReviewDate } from './review-dates.js';
import { REVIEW_REMINDER_JOB } from './remind-review.js';
import { createDrafts, type CycleRow } from './review-store.js';

/**
 * A program manager asks every active pair for a progress summary: a draft for each pair (pairs
 * that start later get theirs when they open the page), a message to both members, and one
 * reminder three days before the due date.
 */
export async function openReviewCycle(
  deps: Deps,
  input: { actor: Actor; programId: string; title: string; dueDate: string; meta: RequestMeta | null },
): Promise<CycleRow> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId, { lock: true });
    requireStatus(program, (s) => s !== 'draft', 'A review');
    const now = deps.now();
    const check = checkCycle({ title: input.title, dueDate: input.dueDate }, now);
    if (!check.ok)
      throw new AppError('validation_failed', `${check.problems[0]?.path}: ${check.problems[0]?.message}`, {
        fields: check.problems,
      });
    const [open] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(reviewCycles)
      .where(and(eq(reviewCycles.programId, program.id), eq(reviewCycles.status, 'open')));
    const refusal = openRefusal(Number(open?.n ?? 0));
    if (refusal) throw new AppError('conflict', refusal);
    const [cycle] = await tx
      .insert(reviewCycles)
      .values({
        orgId: actor.orgId,
        programId: program.id,
        title: check.value.title,
        dueDate: check.value.dueDate,
        openedByUserId: userIdOrNull(actor),
        createdAt: now,
      })
      .returning();
    if (!cycle) throw new AppError('internal', 'The review was not opened.');
    const active = await tx
      .select()
      .from(pairs)
      .where(and(eq(pairs.orgId, actor.orgId), eq(pairs.programId, program.id), eq(pairs.status, 'active')));
    await createDrafts(
      tx,
      cycle,
      active.map((p) => p.id),
      now,
    );
    const remindAt = reviewReminderAt(cycle.dueDate, now);
    if (remindAt) await scheduleJob(tx, { orgId: actor.orgId, kind: REVIEW_REMINDER_JOB, payload: { cycleId: cycle.id }, runAt: remindAt, dedupeKey: `${REVIEW_REMINDER_JOB}:${cycle.id}` });
    const dueDate = formatReviewDate(cycle.dueDate);
    await notifyMany(
      deps,
      tx,
      actor.orgId,
      active.flatMap((p) =>
        [p.mentorPersonId, p.menteePersonId].map((personId) => ({
          personId,
          message: {
            kind: 'review_requested' as const,
            programName: program.name,
            reviewTitle: cycle.title,
            dueDate,
            pairId: p.id,
          },
        })),
      ),
    );
    // Identifiers and counts only: never a title a person typed into a summary.
    await recordAudit(
      tx,
      {
        orgId: actor.orgId,
        actor: { userId: actor.userId, email: actor.email },
        action: 'review_cycle_opened',
        target: cycle.id,
        details: { programId: program.id, pairs: active.length },
      },
      input.meta,
    );
    return cycle;
  });
}
