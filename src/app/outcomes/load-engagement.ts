import { sql } from 'drizzle-orm';
import type { EngagementInput } from '../../core/analytics/engagement.js';
import type { Tx } from '../../db/client.js';
import { earliestStart, latestEnd, PAIR_CADENCE, programIdList, type OutcomeScope, rowsOf } from './outcome-scope.js';

/**
 * Pairs that started (one row each: dates and cadence) and held meetings counted by month in
 * the database, for core/analytics/engagement.ts. A held meeting is a scheduled one logged held,
 * as everywhere else. The cadence is the pair's agreed one (signed agreement, else the latest
 * draft), else the program's — as promisedCadence in workspace/meeting-store.ts.
 */
export async function loadEngagement(tx: Tx, scope: OutcomeScope): Promise<EngagementInput> {
  const ids = programIdList(scope);
  // One pass over the held meetings of started pairs: per pair (first, last) and per month, as
  // grouping sets, instead of one index look-up per pair.
  const held = await rowsOf<{ pair_id: string | null; month: string | null; meetings: number; first_held_on: string | null; last_held_on: string | null }>(tx, sql`
    SELECT m.pair_id, to_char(m.starts_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS meetings,
      to_char(min(m.starts_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS first_held_on, to_char(max(m.starts_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS last_held_on
    FROM meetings m JOIN pairs p ON p.id = m.pair_id
    WHERE p.program_id IN (${ids}) AND p.activated_at IS NOT NULL AND m.outcome = 'held' AND m.status = 'scheduled'
    GROUP BY GROUPING SETS ((m.pair_id), (to_char(m.starts_at AT TIME ZONE 'UTC', 'YYYY-MM')))`);
  const pairs = await rowsOf<{ id: string; mentor_person_id: string; mentee_person_id: string; activated_on: string; ended_on: string | null; cadence_days: number }>(tx, sql`
    SELECT p.id, p.mentor_person_id, p.mentee_person_id, to_char(p.activated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS activated_on,
      to_char(p.ended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS ended_on,
      ${PAIR_CADENCE} AS cadence_days
    FROM pairs p
    JOIN programs pr ON pr.id = p.program_id
    WHERE p.program_id IN (${ids}) AND p.activated_at IS NOT NULL`);
  const heldOf = new Map(held.filter((h) => h.pair_id !== null).map((h) => [h.pair_id as string, h]));
  const from = earliestStart(scope);
  const end = latestEnd(scope);
  const to = end < scope.today ? end : scope.today > from ? scope.today : from;
  return {
    pairs: pairs.map((p) => {
      const h = heldOf.get(p.id);
      return { members: [p.mentor_person_id, p.mentee_person_id] as const, activatedOn: p.activated_on, endedOn: p.ended_on, cadenceDays: Number(p.cadence_days), firstHeldOn: h?.first_held_on ?? null, lastHeldOn: h?.last_held_on ?? null };
    }),
    heldByMonth: held.filter((h) => h.pair_id === null && h.month !== null).map((h) => ({ month: h.month as string, meetings: Number(h.meetings) })),
    from,
    to,
    today: scope.today,
  };
}
