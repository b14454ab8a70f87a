import type { Actor } from '../../core/auth/roles.js';
import type { Deps } from '../deps.js';
import { checkinView, type CheckinView } from './checkin-view.js';
import { memberOf } from './pair-membership.js';

/** The pair's skill check-ins: for its two members only. */
export async function listCheckins(deps: Deps, input: { actor: Actor; pairId: string }): Promise<CheckinView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => checkinView(deps, tx, await memberOf(tx, input.actor, input.pairId)));
}
