import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { questionProblems, type CheckQuestion } from '../../core/programs/training-check.js';
import { trainingCompletions, trainingModules } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { programForManager } from '../programs/program-access.js';
import type { TrainingModuleRow } from './list-training-modules.js';

export interface ModuleBody {
  role: 'mentor' | 'mentee';
  title: string;
  summary: string;
  body: string;
  questions: CheckQuestion[];
}

function check(body: ModuleBody): void {
  const problems = questionProblems(body.questions);
  if (body.questions.length === 0) problems.push({ path: 'questions', message: 'a module needs at least one question' });
  if (problems.length) throw new AppError('validation_failed', `${problems[0]?.path}: ${problems[0]?.message}`, { fields: problems });
}

/** Creates (moduleId null) or replaces a module. A changed check asks everyone to pass it again. */
export async function saveTrainingModule(deps: Deps, input: { actor: Actor; programId: string; moduleId: string | null; module: ModuleBody }): Promise<TrainingModuleRow> {
  check(input.module);
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId, { lock: true });
    if (program.status === 'closed') throw new AppError('conflict', 'A closed program cannot be changed.');
    const values = { role: input.module.role, title: input.module.title.trim(), summary: input.module.summary.trim(), body: input.module.body, questions: input.module.questions.map((q) => ({ ...q, options: [...q.options] })), updatedAt: deps.now() };
    if (input.moduleId === null) {
      const [last] = await tx.select({ n: sql<number>`coalesce(max(position) + 1, 0)::int` }).from(trainingModules).where(and(eq(trainingModules.programId, program.id), eq(trainingModules.role, input.module.role)));
      const [row] = await tx.insert(trainingModules).values({ orgId: actor.orgId, programId: program.id, position: Number(last?.n ?? 0), ...values }).returning();
      if (!row) throw new AppError('internal', 'The module was not created.');
      return row;
    }
    const [before] = await tx.select().from(trainingModules).where(and(eq(trainingModules.programId, program.id), eq(trainingModules.id, input.moduleId)));
    if (!before) throw notFound('Training module');
    const [row] = await tx.update(trainingModules).set(values).where(eq(trainingModules.id, before.id)).returning();
    if (JSON.stringify(before.questions) !== JSON.stringify(values.questions) || before.role !== values.role) {
      await tx.delete(trainingCompletions).where(eq(trainingCompletions.moduleId, before.id));
    }
    return row ?? before;
  });
}

export async function deleteTrainingModule(deps: Deps, input: { actor: Actor; programId: string; moduleId: string }): Promise<void> {
  await deps.db.tenant(input.actor.orgId, async (tx) => {
    const program = await programForManager(tx, input.actor, input.programId, { lock: true });
    if (program.status === 'closed') throw new AppError('conflict', 'A closed program cannot be changed.');
    const deleted = await tx.delete(trainingModules).where(and(eq(trainingModules.programId, program.id), eq(trainingModules.id, input.moduleId))).returning({ id: trainingModules.id });
    if (!deleted.length) throw notFound('Training module');
  });
}
