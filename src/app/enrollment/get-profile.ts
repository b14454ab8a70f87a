import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { people } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { requirePersonId } from '../programs/program-access.js';
import { briefs, profileLocked, profileOf, type PersonBrief } from './profile-store.js';

export interface ProfileView {
  knows: Array<{ skillKey: string; level: number }>;
  wants: Array<{ skillKey: string; priority: number }>;
  timeZone: string | null;
  availability: string | null;
  motivation: string | null;
  prefer: PersonBrief[];
  avoid: PersonBrief[];
  locked: boolean;
  updatedAt: Date | null;
}

/** The actor's own profile: an empty one until they save it, with the directory's time zone. */
export async function getProfile(deps: Deps, input: { actor: Actor }): Promise<ProfileView> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const personId = await requirePersonId(tx, input.actor);
    const row = await profileOf(tx, orgId, personId);
    const [self] = await tx.select({ timeZone: people.timeZone }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, personId)));
    const listed = await briefs(tx, orgId, [...(row?.prefer ?? []), ...(row?.avoid ?? [])]);
    const pick = (ids: readonly string[]) => ids.flatMap((id) => listed.filter((p) => p.id === id));
    return {
      knows: row?.knows ?? [],
      wants: row?.wants ?? [],
      timeZone: row ? row.timeZone : (self?.timeZone ?? null),
      availability: row?.availability ?? null,
      motivation: row?.motivation ?? null,
      prefer: pick(row?.prefer ?? []),
      avoid: pick(row?.avoid ?? []),
      locked: await profileLocked(tx, orgId, personId),
      updatedAt: row?.updatedAt ?? null,
    };
  });
}
