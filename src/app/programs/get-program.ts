import type { Actor } from '../../core/auth/roles.js';
import type { Deps } from '../deps.js';
import { programForManager } from './program-access.js';
import { programView, type ProgramView } from './program-view.js';

export async function getProgram(deps: Deps, input: { actor: Actor; programId: string }): Promise<ProgramView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => programView(tx, await programForManager(tx, input.actor, input.programId)));
}
