import type { Actor } from '../../core/auth/roles.js';
import type { Deps } from '../deps.js';
import { goalsView, type GoalsView } from './goal-store.js';
import { memberOf } from './pair-membership.js';

/** The pair's goals in both directions, for its two members only; an ended pair's goals stay readable. */
export async function listGoals(deps: Deps, input: { actor: Actor; pairId: string }): Promise<GoalsView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => goalsView(tx, await memberOf(tx, input.actor, input.pairId)));
}
