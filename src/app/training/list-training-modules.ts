import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { trainingModules } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { programForManager } from '../programs/program-access.js';

export type TrainingModuleRow = typeof trainingModules.$inferSelect;

export async function listTrainingModules(deps: Deps, input: { actor: Actor; programId: string }): Promise<TrainingModuleRow[]> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const program = await programForManager(tx, input.actor, input.programId);
    return tx
      .select()
      .from(trainingModules)
      .where(and(eq(trainingModules.orgId, input.actor.orgId), eq(trainingModules.programId, program.id)))
      .orderBy(asc(trainingModules.role), asc(trainingModules.position));
  });
}
