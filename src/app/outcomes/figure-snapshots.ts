// Outcome figures served from snapshots (table outcome_snapshots, migration 0008). A year of a
// 10,000-participant program is seconds of grouping on PGlite; a snapshot is one row. A snapshot
// is fresh while it is for today and no transaction that changed the figures' inputs in the
// organization (noted in outcome_changes by triggers) has committed since it was computed.
// A stale snapshot of a small scope is recomputed at once, so small programs are always exact;
// a large scope is answered from its last snapshot, marked as refreshing, and recomputed by a
// job, so no dashboard request waits for a full recomputation once a first one exists.
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Outcomes } from '../../core/analytics/figures.js';
import { BACKGROUND_AT, isFresh, refreshesInBackground, type BackgroundAt } from '../../core/analytics/snapshot-policy.js';
import type { Tx } from '../../db/client.js';
import { computeOutcomes, type FigureName } from './compute-outcomes.js';
import { rowsOf, type OutcomeScope } from './outcome-scope.js';

export const REFRESH_JOB = 'outcomes-refresh';

export interface FiguresAnswer {
  outcomes: Partial<Outcomes>;
  /** When the oldest of the figures was computed. */
  asOf: Date;
  /** True when at least one figure is older than the data and a recomputation is queued. */
  refreshing: boolean;
}

interface SnapshotRow {
  figure: FigureName;
  data: unknown;
  as_of_day: string;
  computed_ms: number;
  stale: boolean;
}

/** The key of a scope: its program ids, sorted, hashed (a scope can name a hundred programs). */
export function scopeKey(programIds: readonly string[]): string {
  return createHash('sha256').update([...programIds].sort().join(',')).digest('hex');
}

const uuidArray = (ids: readonly string[]): SQL =>
  ids.length ? sql`ARRAY[${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}]::uuid[]` : sql`'{}'::uuid[]`;

/** The figures of the scope, from fresh snapshots where they exist, else computed and stored. */
export async function figuresOf(
  tx: Tx,
  scope: OutcomeScope,
  figures: readonly FigureName[],
  backgroundAt: BackgroundAt = BACKGROUND_AT,
): Promise<FiguresAnswer> {
  const ids = scope.programs.map((p) => p.id).sort();
  const key = scopeKey(ids);
  const rows = await rowsOf<SnapshotRow>(tx, sql`
    SELECT s.figure, s.data, to_char(s.as_of_day, 'YYYY-MM-DD') AS as_of_day,
      (extract(epoch FROM s.computed_at) * 1000)::float8 AS computed_ms,
      EXISTS (SELECT 1 FROM outcome_changes c WHERE c.org_id = s.org_id
        AND c.xid >= pg_snapshot_xmin(s.snap) AND NOT pg_visible_in_snapshot(c.xid, s.snap)) AS stale
    FROM outcome_snapshots s
    WHERE s.org_id = ${scope.orgId}::uuid AND s.scope_key = ${key} AND s.figure IN (${sql.join(figures.map((f) => sql`${f}`), sql`, `)})`);
  const byFigure = new Map(rows.map((r) => [r.figure, r]));
  const size = lazySize(tx, scope, ids);
  const outcomes: Partial<Record<FigureName, unknown>> = {};
  const toCompute: FigureName[] = [];
  let refreshing = false;
  let asOf = Infinity;
  for (const figure of figures) {
    const row = byFigure.get(figure);
    const fresh = row !== undefined && isFresh({ stale: row.stale, asOfDay: row.as_of_day }, scope.today);
    if (row && (fresh || refreshesInBackground(figure, await size(), backgroundAt))) {
      outcomes[figure] = row.data;
      asOf = Math.min(asOf, Number(row.computed_ms));
      if (!fresh) {
        refreshing = true;
        await queueRefresh(tx, scope.orgId, key, ids, figure);
      }
    } else toCompute.push(figure);
  }
  if (toCompute.length) {
    const computed = await computeAndStore(tx, scope, toCompute);
    Object.assign(outcomes, computed.outcomes);
    asOf = Math.min(asOf, computed.computedAt.getTime());
  }
  return { outcomes: outcomes as Partial<Outcomes>, asOf: new Date(asOf), refreshing };
}

/**
 * Computes the figures (one pg_snapshot taken first, so anything committed later reads as a
 * change and makes them stale again) and stores them. Also drops change notes and snapshots
 * too old to matter: a snapshot is only ever fresh on its own day.
 */
export async function computeAndStore(tx: Tx, scope: OutcomeScope, figures: readonly FigureName[]): Promise<{ outcomes: Partial<Outcomes>; computedAt: Date }> {
  const ids = scope.programs.map((p) => p.id).sort();
  const key = scopeKey(ids);
  const [started] = await rowsOf<{ snap: string; now_ms: number }>(tx, sql`SELECT pg_current_snapshot()::text AS snap, (extract(epoch FROM now()) * 1000)::float8 AS now_ms`);
  if (!started) throw new Error('pg_current_snapshot() returned nothing');
  const outcomes: Partial<Record<FigureName, unknown>> = {};
  for (const figure of figures) {
    const start = performance.now();
    const one = await computeOutcomes(tx, scope, [figure]);
    const ms = Math.round(performance.now() - start);
    outcomes[figure] = one[figure];
    await tx.execute(sql`
      INSERT INTO outcome_snapshots (org_id, scope_key, program_ids, figure, as_of_day, data, snap, computed_at, compute_ms)
      VALUES (${scope.orgId}::uuid, ${key}, ${uuidArray(ids)}, ${figure}, ${scope.today}::date, ${JSON.stringify(one[figure])}::jsonb,
        ${started.snap}::pg_snapshot, now(), ${ms})
      ON CONFLICT (org_id, scope_key, figure) DO UPDATE SET program_ids = EXCLUDED.program_ids, as_of_day = EXCLUDED.as_of_day,
        data = EXCLUDED.data, snap = EXCLUDED.snap, computed_at = EXCLUDED.computed_at, compute_ms = EXCLUDED.compute_ms`);
  }
  // A change note older than two days cannot be newer than any snapshot of today (transactions
  // do not run for days); a snapshot untouched for 30 days belongs to a scope nobody looks at.
  // SKIP LOCKED: rows another request is storing or pruning are left to it, so two requests
  // never wait on each other here (and cannot deadlock).
  await tx.execute(sql`DELETE FROM outcome_changes WHERE id IN (
    SELECT id FROM outcome_changes WHERE org_id = ${scope.orgId}::uuid AND changed_at < now() - interval '2 days' FOR UPDATE SKIP LOCKED)`);
  await tx.execute(sql`DELETE FROM outcome_snapshots WHERE (org_id, scope_key, figure) IN (
    SELECT org_id, scope_key, figure FROM outcome_snapshots WHERE org_id = ${scope.orgId}::uuid AND computed_at < now() - interval '30 days' FOR UPDATE SKIP LOCKED)`);
  return { outcomes: outcomes as Partial<Outcomes>, computedAt: new Date(Number(started.now_ms)) };
}

/** The scope's size as refreshesInBackground reads it; counted once, when first asked. */
function lazySize(tx: Tx, scope: OutcomeScope, ids: readonly string[]): () => Promise<{ enrollments: number; people: number }> {
  let size: Promise<{ enrollments: number; people: number }> | null = null;
  return () =>
    (size ??= rowsOf<{ enrollments: number; people: number }>(tx, sql`
      SELECT (SELECT count(*) FROM enrollments WHERE program_id = ANY(${uuidArray(ids)}))::int AS enrollments,
        (SELECT count(*) FROM people WHERE org_id = ${scope.orgId}::uuid)::int AS people`).then((r) => ({ enrollments: Number(r[0]?.enrollments ?? 0), people: Number(r[0]?.people ?? 0) })));
}

/**
 * Queues the figure's recomputation. One job row per scope and figure, re-armed once done: a
 * busy dashboard does not pile up jobs, and a refresh already queued or running is left alone.
 */
async function queueRefresh(tx: Tx, orgId: string, key: string, ids: readonly string[], figure: FigureName): Promise<void> {
  const payload = JSON.stringify({ programIds: ids, figure });
  await tx.execute(sql`
    INSERT INTO jobs (org_id, kind, payload, run_at, dedupe_key)
    VALUES (${orgId}::uuid, ${REFRESH_JOB}, ${payload}::jsonb, now(), ${`${REFRESH_JOB}:${orgId}:${key}:${figure}`})
    ON CONFLICT (dedupe_key) DO UPDATE SET status = 'queued', attempts = 0, run_at = now(), last_error = NULL, locked_until = NULL, payload = EXCLUDED.payload
    WHERE jobs.status IN ('done', 'failed')`);
}
