// What one dashboard covers: one program, or several together, all already checked against the
// actor (program-viewer.ts). Loaders read only these programs' rows.
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { ProgramRow } from '../programs/program-access.js';

export interface OutcomeScope {
  orgId: string;
  programs: readonly ProgramRow[];
  /** Today, YYYY-MM-DD (UTC), from the app's clock. */
  today: string;
}

/** The scope's program ids as an SQL list, for `program_id IN (…)`; never empty (a nil id stands in). */
export function programIdList(scope: OutcomeScope): SQL {
  const ids = scope.programs.length ? scope.programs.map((p) => p.id) : ['00000000-0000-0000-0000-000000000000'];
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

/**
 * SQL for the junior member's person id of pair `p` whose program is `pr` and members `mp`
 * (mentor) and `tp` (mentee). Restates juniorSide (src/core/pairs/safeguards.ts): reverse → the
 * mentor; mutual → the lower level, the mentor on a tie.
 */
export const JUNIOR_PERSON = sql.raw(`CASE WHEN pr.mode = 'reverse' OR tp.level >= mp.level THEN p.mentor_person_id ELSE p.mentee_person_id END`);

/**
 * SQL for the cadence pair `p` (program `pr`) promised: its signed agreement's, else the latest
 * draft's, else the program's — as promisedCadence in src/app/workspace/meeting-store.ts.
 */
export const PAIR_CADENCE = sql.raw(`COALESCE((
  SELECT CASE WHEN jsonb_typeof(a.sections->'cadenceDays') = 'number' AND (a.sections->>'cadenceDays')::numeric >= 1
    THEN (a.sections->>'cadenceDays')::numeric::int END
  FROM agreement_versions a WHERE a.pair_id = p.id
  ORDER BY (a.mentor_signed_at IS NOT NULL AND a.mentee_signed_at IS NOT NULL) DESC, a.version DESC LIMIT 1), pr.cadence_days)`);

/** YYYY-MM-DD of a Date (UTC). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function earliestStart(scope: OutcomeScope): string {
  return scope.programs.reduce((min, p) => (p.startDate < min ? p.startDate : min), scope.programs[0]?.startDate ?? scope.today);
}

export function latestEnd(scope: OutcomeScope): string {
  return scope.programs.reduce((max, p) => (p.endDate > max ? p.endDate : max), scope.programs[0]?.endDate ?? scope.today);
}

/** The rows of a raw query, typed (both drivers answer `{ rows }`). */
export async function rowsOf<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
