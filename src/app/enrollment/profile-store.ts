// Reading a participant profile and whether it is locked (in an offered or active pair).
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { pairs, participantProfiles, people } from '../../db/schema.js';

export type ProfileRow = typeof participantProfiles.$inferSelect;

export const personBrief = {
  id: people.id,
  name: people.name,
  email: people.email,
  department: people.department,
  jobTitle: people.jobTitle,
  level: people.level,
};

export type PersonBrief = { id: string; name: string; email: string; department: string; jobTitle: string | null; level: number };

export async function profileOf(tx: Tx, orgId: string, personId: string): Promise<ProfileRow | undefined> {
  const [row] = await tx.select().from(participantProfiles).where(and(eq(participantProfiles.orgId, orgId), eq(participantProfiles.personId, personId)));
  return row;
}

export async function profileLocked(tx: Tx, orgId: string, personId: string): Promise<boolean> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(pairs)
    .where(and(eq(pairs.orgId, orgId), inArray(pairs.status, ['offered', 'active']), or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId))));
  return Number(row?.n ?? 0) > 0;
}

export async function briefs(tx: Tx, orgId: string, ids: readonly string[]): Promise<PersonBrief[]> {
  if (!ids.length) return [];
  return tx.select(personBrief).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, [...ids])));
}
