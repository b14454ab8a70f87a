import type { Actor } from '../../core/auth/roles.js';
import type { Deps } from '../deps.js';
import { catalogue, type SkillRow } from './skill-catalogue.js';

export async function listSkills(deps: Deps, input: { actor: Actor }): Promise<SkillRow[]> {
  return deps.db.tenant(input.actor.orgId, (tx) => catalogue(tx, input.actor.orgId));
}
