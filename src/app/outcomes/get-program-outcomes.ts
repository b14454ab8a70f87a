import type { Actor } from '../../core/auth/roles.js';
import type { Deps } from '../deps.js';
import type { ProgramRow } from '../programs/program-access.js';
import { programForViewer, type ViewerRole } from '../programs/program-viewer.js';
import type { FigureName } from './compute-outcomes.js';
import { figuresOf, type FiguresAnswer } from './figure-snapshots.js';
import { isoDay } from './outcome-scope.js';

/** One program's outcome figures, for its admins, managers and sponsors (anyone else: not found). */
export async function programOutcomes(
  deps: Deps,
  input: { actor: Actor; programId: string; figures: readonly FigureName[] },
): Promise<FiguresAnswer & { program: ProgramRow; viewer: ViewerRole }> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const { program, as } = await programForViewer(tx, actor, input.programId);
    const answer = await figuresOf(tx, { orgId: actor.orgId, programs: [program], today: isoDay(deps.now()) }, input.figures);
    return { program, viewer: as, ...answer };
  });
}
