import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import type { Tx } from '../../db/client.js';
import { programSponsors, users } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { programForManager } from './program-access.js';
import type { SponsorUser } from './list-sponsor-candidates.js';

export async function sponsorsOf(tx: Tx, orgId: string, programId: string): Promise<SponsorUser[]> {
  return tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(programSponsors)
    .innerJoin(users, eq(users.id, programSponsors.userId))
    .where(and(eq(programSponsors.orgId, orgId), eq(programSponsors.programId, programId)))
    .orderBy(asc(users.name), asc(users.id));
}

/** The program's sponsors (read-only viewers of its dashboards and reviews); for its managers and org admins. */
export async function listSponsors(deps: Deps, input: { actor: Actor; programId: string }): Promise<SponsorUser[]> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    await programForManager(tx, actor, input.programId);
    return sponsorsOf(tx, actor.orgId, input.programId);
  });
}
