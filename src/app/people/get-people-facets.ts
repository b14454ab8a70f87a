import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { people } from '../../db/schema.js';
import type { Deps } from '../deps.js';

/** The departments and levels present in the directory, for the directory's filters. */
export async function getPeopleFacets(deps: Deps, input: { actor: Actor }): Promise<{ departments: string[]; levels: number[] }> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const departments = await tx
      .selectDistinct({ v: people.department })
      .from(people)
      .where(eq(people.orgId, orgId))
      .orderBy(asc(people.department));
    const levels = await tx.selectDistinct({ v: people.level }).from(people).where(eq(people.orgId, orgId)).orderBy(asc(people.level));
    return { departments: departments.map((d) => d.v), levels: levels.map((l) => l.v) };
  });
}
