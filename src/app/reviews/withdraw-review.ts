import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { withdrawRefusal, withdrawSummary } from '../../core/reviews/summaries.js';
import { reviewSummaries } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { pairReviews, summaryForChange, type PairReviews } from './pair-review-view.js';
import { stateColumns } from './review-store.js';

/**
 * Either member takes the summary back to draft while the cycle is open: management no longer
 * sees it (its frozen content is dropped) until both confirm again.
 */
export async function withdrawReview(
  deps: Deps,
  input: { actor: Actor; pairId: string; cycleId: string },
): Promise<PairReviews> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const now = deps.now();
    const { m, summary, state } = await summaryForChange(tx, input, now, withdrawRefusal);
    await tx
      .update(reviewSummaries)
      .set({ ...stateColumns(withdrawSummary(state)), updatedByPersonId: m.personId, updatedAt: now })
      .where(eq(reviewSummaries.id, summary.id));
    return pairReviews(tx, m, now);
  });
}
