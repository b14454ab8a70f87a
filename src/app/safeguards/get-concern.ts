import type { Actor } from '../../core/auth/roles.js';
import type { ConcernRole } from '../../core/pairs/safeguards.js';
import type { Deps } from '../deps.js';
import { concernView, type ConcernView } from './concern-view.js';
import { loadConcern } from './safeguard-access.js';

/** A concern and its thread: `raiser` for the member who raised it, `manager` for the program's managers (not the partner). */
export async function getConcern(deps: Deps, input: { actor: Actor; concernId: string; as: ConcernRole }): Promise<ConcernView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => concernView(tx, await loadConcern(tx, input.actor, input.concernId, input.as)));
}
