import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { shareableGoals } from '../../core/reviews/content.js';
import { applyEdit, changeRefusal, checkDraft, type SummaryDraft } from '../../core/reviews/summaries.js';
import { reviewSummaries } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { pairReviews, summaryForChange, type PairReviews } from './pair-review-view.js';
import { pairGoals, stateColumns } from './review-store.js';

/** Either member edits the pair's draft; both confirmations are cleared, so both confirm again. */
export async function saveReviewDraft(
  deps: Deps,
  input: { actor: Actor; pairId: string; cycleId: string; draft: SummaryDraft },
): Promise<PairReviews> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const now = deps.now();
    const { m, summary, state } = await summaryForChange(tx, input, now, changeRefusal);
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
