import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { gradeCheck, type CheckResult } from '../../core/programs/training-check.js';
import { enrollments, trainingCompletions, trainingModules } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { requirePersonId } from '../programs/program-access.js';

export async function attemptTraining(deps: Deps, input: { actor: Actor; moduleId: string; answers: number[] }): Promise<CheckResult> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const personId = await requirePersonId(tx, input.actor);
    const [module] = await tx.select().from(trainingModules).where(and(eq(trainingModules.orgId, orgId), eq(trainingModules.id, input.moduleId)));
    const [enrollment] = module
      ? await tx.select().from(enrollments).where(and(eq(enrollments.programId, module.programId), eq(enrollments.personId, personId)))
      : [];
    // Only a module of one's own side in a program one has applied to.
    if (!module || !enrollment || enrollment.side !== module.role) throw notFound('Training module');
    const result = gradeCheck(module.questions, input.answers);
    if ('problem' in result) throw new AppError('validation_failed', result.problem, { fields: [{ path: 'answers', message: result.problem }] });
    if (result.passed) {
      await tx.insert(trainingCompletions).values({ orgId, moduleId: module.id, personId, passedAt: deps.now() }).onConflictDoNothing();
    }
    return result;
  });
}
