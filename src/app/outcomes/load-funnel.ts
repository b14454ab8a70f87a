import { sql } from 'drizzle-orm';
import { FUNNEL_STAGES } from '../../core/analytics/figures.js';
import type { FunnelInput } from '../../core/analytics/funnel.js';
import type { Tx } from '../../db/client.js';
import { trainedSql } from '../programs/trained.js';
import { programIdList, type OutcomeScope, rowsOf } from './outcome-scope.js';

/**
 * People who reached each funnel stage or a later one (core/analytics/funnel.ts). Per
 * enrollment: invited = every enrollment; applied = applied_at set; approved = status or decision
 * approved; trained = approved and every module of their side passed (trainedSql) or no training
 * required; matched = a published pair (offered or beyond); active = a pair that started;
 * completed = a started pair still active at the end date or ended on/after it, or active in a
 * closed program. Each enrollment counts at its furthest stage; across programs a person counts
 * once per stage (their furthest enrollment), so every count is of distinct people.
 */
export async function loadFunnel(tx: Tx, scope: OutcomeScope): Promise<FunnelInput> {
  const ids = programIdList(scope);
  const rows = await rowsOf<{ stage: number; people: number }>(tx, sql`
    WITH pe AS (
      SELECT x.enrollment_id,
        bool_or(x.activated_at IS NOT NULL) AS active,
        bool_or(x.activated_at IS NOT NULL AND (
          (x.status = 'active' AND (pr.status = 'closed' OR pr.end_date <= ${scope.today}::date))
          OR (x.ended_at IS NOT NULL AND x.ended_at::date >= pr.end_date))) AS completed
      FROM (
        SELECT program_id, mentor_enrollment_id AS enrollment_id, status, activated_at, ended_at FROM pairs
          WHERE program_id IN (${ids}) AND status <> 'proposed'
        UNION ALL
        SELECT program_id, mentee_enrollment_id, status, activated_at, ended_at FROM pairs
          WHERE program_id IN (${ids}) AND status <> 'proposed'
      ) x JOIN programs pr ON pr.id = x.program_id
      GROUP BY x.enrollment_id
    ), furthest AS (
      SELECT e.person_id, max(CASE
        WHEN pe.completed THEN 6 WHEN pe.active THEN 5 WHEN pe.enrollment_id IS NOT NULL THEN 4
        WHEN (e.status = 'approved' OR e.approval_status = 'approved') AND (NOT pr.require_training OR ${trainedSql()}) THEN 3
        WHEN e.status = 'approved' OR e.approval_status = 'approved' THEN 2
        WHEN e.applied_at IS NOT NULL THEN 1 ELSE 0 END) AS stage
      FROM enrollments e
      JOIN programs pr ON pr.id = e.program_id
      LEFT JOIN pe ON pe.enrollment_id = e.id
      WHERE e.program_id IN (${ids})
      GROUP BY e.person_id
    )
    SELECT stage, count(*)::int AS people FROM furthest GROUP BY stage`);
  const atStage = new Map(rows.map((r) => [Number(r.stage), Number(r.people)]));
  const out = {} as FunnelInput;
  FUNNEL_STAGES.forEach((stage, i) => {
    out[stage] = [...atStage].filter(([s]) => s >= i).reduce((sum, [, n]) => sum + n, 0);
  });
  return out;
}
