import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { shareableGoals } from '../../core/reviews/content.js';
import { applyEdit, changeRefusal, checkDraft, type SummaryDraft } from '../../core/reviews/summaries.js';
import { reviewSummaries } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { memberOf } from '../workspace/pair-membership.js';
import { pairReviews, summaryOfPair, type PairReviews } from './pair-review-view.js';
import { pairGoals, stateColumns, stateOf } from './review-store.js';

/** Either member edits the pair's draft; both confirmations are cleared, so both confirm again. */
export async function saveReviewDraft(
  deps: Deps,
  input: { actor: Actor; pairId: string; cycleId: string; draft: SummaryDraft },
): Promise<PairReviews> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    // The pair's row lock serializes the two members' changes.
    const m = await memberOf(tx, input.actor, input.pairId, { lock: true });
    const now = deps.now();
    const { cycle, summary } = await summaryOfPair(tx, m, input.cycleId, now);
    const state = stateOf(summary);
    const refusal = changeRefusal(state, cycle.status);
    if (refusal) throw new AppError('conflict', refusal);
    const shareable = new Set(shareableGoals(await pairGoals(tx, m.pair.id)).map((g) => g.goalId));
    const check = checkDraft(input.draft, shareable);
    if (!check.ok)
      throw new AppError('validation_failed', `${check.problems[0]?.path}: ${check.problems[0]?.message}`, {
        fields: check.problems,
      });
    await tx
      .update(reviewSummaries)
      .set({ ...stateColumns(applyEdit(state, check.value)), updatedByPersonId: m.personId, updatedAt: now })
      .where(eq(reviewSummaries.id, summary.id));
    return pairReviews(tx, m, now);
  });
}
