import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import type { EmploymentStatus } from '../../core/people/person.js';
import { people } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { selectPage, type Page } from '../page.js';
import { containsPattern } from '../contains-pattern.js';

export interface PeopleQuery {
  q?: string;
  department?: string;
  level?: number;
  status?: EmploymentStatus;
  page: number;
  pageSize: number;
}

export type PersonRow = typeof people.$inferSelect;

export async function listPeople(deps: Deps, input: { actor: Actor; query: PeopleQuery }): Promise<Page<PersonRow>> {
  const { actor, query } = input;
  const where = and(eq(people.orgId, actor.orgId), ...filters(query));
  return deps.db.tenant(actor.orgId, (tx) => selectPage(tx, people, where, [asc(people.name), asc(people.employeeId)], query));
}

function filters(query: PeopleQuery): SQL[] {
  const out: SQL[] = [];
  const q = query.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    out.push(
      or(
        ilike(people.name, pattern),
        ilike(people.email, pattern),
        ilike(people.employeeId, pattern),
        ilike(people.jobTitle, pattern),
      ) as SQL,
    );
  }
  if (query.department) out.push(eq(people.department, query.department));
  if (query.level !== undefined) out.push(eq(people.level, query.level));
  if (query.status) out.push(eq(people.status, query.status));
  return out;
}
