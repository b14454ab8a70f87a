import { inArray } from 'drizzle-orm';
import { programs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { FigureName } from './compute-outcomes.js';
import { computeAndStore } from './figure-snapshots.js';
import { isoDay } from './outcome-scope.js';

/** Recomputes one figure's snapshot of a scope (the outcomes-refresh job; figure-snapshots.ts). */
export async function refreshFigure(deps: Deps, input: { orgId: string; programIds: readonly string[]; figure: FigureName }): Promise<void> {
  await deps.db.tenant(input.orgId, async (tx) => {
    const rows = await tx.select().from(programs).where(inArray(programs.id, [...input.programIds]));
    // A program deleted since: the scope no longer exists, and nobody can ask for it again.
    if (rows.length !== new Set(input.programIds).size) return;
    await computeAndStore(tx, { orgId: input.orgId, programs: rows, today: isoDay(deps.now()) }, [input.figure]);
  });
}
