import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { changeRefusal, confirmSummary } from '../../core/reviews/summaries.js';
import { reviewSummaries } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notify } from '../notifications/notify.js';
import { pairMembers } from '../workspace/meeting-store.js';
import { draftToken, pairReviews, summaryForChange, type PairReviews } from './pair-review-view.js';
import { contentNow, stateColumns } from './review-store.js';

/**
 * A member confirms the draft as they read it (its `draftToken`: a draft the partner changed
 * since is refused). The second confirmation submits it and freezes its content.
 */
export async function confirmReview(
  deps: Deps,
  input: { actor: Actor; pairId: string; cycleId: string; draftToken: string },
): Promise<PairReviews> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const now = deps.now();
    const { m, summary, state } = await summaryForChange(tx, input, now, changeRefusal);
    if (input.draftToken !== draftToken(summary))
      throw new AppError('conflict', 'The summary changed since you read it; read it again before you confirm.');
    const content = await contentNow(tx, m.pair, m.program, state, now);
    const result = confirmSummary(state, m.side, now, () => content);
    if (result.changed) {
      await tx
        .update(reviewSummaries)
        .set({ ...stateColumns(result.state), updatedAt: now })
        .where(eq(reviewSummaries.id, summary.id));
      if (!result.submitted) {
        const members = await pairMembers(tx, m.pair);
        const [me, partner] = m.side === 'mentor' ? [members.mentor, members.mentee] : [members.mentee, members.mentor];
        await notify(deps, tx, m.pair.orgId, partner.personId, {
          kind: 'review_confirm_needed',
          programName: m.program.name,
          partnerName: me.name,
          pairId: m.pair.id,
        });
      }
    }
    return pairReviews(tx, m, now);
  });
}
