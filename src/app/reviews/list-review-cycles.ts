import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { canComment } from '../../core/reviews/comments.js';
import { reviewCycles } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { ProgramRow } from '../programs/program-access.js';
import { programForViewer, type ViewerRole } from '../programs/program-viewer.js';
import { cycleCounts, type CycleCounts, type CycleRow } from './review-store.js';

export interface CycleListItem {
  cycle: CycleRow;
  counts: CycleCounts;
}

export interface CycleList {
  program: ProgramRow;
  as: ViewerRole;
  /** Admins and managers open, close and comment; sponsors read. */
  canManage: boolean;
  cycles: CycleListItem[];
}

/** A program's review cycles, newest first, for anyone who may read its reviews. */
export async function listReviewCycles(deps: Deps, input: { actor: Actor; programId: string }): Promise<CycleList> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const { program, as } = await programForViewer(tx, actor, input.programId);
    const cycles = await tx
      .select()
      .from(reviewCycles)
      .where(and(eq(reviewCycles.orgId, actor.orgId), eq(reviewCycles.programId, program.id)))
      .orderBy(desc(reviewCycles.createdAt), desc(reviewCycles.id));
    const counts = await cycleCounts(tx, program.id, cycles);
    return {
      program,
      as,
      canManage: canComment(as),
      cycles: cycles.map((cycle) => ({ cycle, counts: counts.get(cycle.id) ?? { asked: 0, submitted: 0 } })),
    };
  });
}
