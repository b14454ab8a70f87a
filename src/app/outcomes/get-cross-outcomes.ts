import type { Actor } from '../../core/auth/roles.js';
import type { Deps } from '../deps.js';
import type { ProgramRow } from '../programs/program-access.js';
import { programsForViewer } from '../programs/program-viewer.js';
import type { FigureName } from './compute-outcomes.js';
import { figuresOf, type FiguresAnswer } from './figure-snapshots.js';
import { isoDay } from './outcome-scope.js';

/**
 * The figures of several programs taken together: every program the actor may read, or those of
 * `programIds` among them. Ids the actor may not read are ignored, exactly like ids that do not
 * exist, so the answer never tells which programs exist.
 */
export async function crossProgramOutcomes(
  deps: Deps,
  input: { actor: Actor; programIds: readonly string[] | null; figures: readonly FigureName[] },
): Promise<FiguresAnswer & { programs: ProgramRow[] }> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const wanted = input.programIds ? new Set(input.programIds) : null;
    const programs = (await programsForViewer(tx, actor)).map((v) => v.program).filter((p) => !wanted || wanted.has(p.id));
    const answer = await figuresOf(tx, { orgId: actor.orgId, programs, today: isoDay(deps.now()) }, input.figures);
    return { programs, ...answer };
  });
}
