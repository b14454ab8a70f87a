import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { userRoles, users } from '../../db/schema.js';
import type { Deps } from '../deps.js';

/** The users who may run a program: active program managers and org admins. */
export async function listManagerCandidates(deps: Deps, input: { actor: Actor }): Promise<Array<{ id: string; name: string; email: string }>> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, (tx) =>
    tx
      .selectDistinct({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(eq(users.orgId, orgId), eq(users.status, 'active'), inArray(userRoles.role, ['program_manager', 'org_admin'])))
      .orderBy(asc(users.name), asc(users.id)),
  );
}
