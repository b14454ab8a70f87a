import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import type { Tx } from '../../db/client.js';
import { userRoles, users } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { programForManager } from './program-access.js';

export interface SponsorUser {
  id: string;
  name: string;
  email: string;
}

/** Active users holding the `sponsor` role: the only ones a program can be given to (as managers follow list-manager-candidates). */
export async function sponsorCandidates(tx: Tx, orgId: string): Promise<SponsorUser[]> {
  return tx
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.orgId, orgId), eq(users.status, 'active'), eq(userRoles.role, 'sponsor')))
    .orderBy(asc(users.name), asc(users.id));
}

/** Who may be made a sponsor of the program; for its managers and org admins. */
export async function listSponsorCandidates(deps: Deps, input: { actor: Actor; programId: string }): Promise<SponsorUser[]> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    await programForManager(tx, actor, input.programId);
    return sponsorCandidates(tx, actor.orgId);
  });
}
