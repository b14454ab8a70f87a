import { sql } from 'drizzle-orm';
import type { RetentionGroup } from '../../core/analytics/figures.js';
import { comparisonSubjects, followUpFrom, survivalRows, type DirectoryPerson, type RetentionInput } from '../../core/analytics/retention.js';
import type { Tx } from '../../db/client.js';
import { earliestStart, JUNIOR_PERSON, programIdList, type OutcomeScope, rowsOf } from './outcome-scope.js';

interface CountedRow {
  side: 'junior' | 'senior' | null;
  department: string;
  level: number;
  hired_on: string | null;
  terminated_on: string | null;
  people: number;
}

/**
 * Participants (people with a started pair, junior or senior by JUNIOR_PERSON = juniorSide; a
 * person junior in any pair counts as junior) and everyone else in the directory, for
 * core/analytics/retention.ts. The directory is 100,000 people, so the database counts people
 * by what the follow-up depends on: department, level, and the hire and termination dates
 * clipped to the origin and today — a clip that keeps every comparison followUp makes
 * (hired after the origin or not; gone by the origin, between origin and today, or not yet).
 * The counted rows are expanded back into people here, and core decides who is comparable.
 */
export async function loadRetention(tx: Tx, scope: OutcomeScope): Promise<RetentionInput> {
  const origin = earliestStart(scope);
  const today = scope.today;
  const rows = await rowsOf<CountedRow>(tx, sql`
    WITH part AS (
      SELECT x.person_id, CASE WHEN bool_or(x.junior) THEN 'junior' ELSE 'senior' END AS side FROM (
        SELECT p.mentor_person_id AS person_id, ${JUNIOR_PERSON} = p.mentor_person_id AS junior
        FROM pairs p JOIN programs pr ON pr.id = p.program_id JOIN people mp ON mp.id = p.mentor_person_id JOIN people tp ON tp.id = p.mentee_person_id
        WHERE p.program_id IN (${programIdList(scope)}) AND p.activated_at IS NOT NULL
        UNION ALL
        SELECT p.mentee_person_id, ${JUNIOR_PERSON} = p.mentee_person_id
        FROM pairs p JOIN programs pr ON pr.id = p.program_id JOIN people mp ON mp.id = p.mentor_person_id JOIN people tp ON tp.id = p.mentee_person_id
        WHERE p.program_id IN (${programIdList(scope)}) AND p.activated_at IS NOT NULL
      ) x GROUP BY x.person_id
    )
    SELECT side, department, level, to_char(hired_on, 'YYYY-MM-DD') AS hired_on, to_char(terminated_on, 'YYYY-MM-DD') AS terminated_on, people FROM (
      SELECT part.side, d.department, d.level,
        CASE WHEN d.hire_date IS NULL THEN NULL WHEN d.hire_date > ${origin}::date THEN ${origin}::date + 1 ELSE ${origin}::date END AS hired_on,
        CASE WHEN d.termination_date IS NULL THEN NULL WHEN d.termination_date <= ${origin}::date THEN ${origin}::date
          WHEN d.termination_date > ${today}::date THEN ${today}::date + 1 ELSE d.termination_date END AS terminated_on,
        count(*)::int AS people
      FROM people d LEFT JOIN part ON part.person_id = d.id
      WHERE d.org_id = ${scope.orgId}
      GROUP BY 1, 2, 3, 4, 5) counted`);
  const expand = (r: CountedRow, i: number): DirectoryPerson[] =>
    Array.from({ length: Number(r.people) }, (_, k) => ({ personId: `${i}:${k}`, department: r.department, level: Number(r.level), hiredOn: r.hired_on, terminatedOn: r.terminated_on }));
  const juniors = rows.filter((r) => r.side === 'junior');
  const seniors = rows.filter((r) => r.side === 'senior');
  // Participants are left out of the directory here, so core's `inProgram` has nobody to skip.
  const directory = rows.flatMap((r, i) => (r.side === null ? expand(r, i) : []));
  const follow = followUpFrom(origin, today);
  const followed = (group: readonly CountedRow[]) =>
    survivalRows(
      group.flatMap((r, i) =>
        expand(r, i).flatMap((p) => {
          const f = follow(p);
          return f ? [f] : [];
        }),
      ),
    );
  const comparison = (side: readonly CountedRow[]) =>
    survivalRows(comparisonSubjects({ origin, today, participantsOfSide: side.map((r) => ({ department: r.department, level: Number(r.level) })), inProgram: new Set(), directory }));
  const groups: Record<RetentionGroup, ReturnType<typeof survivalRows>> = {
    junior_participants: followed(juniors),
    junior_comparison: comparison(juniors),
    senior_participants: followed(seniors),
    senior_comparison: comparison(seniors),
  };
  return { origin, groups };
}
