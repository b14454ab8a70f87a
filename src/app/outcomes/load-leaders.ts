import { sql } from 'drizzle-orm';
import { partnerLearnedFrom, type LeaderCandidate, type LeaderPair } from '../../core/analytics/leaders.js';
import { cadenceHealth } from '../../core/pairs/meetings.js';
import type { Tx } from '../../db/client.js';
import { JUNIOR_PERSON, PAIR_CADENCE, type OutcomeScope, rowsOf } from './outcome-scope.js';

interface PairRow {
  person_id: string;
  name: string;
  department: string;
  activated_at: Date | string;
  ended_at: Date | string | null;
  cadence_days: number;
  partner_start: number | string | null;
  partner_end: number | string | null;
  goals_shared: number;
  goals_achieved: number;
  held: Array<string> | null;
}

const asDate = (d: Date | string) => (d instanceof Date ? d : new Date(d));

/**
 * The juniors of one program who opted in (enrollments.leader_signals_at), with each of their
 * started pairs in which they are the junior (JUNIOR_PERSON = juniorSide): the partner's mean
 * self-rating at start and end (only to decide partnerLearnedFrom; never shown), the goals
 * the pair shared with the program and how many were achieved, meetings held, and meetings due
 * by the pair's cadence (PAIR_CADENCE, counted by cadenceHealth up to the pair's end or today). Nobody else is even read.
 */
export async function loadLeaders(tx: Tx, scope: OutcomeScope, now: Date): Promise<{ candidates: LeaderCandidate[]; optedIn: number }> {
  const programId = scope.programs[0]?.id ?? '00000000-0000-0000-0000-000000000000';
  const rows = await rowsOf<PairRow>(tx, sql`
    WITH j AS (
      SELECT p.*, ${JUNIOR_PERSON} AS junior_id, ${PAIR_CADENCE} AS cadence
      FROM pairs p JOIN programs pr ON pr.id = p.program_id
      JOIN people mp ON mp.id = p.mentor_person_id JOIN people tp ON tp.id = p.mentee_person_id
      WHERE p.program_id = ${programId} AND p.activated_at IS NOT NULL
        -- Only pairs with an opted-in member (a few percent), before the junior is worked out:
        -- otherwise both members of every pair are joined, two scans of the whole directory.
        AND EXISTS (SELECT 1 FROM enrollments o WHERE o.program_id = p.program_id AND o.leader_signals_at IS NOT NULL
          AND o.person_id IN (p.mentor_person_id, p.mentee_person_id))
    )
    SELECT j.junior_id AS person_id, jp.name, jp.department, j.activated_at, j.ended_at, j.cadence AS cadence_days,
      (SELECT avg(c.level) FROM skill_checkins c WHERE c.pair_id = j.id AND c.person_id <> j.junior_id AND c.phase = 'start') AS partner_start,
      (SELECT avg(c.level) FROM skill_checkins c WHERE c.pair_id = j.id AND c.person_id <> j.junior_id AND c.phase = 'end') AS partner_end,
      (SELECT count(*)::int FROM goals g WHERE g.pair_id = j.id AND g.shared_with_program) AS goals_shared,
      (SELECT count(*)::int FROM goals g WHERE g.pair_id = j.id AND g.shared_with_program AND g.status = 'achieved') AS goals_achieved,
      (SELECT array_agg(to_char(m.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) FROM meetings m
        WHERE m.pair_id = j.id AND m.outcome = 'held' AND m.status = 'scheduled') AS held
    FROM j
    JOIN enrollments e ON e.program_id = j.program_id AND e.person_id = j.junior_id AND e.leader_signals_at IS NOT NULL
    JOIN people jp ON jp.id = j.junior_id
    ORDER BY jp.name, j.junior_id, j.activated_at`);
  const [count] = (await rowsOf<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM enrollments WHERE program_id = ${programId} AND leader_signals_at IS NOT NULL`));
  const byPerson = new Map<string, LeaderCandidate & { pairs: LeaderPair[] }>();
  for (const r of rows) {
    const c = byPerson.get(r.person_id) ?? { personId: r.person_id, name: r.name, department: r.department, optedIn: true, pairs: [] };
    const heldDates = (r.held ?? []).map((d) => new Date(d));
    const until = r.ended_at && asDate(r.ended_at).getTime() < now.getTime() ? asDate(r.ended_at) : now;
    const health = cadenceHealth({ cadenceDays: Number(r.cadence_days), activeSince: asDate(r.activated_at), heldDates, scheduledFuture: [], now: until });
    c.pairs.push({
      partnerLearned: partnerLearnedFrom(r.partner_start === null ? null : Number(r.partner_start), r.partner_end === null ? null : Number(r.partner_end)),
      goalsShared: Number(r.goals_shared),
      goalsAchieved: Number(r.goals_achieved),
      held: health.held,
      due: health.promised,
    });
    byPerson.set(r.person_id, c);
  }
  return { candidates: [...byPerson.values()], optedIn: Number(count?.n ?? 0) };
}
