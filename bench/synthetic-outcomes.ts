// A year of a large program, written straight into the database for the outcomes benchmark:
// `people` people (hire and termination dates for retention), one reverse program of
// `participants` enrollments (half juniors, half seniors) through the funnel, about
// participants / 2 pairs, meetings every 14 days, skill check-ins at 3 phases, the default
// surveys with monthly pulses and end-of-cycle answers, goals and leader opt-ins.
// Everything is `INSERT … SELECT generate_series` in SQL (one statement per table), so 100,000
// people and ~400,000 rows take seconds to a minute, not the hours the use cases would. Per-row
// choices come from hashtext() of the row's key, so the same sizes give the same shape of data.
// The matching-engine generator of the same org shape is synthetic-program.ts (in memory).
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { SURVEY_TEMPLATES } from '../src/core/surveys/templates.js';
import { surveys } from '../src/db/schema.js';
import { employeeId } from './people-csv.js';
import { vacuumAnalyze } from '../src/db/maintenance.js';

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface OutcomesData {
  startDate: string;
  endDate: string;
  counts: Record<string, number>;
}

/** Program dates: a year that ended two weeks before `today`, so end-of-cycle answers exist. */
export function benchDates(today: Date): { startDate: string; endDate: string } {
  return { startDate: iso(new Date(today.getTime() - 380 * DAY)), endDate: iso(new Date(today.getTime() - 15 * DAY)) };
}

/** A number 0..99 from a key: the same row always makes the same choice. */
const pct = (key: string) => sql.raw(`(abs(hashtext(${key})) % 100)`);

export async function generateOutcomesData(db: Database, input: { orgId: string; programId: string; people: number; participants: number; today: Date }): Promise<OutcomesData> {
  const { orgId, programId, people, participants, today } = input;
  const { startDate, endDate } = benchDates(today);
  const todayIso = iso(today);
  const half = Math.floor(participants / 2);
  const prefix = employeeId(1).replace(/\d+$/, '');
  const digits = employeeId(1).length - prefix.length;
  await db.tenant(orgId, async (tx) => {
    // People: a tree of eight reports per manager; a tenth left, most of them in the last two years.
    await tx.execute(sql`
      INSERT INTO people (org_id, employee_id, name, email, department, job_title, level, manager_employee_id, location, time_zone, hire_date, status, termination_date, generation_band)
      SELECT ${orgId}::uuid, ${prefix} || lpad(i::text, ${digits}, '0'), 'Person ' || i, 'person' || i || '@outcomes.bench', 'Department ' || (i % 12), 'Role',
        CASE WHEN i < 8 THEN 8 ELSE 1 + abs(hashtext('level' || i)) % 7 END,
        CASE WHEN i < 8 THEN NULL ELSE ${prefix} || lpad((i / 8)::text, ${digits}, '0') END,
        'London', 'Europe/London', hire, CASE WHEN gone THEN 'departed' ELSE 'active' END,
        CASE WHEN gone THEN least(${todayIso}::date, greatest(hire + 30, ${todayIso}::date - abs(hashtext('left' || i)) % 730)) END,
        (ARRAY['boomer', 'gen_x', 'millennial', 'gen_z'])[1 + abs(hashtext('band' || i)) % 4]
      FROM (SELECT i, ${todayIso}::date - 60 - abs(hashtext('hire' || i)) % 5000 AS hire, i >= 8 AND abs(hashtext('gone' || i)) % 100 < 10 AS gone
            FROM generate_series(1, ${people}) AS i) g`);
    // Enrollments: juniors (levels 1–3) mentor, seniors (5–8) are mentored; employed at the start.
    await tx.execute(sql`
      INSERT INTO enrollments (org_id, program_id, person_id, side, status, invited_at, applied_at, approval_status, decided_at, leader_signals_at)
      SELECT ${orgId}::uuid, ${programId}::uuid, id, CASE WHEN r < 5 THEN NULL ELSE side END,
        CASE WHEN r < 5 THEN 'invited' WHEN r < 8 THEN 'withdrawn' WHEN r < 11 THEN 'declined' ELSE 'approved' END,
        ${startDate}::timestamptz - interval '40 days', CASE WHEN r >= 5 THEN ${startDate}::timestamptz - interval '30 days' END,
        CASE WHEN r >= 11 THEN 'approved' WHEN r >= 8 THEN 'declined' END, CASE WHEN r >= 8 THEN ${startDate}::timestamptz - interval '25 days' END,
        CASE WHEN side = 'mentor' AND r >= 95 THEN ${startDate}::timestamptz + interval '150 days' END
      FROM (
        (SELECT id, 'mentor' AS side, ${pct("'r' || employee_id")} AS r FROM people
          WHERE org_id = ${orgId}::uuid AND level <= 3 AND hire_date < ${startDate}::date - 60 AND (termination_date IS NULL OR termination_date > ${startDate}::date)
          ORDER BY hashtext(employee_id) LIMIT ${half})
        UNION ALL
        (SELECT id, 'mentee', ${pct("'r' || employee_id")} FROM people
          WHERE org_id = ${orgId}::uuid AND level >= 5 AND hire_date < ${startDate}::date - 60 AND (termination_date IS NULL OR termination_date > ${startDate}::date)
          ORDER BY hashtext(employee_id) LIMIT ${participants - half})
      ) x`);
    await tx.execute(sql`
      INSERT INTO training_completions (org_id, module_id, person_id, passed_at)
      SELECT e.org_id, m.id, e.person_id, ${startDate}::timestamptz - interval '15 days'
      FROM enrollments e JOIN training_modules m ON m.program_id = e.program_id AND m.role = e.side
      WHERE e.program_id = ${programId}::uuid AND e.status = 'approved' AND ${pct('e.person_id::text')} < 96`);
    const [round] = (await tx.execute<{ id: string }>(sql`
      INSERT INTO matching_rounds (org_id, program_id, number, status, summary, published_at)
      VALUES (${orgId}::uuid, ${programId}::uuid, 1, 'published', '{}'::jsonb, ${startDate}::timestamptz - interval '7 days') RETURNING id`)).rows;
    // Pairs: the k-th trained mentor with the k-th trained mentee; a few offers declined, a few
    // pairs ended early, the rest ran to the end date.
    await tx.execute(sql`
      WITH trained AS (
        SELECT e.id, e.person_id, e.side, row_number() OVER (PARTITION BY e.side ORDER BY hashtext(e.id::text)) AS k
        FROM enrollments e WHERE e.program_id = ${programId}::uuid AND e.status = 'approved'
          AND NOT EXISTS (SELECT 1 FROM training_modules m WHERE m.program_id = e.program_id AND m.role = e.side
            AND NOT EXISTS (SELECT 1 FROM training_completions c WHERE c.module_id = m.id AND c.person_id = e.person_id)))
      INSERT INTO pairs (org_id, program_id, round_id, mentor_enrollment_id, mentee_enrollment_id, mentor_person_id, mentee_person_id, score, explanation,
        status, mentor_response, mentee_response, activated_at, ended_at, end_reason)
      SELECT ${orgId}::uuid, ${programId}::uuid, ${round?.id}::uuid, a.id, b.id, a.person_id, b.person_id, 50, '{"parts":[],"reasons":[]}'::jsonb,
        CASE WHEN d < 4 THEN 'declined' ELSE 'ended' END, 'accepted', CASE WHEN d < 4 THEN 'declined' ELSE 'accepted' END,
        CASE WHEN d >= 4 THEN ${startDate}::timestamptz + make_interval(days => (a.k % 10)::int, hours => 10) END,
        CASE WHEN d >= 4 AND d < 12 THEN ${startDate}::timestamptz + make_interval(days => 60 + (a.k % 240)::int)
             WHEN d >= 12 THEN ${endDate}::timestamptz + interval '17 hours' END,
        CASE WHEN d >= 4 THEN 'The program ended.' END
      FROM (SELECT *, ${pct("'d' || id::text")} AS d FROM trained WHERE side = 'mentor') a
      JOIN trained b ON b.side = 'mentee' AND b.k = a.k`);
    // Meetings every 14 days from a few days after the start to the pair's end; most held.
    await tx.execute(sql`
      INSERT INTO meetings (org_id, pair_id, uid, starts_at, minutes, time_zone, outcome, held_minutes, logged_at)
      SELECT p.org_id, p.id, p.id::text || '-' || k || '@outcomes.bench', p.activated_at + make_interval(days => 3 + 14 * k), 45, 'Europe/London',
        CASE WHEN ${pct("p.id::text || k")} < 86 THEN 'held' ELSE 'missed' END, 45, p.activated_at + make_interval(days => 3 + 14 * k, hours => 2)
      FROM pairs p CROSS JOIN generate_series(0, 27) AS k
      WHERE p.program_id = ${programId}::uuid AND p.activated_at IS NOT NULL AND p.activated_at + make_interval(days => 3 + 14 * k) < p.ended_at`);
    // Check-ins: two skills per learner, at the start, midway and (pairs that lasted) the end; levels climb.
    await tx.execute(sql`
      INSERT INTO skill_checkins (org_id, pair_id, person_id, skill_key, phase, level, created_at, updated_at)
      SELECT p.org_id, p.id, CASE WHEN s.side = 'mentor' THEN p.mentor_person_id ELSE p.mentee_person_id END,
        CASE WHEN s.side = 'mentor' THEN (ARRAY['career-planning', 'navigating-the-organization'])[j] ELSE (ARRAY['generative-ai-tools', 'linkedin-presence'])[j] END,
        ph.phase, least(5, 1 + ph.n + ${pct("p.id::text || s.side || j")} % 2), p.activated_at + make_interval(days => 5 + 170 * ph.n), p.activated_at + make_interval(days => 5 + 170 * ph.n)
      FROM pairs p CROSS JOIN (VALUES ('mentor'), ('mentee')) AS s(side) CROSS JOIN (VALUES (0, 'start'), (1, 'midway'), (2, 'end')) AS ph(n, phase) CROSS JOIN generate_series(1, 2) AS j
      WHERE p.program_id = ${programId}::uuid AND p.activated_at IS NOT NULL AND p.activated_at + make_interval(days => 5 + 170 * ph.n) < p.ended_at`);
    await tx.execute(sql`
      INSERT INTO goals (org_id, pair_id, learner_side, author_person_id, title, progress, status, shared_with_program)
      SELECT p.org_id, p.id, s.side, CASE WHEN s.side = 'mentor' THEN p.mentor_person_id ELSE p.mentee_person_id END, 'Goal', 10 * (${pct("p.id::text || s.side")} % 11),
        CASE WHEN ${pct("p.id::text || s.side")} % 11 >= 9 THEN 'achieved' ELSE 'active' END, ${pct("'g' || p.id::text || s.side")} < 60
      FROM pairs p CROSS JOIN (VALUES ('mentor'), ('mentee')) AS s(side)
      WHERE p.program_id = ${programId}::uuid AND p.activated_at IS NOT NULL`);
    await tx.insert(surveys).values(
      SURVEY_TEMPLATES.map((t) => ({ orgId, programId, kind: t.kind, audience: t.audience, title: t.title, intro: t.intro, questions: t.questions, everyDays: t.everyDays, daysBeforeEnd: t.daysBeforeEnd, openDays: t.openDays })),
    );
    await writeResponses(tx, orgId, programId, endDate);
  });
  // What the app's maintenance does on PGlite (and autovacuum on PostgreSQL), now, as the owner.
  await vacuumAnalyze(db);
  const counts: Record<string, number> = {};
  for (const table of ['people', 'enrollments', 'pairs', 'meetings', 'skill_checkins', 'survey_responses', 'goals']) {
    const [row] = (await db.tenant(orgId, (tx) => tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE org_id = ${orgId}::uuid`))).rows;
    counts[table] = Number(row?.n ?? 0);
  }
  return { startDate, endDate, counts };
}

type Tx = Parameters<Parameters<Database['tenant']>[1]>[0];

/** Fit check after the first meeting, a pulse every 30 days while the pair runs, end of cycle 14 days before the end. */
async function writeResponses(tx: Tx, orgId: string, programId: string, endDate: string): Promise<void> {
  const member = sql.raw(`CASE WHEN s.side = 'mentor' THEN p.mentor_person_id ELSE p.mentee_person_id END`);
  const score = (key: string, mod: number, plus: number) => sql.raw(`(${plus} + abs(hashtext(${key})) % ${mod})`);
  const answered = (key: string, rate: number) => sql.raw(`(abs(hashtext(${key})) % 100 < ${rate})`);
  await tx.execute(sql`
    INSERT INTO survey_responses (org_id, program_id, survey_id, pair_id, person_id, side, kind, occurrence, survey_version, questions, due_at, closes_at, answers, answered_at)
    SELECT p.org_id, p.program_id, sv.id, p.id, ${member}, s.side, 'pulse', n, 1, sv.questions, p.activated_at + make_interval(days => 30 * n), p.activated_at + make_interval(days => 30 * n + 14),
      CASE WHEN ${answered("p.id::text || s.side || n", 75)} THEN jsonb_build_object('morale', ${score("'m' || p.id::text || s.side || n", 5, 1)}, 'useful', ${score("'u' || p.id::text || s.side || n", 5, 1)},
        'nps', ${score("'n' || p.id::text || s.side || n", 11, 0)}, 'comment', CASE WHEN ${answered("'c' || p.id::text || s.side || n", 10)} THEN 'Useful session this month.' END) END,
      CASE WHEN ${answered("p.id::text || s.side || n", 75)} THEN p.activated_at + make_interval(days => 30 * n + 2) END
    FROM pairs p JOIN surveys sv ON sv.program_id = p.program_id AND sv.kind = 'pulse'
      CROSS JOIN (VALUES ('mentor'), ('mentee')) AS s(side) CROSS JOIN generate_series(1, 12) AS n
    WHERE p.program_id = ${programId}::uuid AND p.activated_at IS NOT NULL AND p.activated_at + make_interval(days => 30 * n + 7) <= p.ended_at`);
  await tx.execute(sql`
    INSERT INTO survey_responses (org_id, program_id, survey_id, pair_id, person_id, side, kind, occurrence, survey_version, questions, due_at, closes_at, answers, answered_at)
    SELECT p.org_id, p.program_id, sv.id, p.id, ${member}, s.side, 'fit_check', 1, 1, sv.questions, p.activated_at + interval '4 days', p.activated_at + interval '18 days',
      CASE WHEN ${answered("'f' || p.id::text || s.side", 85)} THEN jsonb_build_object('fit', (ARRAY['good_fit', 'good_fit', 'good_fit', 'too_early', 'not_a_fit'])[${score("'fv' || p.id::text || s.side", 5, 1)}], 'comment', NULL) END,
      CASE WHEN ${answered("'f' || p.id::text || s.side", 85)} THEN p.activated_at + interval '5 days' END
    FROM pairs p JOIN surveys sv ON sv.program_id = p.program_id AND sv.kind = 'fit_check' CROSS JOIN (VALUES ('mentor'), ('mentee')) AS s(side)
    WHERE p.program_id = ${programId}::uuid AND p.activated_at IS NOT NULL`);
  await tx.execute(sql`
    INSERT INTO survey_responses (org_id, program_id, survey_id, pair_id, person_id, side, kind, occurrence, survey_version, questions, due_at, closes_at, answers, answered_at)
    SELECT p.org_id, p.program_id, sv.id, p.id, ${member}, s.side, 'end_of_cycle', 1, 1, sv.questions, ${endDate}::timestamptz - interval '14 days', ${endDate}::timestamptz,
      CASE WHEN ${answered("'e' || p.id::text || s.side", 80)} THEN jsonb_build_object('satisfaction', ${score("'es' || p.id::text || s.side", 5, 1)}, 'learned', ${score("'el' || p.id::text || s.side", 5, 1)},
        'learned_text', 'New tools and a new view of the business.', 'again', ${answered("'ea' || p.id::text || s.side", 80)}, 'nps', ${score("'en' || p.id::text || s.side", 11, 0)}, 'comment', NULL) END,
      CASE WHEN ${answered("'e' || p.id::text || s.side", 80)} THEN ${endDate}::timestamptz - interval '10 days' END
    FROM pairs p CROSS JOIN (VALUES ('mentor'), ('mentee')) AS s(side) JOIN surveys sv ON sv.program_id = p.program_id AND sv.kind = 'end_of_cycle' AND sv.audience = s.side
    WHERE p.program_id = ${programId}::uuid AND p.activated_at IS NOT NULL AND p.ended_at >= ${endDate}::timestamptz`);
}
