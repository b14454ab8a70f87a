import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { transitionRefusal, type ProgramStatus } from '../../core/programs/status.js';
import { programs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { programForManager } from './program-access.js';
import { programFacts, programView, programCounts, type ProgramView } from './program-view.js';

export async function changeProgramStatus(
  deps: Deps,
  input: { actor: Actor; programId: string; to: ProgramStatus; meta: RequestMeta | null },
): Promise<ProgramView> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId, { lock: true });
    const counts = (await programCounts(tx, [program.id])).get(program.id);
    if (!counts) throw new AppError('internal', 'No counts.');
    const refusal = transitionRefusal(await programFacts(tx, program, counts), input.to);
    if (refusal) throw new AppError('conflict', refusal);
    const [updated] = await tx.update(programs).set({ status: input.to, updatedAt: deps.now() }).where(eq(programs.id, program.id)).returning();
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'program_status_changed', target: program.id, details: { from: program.status, to: input.to } }, input.meta);
    return programView(tx, updated ?? program);
  });
}
