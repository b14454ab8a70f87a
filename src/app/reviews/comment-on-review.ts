import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { checkComment, commentRefusal } from '../../core/reviews/comments.js';
import { pairs, reviewComments, reviewSummaries, users } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { notifyMany } from '../notifications/notify.js';
import { userIdOrNull } from '../programs/program-access.js';
import { programForViewer } from '../programs/program-viewer.js';
import { cycleById, type CommentRow } from './review-store.js';

/** A reviewer (admin or the program's manager) comments back to a pair on its submitted summary. */
export async function commentOnReview(
  deps: Deps,
  input: { actor: Actor; summaryId: string; body: string; meta: RequestMeta | null },
): Promise<CommentRow> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const [summary] = await tx
      .select()
      .from(reviewSummaries)
      .where(and(eq(reviewSummaries.orgId, actor.orgId), eq(reviewSummaries.id, input.summaryId)))
      // A withdrawal racing this comment waits, so a comment lands only on a submitted summary.
      .for('update');
    if (!summary) throw notFound('Summary');
    const { program, as } = await programForViewer(tx, actor, summary.programId);
    const cycle = await cycleById(tx, actor.orgId, summary.cycleId);
    const refusal = commentRefusal(as, cycle.status, summary.status);
    if (refusal) throw new AppError(refusal[0], refusal[1]);
    const check = checkComment(input.body);
    if (!check.ok)
      throw new AppError('validation_failed', `body: ${check.problems[0]?.message}`, { fields: check.problems });
    const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    const [comment] = await tx
      .insert(reviewComments)
      .values({
        orgId: actor.orgId,
        summaryId: summary.id,
        authorUserId: userIdOrNull(actor),
        authorName: author?.name ?? actor.email,
        body: check.body,
        createdAt: deps.now(),
      })
      .returning();
    if (!comment) throw new AppError('internal', 'The comment was not saved.');
    const [pair] = await tx.select().from(pairs).where(eq(pairs.id, summary.pairId));
    if (pair)
      await notifyMany(
        deps,
        tx,
        actor.orgId,
        [pair.mentorPersonId, pair.menteePersonId].map((personId) => ({
          personId,
          message: {
            kind: 'review_comment' as const,
            programName: program.name,
            reviewTitle: cycle.title,
            pairId: pair.id,
          },
        })),
      );
    // No comment text in the audit log: who, on which summary, when.
    await recordAudit(
      tx,
      {
        orgId: actor.orgId,
        actor: { userId: actor.userId, email: actor.email },
        action: 'review_comment_added',
        target: summary.id,
        details: { cycleId: cycle.id, pairId: summary.pairId },
      },
      input.meta,
    );
    return comment;
  });
}
