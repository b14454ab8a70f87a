import type { Actor } from '../../core/auth/roles.js';
import type { Deps } from '../deps.js';
import { memberOf } from '../workspace/pair-membership.js';
import { ensureDrafts, pairReviews, type PairReviews } from './pair-review-view.js';

/** The pair's review summaries, newest cycle first, with comments: its two members only. */
export async function listPairReviews(deps: Deps, input: { actor: Actor; pairId: string }): Promise<PairReviews> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId);
    const now = deps.now();
    await ensureDrafts(tx, m, now);
    return pairReviews(tx, m, now);
  });
}
