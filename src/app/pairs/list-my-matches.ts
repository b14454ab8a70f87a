import { and, desc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { pairs, participantProfiles, people, programs, skills } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { personIdOf } from '../programs/program-access.js';

export interface MyMatchView {
  pair: typeof pairs.$inferSelect;
  program: { id: string; name: string; mode: 'reverse' | 'mutual' };
  mySide: 'mentor' | 'mentee';
  partner: {
    name: string;
    email: string;
    jobTitle: string | null;
    department: string;
    knows: Array<{ skillKey: string; label: string; level: number }>;
    wants: Array<{ skillKey: string; label: string; priority: number }>;
    timeZone: string | null;
    availability: string | null;
  };
}

/**
 * The actor's published matches, newest first. The partner's profile shows skills, time zone and
 * availability — never their motivation or their prefer / avoid lists.
 */
export async function listMyMatches(deps: Deps, input: { actor: Actor }): Promise<MyMatchView[]> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const personId = await personIdOf(tx, input.actor);
    if (!personId) return [];
    const rows = await tx
      .select({ pair: pairs, program: { id: programs.id, name: programs.name, mode: programs.mode } })
      .from(pairs)
      .innerJoin(programs, eq(programs.id, pairs.programId))
      .where(and(eq(pairs.orgId, orgId), ne(pairs.status, 'proposed'), or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId))))
      .orderBy(desc(pairs.createdAt))
      .limit(50);
    const partnerIds = rows.map((r) => (r.pair.mentorPersonId === personId ? r.pair.menteePersonId : r.pair.mentorPersonId));
    const partners = partnerIds.length
      ? await tx.select({ person: people, profile: participantProfiles }).from(people).leftJoin(participantProfiles, eq(participantProfiles.personId, people.id)).where(inArray(people.id, partnerIds))
      : [];
    const labels = new Map((await tx.select({ key: skills.key, label: skills.label }).from(skills).where(eq(skills.orgId, orgId))).map((s) => [s.key, s.label]));
    return rows.flatMap((r) => {
      const mySide = r.pair.mentorPersonId === personId ? 'mentor' : 'mentee';
      const found = partners.find((p) => p.person.id === (mySide === 'mentor' ? r.pair.menteePersonId : r.pair.mentorPersonId));
      if (!found) return [];
      const { person, profile } = found;
      return [
        {
          pair: r.pair,
          program: r.program,
          mySide,
          partner: {
            name: person.name,
            email: person.email,
            jobTitle: person.jobTitle,
            department: person.department,
            knows: (profile?.knows ?? []).map((k) => ({ ...k, label: labels.get(k.skillKey) ?? k.skillKey })),
            wants: (profile?.wants ?? []).map((w) => ({ ...w, label: labels.get(w.skillKey) ?? w.skillKey })),
            timeZone: profile?.timeZone ?? person.timeZone,
            availability: profile?.availability ?? null,
          },
        },
      ];
    });
  });
}
