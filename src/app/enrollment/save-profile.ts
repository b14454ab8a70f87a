import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { profileProblems, type ProfileInput } from '../../core/programs/profile.js';
import { participantProfiles, people } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { catalogue } from '../programs/skill-catalogue.js';
import { requirePersonId } from '../programs/program-access.js';
import { getProfile, type ProfileView } from './get-profile.js';
import { profileLocked } from './profile-store.js';

/** Saves the actor's profile; refused while they are in an offered or active pair. */
export async function saveProfile(deps: Deps, input: { actor: Actor; profile: ProfileInput }): Promise<ProfileView> {
  const { orgId } = input.actor;
  const p = input.profile;
  await deps.db.tenant(orgId, async (tx) => {
    const personId = await requirePersonId(tx, input.actor);
    if (await profileLocked(tx, orgId, personId)) {
      throw new AppError('conflict', 'Your profile is locked while you are matched; it opens again when the pair ends.');
    }
    const skillKeys = new Set((await catalogue(tx, orgId)).map((s) => s.key));
    const listed = [...new Set([...p.preferPersonIds, ...p.avoidPersonIds])];
    const known = listed.length
      ? new Set((await tx.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, listed)))).map((r) => r.id))
      : new Set<string>();
    const { problems, timeZone } = profileProblems(p, { skillKeys, selfPersonId: personId, knownPersonIds: known });
    if (problems.length) throw new AppError('validation_failed', `${problems[0]?.path}: ${problems[0]?.message}`, { fields: problems });
    const values = {
      knows: p.knows,
      wants: p.wants,
      timeZone,
      availability: p.availability?.trim() || null,
      motivation: p.motivation?.trim() || null,
      prefer: [...new Set(p.preferPersonIds)],
      avoid: [...new Set(p.avoidPersonIds)],
      updatedAt: deps.now(),
    };
    await tx
      .insert(participantProfiles)
      .values({ orgId, personId, ...values })
      .onConflictDoUpdate({ target: participantProfiles.personId, set: values });
  });
  return getProfile(deps, { actor: input.actor });
}
