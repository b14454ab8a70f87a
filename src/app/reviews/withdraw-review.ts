import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { withdrawRefusal, withdrawSummary } from '../../core/reviews/summaries.js';
import { reviewSummaries } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { memberOf } from '../workspace/pair-membership.js';
import { pairReviews, summaryOfPair, type PairReviews } from './pair-review-view.js';
import { stateColumns, stateOf } from './review-store.js';

/**
 * Either member takes the summary back to draft while the cycle is open: management no longer
 * sees it (its frozen content is dropped) until both confirm again.
 */
export async function withdrawReview(
  deps: Deps,
  input: { actor: Actor; pairId: string; cycleId: string },
): Promise<PairReviews> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { lock: true });
    const now = deps.now();
    const { cycle, summary } = await summaryOfPair(tx, m, input.cycleId, now);
    const state = stateOf(summary);
    const refusal = withdrawRefusal(state, cycle.status);
    if (refusal) throw new AppError('conflict', refusal);
    await tx
      .update(reviewSummaries)
      .set({ ...stateColumns(withdrawSummary(state)), updatedByPersonId: m.personId, updatedAt: now })
      .where(eq(reviewSummaries.id, summary.id));
    return pairReviews(tx, m, now);
  });
}
