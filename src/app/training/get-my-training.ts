import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { enrollments, trainingCompletions, trainingModules } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { requirePersonId } from '../programs/program-access.js';

export interface MyModule {
  id: string;
  title: string;
  summary: string;
  body: string;
  /** Without the answers: those are shown only after an attempt. */
  questions: Array<{ prompt: string; options: string[] }>;
  completed: boolean;
}

/** The modules of the actor's side in a program they are enrolled in (after applying). */
export async function getMyTraining(deps: Deps, input: { actor: Actor; programId: string }): Promise<MyModule[]> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const personId = await requirePersonId(tx, input.actor);
    const [enrollment] = await tx.select().from(enrollments).where(and(eq(enrollments.orgId, orgId), eq(enrollments.programId, input.programId), eq(enrollments.personId, personId)));
    if (!enrollment) throw notFound('Program');
    if (!enrollment.side) throw new AppError('conflict', 'Apply first: the training depends on your side of the pair.');
    const modules = await tx
      .select()
      .from(trainingModules)
      .where(and(eq(trainingModules.programId, input.programId), eq(trainingModules.role, enrollment.side)))
      .orderBy(asc(trainingModules.position));
    const done = new Set((await tx.select({ id: trainingCompletions.moduleId }).from(trainingCompletions).where(eq(trainingCompletions.personId, personId))).map((c) => c.id));
    return modules.map((m) => ({ id: m.id, title: m.title, summary: m.summary, body: m.body, questions: m.questions.map((q) => ({ prompt: q.prompt, options: q.options })), completed: done.has(m.id) }));
  });
}
