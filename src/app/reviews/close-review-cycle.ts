import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { closeRefusal } from '../../core/reviews/cycles.js';
import { eq } from 'drizzle-orm';
import { reviewCycles } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { programForManager } from '../programs/program-access.js';
import { cycleById, type CycleRow } from './review-store.js';

/** Closes a cycle: its summaries stay readable, nothing in it changes any more. */
export async function closeReviewCycle(
  deps: Deps,
  input: { actor: Actor; cycleId: string; meta: RequestMeta | null },
): Promise<CycleRow> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const cycle = await cycleById(tx, actor.orgId, input.cycleId, { lock: true });
    await programForManager(tx, actor, cycle.programId);
    const refusal = closeRefusal(cycle.status);
    if (refusal) throw new AppError('conflict', refusal);
    const [closed] = await tx
      .update(reviewCycles)
      .set({ status: 'closed', closedAt: deps.now() })
      .where(eq(reviewCycles.id, cycle.id))
      .returning();
    if (!closed) throw new AppError('internal', 'The review was not closed.');
    await recordAudit(
      tx,
      {
        orgId: actor.orgId,
        actor: { userId: actor.userId, email: actor.email },
        action: 'review_cycle_closed',
        target: cycle.id,
        details: { programId: cycle.programId },
      },
      input.meta,
    );
    return closed;
  });
}
