import { and, asc, eq } from 'drizzle-orm';
import type { Actor, Role } from '../../core/auth/roles.js';
import { notFound } from '../../core/errors.js';
import { people, userRoles, users } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { PersonRow } from './list-people.js';

export interface PersonDetail {
  person: PersonRow;
  manager: { id: string; name: string; employeeId: string } | null;
  directReports: Array<{ id: string; name: string; employeeId: string; jobTitle: string | null }>;
  user: { id: string; roles: Role[] } | null;
}

export async function getPerson(deps: Deps, input: { actor: Actor; personId: string }): Promise<PersonDetail> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const [person] = await tx.select().from(people).where(and(eq(people.orgId, orgId), eq(people.id, input.personId)));
    if (!person) throw notFound('Person');
    const brief = { id: people.id, name: people.name, employeeId: people.employeeId, jobTitle: people.jobTitle };
    const [manager] = person.managerEmployeeId
      ? await tx.select(brief).from(people).where(and(eq(people.orgId, orgId), eq(people.employeeId, person.managerEmployeeId)))
      : [];
    const directReports = await tx
      .select(brief)
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.managerEmployeeId, person.employeeId)))
      .orderBy(asc(people.name));
    const [user] = await tx.select({ id: users.id }).from(users).where(and(eq(users.orgId, orgId), eq(users.personId, person.id)));
    const roles = user ? await tx.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, user.id)) : [];
    return {
      person,
      manager: manager ? { id: manager.id, name: manager.name, employeeId: manager.employeeId } : null,
      directReports,
      user: user ? { id: user.id, roles: roles.map((r) => r.role).sort() } : null,
    };
  });
}
