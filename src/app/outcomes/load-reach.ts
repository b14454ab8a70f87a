import { sql } from 'drizzle-orm';
import type { ReachPair } from '../../core/analytics/reach.js';
import type { Tx } from '../../db/client.js';
import { JUNIOR_PERSON, programIdList, type OutcomeScope, rowsOf } from './outcome-scope.js';

/**
 * Pairs that ever became active, for core/analytics/reach.ts, one row each with its two
 * members, since a person in several pairs is one person behind a figure. The gap is the senior's level minus the junior's (JUNIOR_PERSON = juniorSide).
 */
export async function loadReach(tx: Tx, scope: OutcomeScope): Promise<ReachPair[]> {
  const rows = await rowsOf<{ mentor_person_id: string; mentee_person_id: string; cross_department: boolean; level_gap: number; generation_a: string | null; generation_b: string | null }>(tx, sql`
    SELECT p.mentor_person_id, p.mentee_person_id, mp.department <> tp.department AS cross_department,
      CASE WHEN ${JUNIOR_PERSON} = p.mentor_person_id THEN tp.level - mp.level ELSE mp.level - tp.level END AS level_gap,
      mp.generation_band AS generation_a, tp.generation_band AS generation_b
    FROM pairs p
    JOIN programs pr ON pr.id = p.program_id
    JOIN people mp ON mp.id = p.mentor_person_id
    JOIN people tp ON tp.id = p.mentee_person_id
    WHERE p.program_id IN (${programIdList(scope)}) AND p.activated_at IS NOT NULL`);
  return rows.map((r): ReachPair => ({ members: [r.mentor_person_id, r.mentee_person_id], crossDepartment: Boolean(r.cross_department), levelGap: Number(r.level_gap), generationA: r.generation_a, generationB: r.generation_b }));
}
