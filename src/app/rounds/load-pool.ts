// Everything a matching round needs from the database, as the engine's plain data: the pool
// (eligible participants), the live pairs to keep (locked), everyone's manager, and every
// earlier pair of these people (never paired again).
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Participant } from '../../core/matching/types.js';
import { NOT_ELIGIBLE_TEXT, poolEntry, type NotEligibleReason } from '../../core/programs/pool.js';
import type { Tx } from '../../db/client.js';
import { pairs, participantProfiles, people, programSkills, skills } from '../../db/schema.js';
import type { ProgramRow } from '../programs/program-access.js';
import { trainedSql } from '../programs/trained.js';

export interface PoolMember {
  enrollmentId: string;
  personId: string;
  side: 'mentor' | 'mentee';
  brief: { id: string; name: string; email: string; department: string; jobTitle: string | null; level: number };
  /** Here only to keep their live pairs: no new partner (see poolEntry). */
  lockedOnly: boolean;
}

export interface Pool {
  /** Pool members and the people of live pairs (so that those pairs can be locked). */
  participants: Participant[];
  members: Map<string, PoolMember>;
  /** Live (offered, active) pairs as person ids [mentor, mentee]. */
  livePairs: Array<readonly [string, string]>;
  managerOf: Map<string, string | null>;
  previousPairs: Array<readonly [string, string]>;
  notEligible: Array<{ reason: string; count: number }>;
  skillLabel: (key: string) => string;
}

type EnrollmentFacts = {
  id: string;
  person_id: string;
  side: 'mentor' | 'mentee' | null;
  status: 'invited' | 'applied' | 'approved' | 'declined' | 'withdrawn';
  capacity: number | null;
  trained: boolean;
  live: number;
};

export async function loadPool(tx: Tx, program: ProgramRow): Promise<Pool> {
  // Live pairs are counted in one pass over the program's pairs, not once per enrollment.
  const facts: EnrollmentFacts[] = (
    await tx.execute<EnrollmentFacts>(sql`
      WITH live AS (
        SELECT enrollment_id, count(*)::int AS n FROM (
          SELECT mentor_enrollment_id AS enrollment_id FROM pairs WHERE program_id = ${program.id} AND status IN ('offered', 'active')
          UNION ALL
          SELECT mentee_enrollment_id FROM pairs WHERE program_id = ${program.id} AND status IN ('offered', 'active')) x
        GROUP BY enrollment_id)
      SELECT e.id, e.person_id, e.side, e.status, e.capacity, ${trainedSql()} AS trained, coalesce(live.n, 0) AS live
      FROM enrollments e LEFT JOIN live ON live.enrollment_id = e.id
      WHERE e.program_id = ${program.id}`)
  ).rows;
  const programSkillRows = await tx
    .select({ key: skills.key, label: skills.label })
    .from(programSkills)
    .innerJoin(skills, eq(skills.id, programSkills.skillId))
    .where(eq(programSkills.programId, program.id));
  const inProgram = new Map(programSkillRows.map((s) => [s.key, s.label]));
  const personIds = facts.map((f) => f.person_id);
  const personRows = personIds.length ? await selectIn(tx, personIds) : [];
  const persons = new Map(personRows.map((p) => [p.person.id, p]));

  const notEligible = new Map<NotEligibleReason, number>();
  const members = new Map<string, PoolMember>();
  const participants: Participant[] = [];
  for (const f of facts) {
    const row = persons.get(f.person_id);
    if (!row) continue;
    const profile = row.profile;
    const knows = new Map((profile?.knows ?? []).filter((k) => inProgram.has(k.skillKey)).map((k) => [k.skillKey, k.level]));
    const wants = new Map((profile?.wants ?? []).filter((w) => inProgram.has(w.skillKey)).map((w) => [w.skillKey, w.priority]));
    const capacity = f.capacity ?? program.mentorCapacity;
    const live = Number(f.live);
    const entry = poolEntry(
      { status: f.status, side: f.side, employment: row.person.status, trained: Boolean(f.trained), livePairs: live, capacity, skillCount: knows.size + wants.size },
      program.requireTraining,
    );
    if (entry.notEligible) notEligible.set(entry.notEligible, (notEligible.get(entry.notEligible) ?? 0) + 1);
    if (!entry.include) continue;
    const side = f.side as 'mentor' | 'mentee';
    members.set(f.person_id, { enrollmentId: f.id, personId: f.person_id, side, brief: row.brief, lockedOnly: entry.lockedOnly });
    participants.push({
      id: f.person_id,
      name: row.person.name,
      side,
      department: row.person.department,
      level: row.person.level,
      managerId: null,
      knows,
      wants,
      ...(side === 'mentor' ? { capacity: entry.lockedOnly ? live : capacity } : {}),
      timeZone: profile?.timeZone ?? row.person.timeZone,
      prefer: profile?.prefer ?? [],
      avoid: profile?.avoid ?? [],
    });
  }
  const managerOf = await managers(tx, program.orgId);
  for (const p of participants) p.managerId = managerOf.get(p.id) ?? null;
  const liveRows = await tx
    .select({ mentor: pairs.mentorPersonId, mentee: pairs.menteePersonId })
    .from(pairs)
    .where(and(eq(pairs.programId, program.id), inArray(pairs.status, ['offered', 'active'])));
  return {
    participants,
    members,
    livePairs: liveRows.filter((r) => members.has(r.mentor) && members.has(r.mentee)).map((r) => [r.mentor, r.mentee] as const),
    managerOf,
    previousPairs: await previousPairs(tx, program.orgId, [...members.keys()]),
    notEligible: [...notEligible].map(([reason, count]) => ({ reason: NOT_ELIGIBLE_TEXT[reason], count })),
    skillLabel: (key) => inProgram.get(key) ?? key,
  };
}

async function selectIn(tx: Tx, ids: string[]) {
  const out = [];
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await tx
      .select({ person: people, profile: participantProfiles })
      .from(people)
      .leftJoin(participantProfiles, eq(participantProfiles.personId, people.id))
      .where(inArray(people.id, ids.slice(i, i + 5000)));
    out.push(...rows.map((r) => ({ ...r, brief: { id: r.person.id, name: r.person.name, email: r.person.email, department: r.person.department, jobTitle: r.person.jobTitle, level: r.person.level } })));
  }
  return out;
}

/** Every manager relation of the organization by person id, for whole reporting chains. */
async function managers(tx: Tx, orgId: string): Promise<Map<string, string | null>> {
  const rows = await tx.execute<{ id: string; manager_id: string | null }>(sql`
    SELECT p.id, m.id AS manager_id FROM people p
    LEFT JOIN people m ON m.org_id = p.org_id AND m.employee_id = p.manager_employee_id
    WHERE p.org_id = ${orgId}`);
  return new Map(rows.rows.map((r: { id: string; manager_id: string | null }) => [r.id, r.manager_id]));
}

/** Pairs that ended, were declined or expired, in any program: those two are never paired again. */
async function previousPairs(tx: Tx, orgId: string, personIds: string[]): Promise<Array<readonly [string, string]>> {
  if (!personIds.length) return [];
  const out: Array<readonly [string, string]> = [];
  for (let i = 0; i < personIds.length; i += 5000) {
    const chunk = personIds.slice(i, i + 5000);
    const rows = await tx
      .select({ mentor: pairs.mentorPersonId, mentee: pairs.menteePersonId })
      .from(pairs)
      .where(and(eq(pairs.orgId, orgId), inArray(pairs.status, ['declined', 'expired', 'ended']), or(inArray(pairs.mentorPersonId, chunk), inArray(pairs.menteePersonId, chunk))));
    out.push(...rows.map((r) => [r.mentor, r.mentee] as const));
  }
  return out;
}
