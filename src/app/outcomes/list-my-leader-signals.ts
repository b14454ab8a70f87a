import type { Actor } from '../../core/auth/roles.js';
import type { Deps } from '../deps.js';
import { personIdOf } from '../programs/program-access.js';
import { juniorEnrollmentsOf, type JuniorEnrollment } from './junior-enrollments.js';

/** The programs where I am the junior member of a started pair, with whether I share leader signals. */
export async function listMyLeaderSignals(deps: Deps, input: { actor: Actor }): Promise<JuniorEnrollment[]> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const personId = await personIdOf(tx, actor);
    return personId ? juniorEnrollmentsOf(tx, actor.orgId, personId) : [];
  });
}
