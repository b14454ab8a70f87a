import { and, asc, eq, isNotNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { juniorSide } from '../../core/pairs/safeguards.js';
import type { Tx } from '../../db/client.js';
import { enrollments, pairs, people, programs } from '../../db/schema.js';

export interface JuniorEnrollment {
  enrollmentId: string;
  programId: string;
  programName: string;
  leaderSignalsAt: Date | null;
}

/**
 * The person's enrollments in which they are the junior member of a pair that started (has an
 * activation), one per program. Junior is `juniorSide` (core/pairs/safeguards.ts): the mentor in
 * reverse mentoring, the lower level in mutual mentoring.
 */
export async function juniorEnrollmentsOf(tx: Tx, orgId: string, personId: string): Promise<JuniorEnrollment[]> {
  const mentor = alias(people, 'mentor');
  const mentee = alias(people, 'mentee');
  const rows = await tx
    .select({
      pair: { mentorEnrollmentId: pairs.mentorEnrollmentId, menteeEnrollmentId: pairs.menteeEnrollmentId, mentorPersonId: pairs.mentorPersonId },
      program: { id: programs.id, name: programs.name, mode: programs.mode },
      mentorLevel: mentor.level,
      menteeLevel: mentee.level,
    })
    .from(pairs)
    .innerJoin(programs, eq(programs.id, pairs.programId))
    .innerJoin(mentor, eq(mentor.id, pairs.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, pairs.menteePersonId))
    .where(and(eq(pairs.orgId, orgId), isNotNull(pairs.activatedAt), or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId))))
    .orderBy(asc(programs.name), asc(programs.id));
  const juniorOf = new Map<string, { enrollmentId: string; programName: string }>();
  for (const r of rows) {
    const side = juniorSide(r.program.mode, r.mentorLevel, r.menteeLevel);
    const mySide = r.pair.mentorPersonId === personId ? 'mentor' : 'mentee';
    if (side !== mySide || juniorOf.has(r.program.id)) continue;
    juniorOf.set(r.program.id, { enrollmentId: mySide === 'mentor' ? r.pair.mentorEnrollmentId : r.pair.menteeEnrollmentId, programName: r.program.name });
  }
  if (!juniorOf.size) return [];
  const opted = await tx
    .select({ id: enrollments.id, at: enrollments.leaderSignalsAt })
    .from(enrollments)
    .where(and(eq(enrollments.orgId, orgId), eq(enrollments.personId, personId)));
  const at = new Map(opted.map((e) => [e.id, e.at]));
  return [...juniorOf].map(([programId, j]) => ({ enrollmentId: j.enrollmentId, programId, programName: j.programName, leaderSignalsAt: at.get(j.enrollmentId) ?? null }));
}
