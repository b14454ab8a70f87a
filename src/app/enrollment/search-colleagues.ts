import { and, asc, eq, ilike, ne } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { people } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { requirePersonId } from '../programs/program-access.js';
import { personBrief, type PersonBrief } from './profile-store.js';
import { containsPattern } from '../contains-pattern.js';

/** Colleagues by name, for a participant's prefer / avoid lists (active people, at most 10). */
export async function searchColleagues(deps: Deps, input: { actor: Actor; q: string }): Promise<PersonBrief[]> {
  const { orgId } = input.actor;
  const q = input.q.trim();
  if (q.length < 2) return [];
  return deps.db.tenant(orgId, async (tx) => {
    const self = await requirePersonId(tx, input.actor);
    const pattern = containsPattern(q);
    return tx
      .select(personBrief)
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.status, 'active'), ne(people.id, self), ilike(people.name, pattern)))
      .orderBy(asc(people.name))
      .limit(10);
  });
}
