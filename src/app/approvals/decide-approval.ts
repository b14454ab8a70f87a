import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { decisionRoute, type Decision } from '../../core/programs/approval.js';
import { enrollments, programs } from '../../db/schema.js';
import type { Deps, RequestMeta } from '../deps.js';
import { personIdOf, runsProgram, userIdOrNull } from '../programs/program-access.js';
import { recordDecision } from './record-decision.js';

export interface DecideInput {
  actor: Actor;
  enrollmentId: string;
  /** When given, the enrollment must belong to this program. */
  programId?: string | undefined;
  decision: Decision;
  reason?: string | null | undefined;
  /** A program manager deciding in place of the manager (reason required). */
  override?: boolean;
  meta: RequestMeta | null;
}

/** A manager decides for a direct report, a program manager for someone without a manager or by override. */
export async function decideApproval(deps: Deps, input: DecideInput): Promise<void> {
  const { actor } = input;
  if (input.override && !input.reason?.trim()) {
    throw new AppError('validation_failed', 'An override needs a reason.', { fields: [{ path: 'reason', message: 'required for an override' }] });
  }
  await deps.db.tenant(actor.orgId, async (tx) => {
    const [enrollment] = await tx.select().from(enrollments).where(and(eq(enrollments.orgId, actor.orgId), eq(enrollments.id, input.enrollmentId))).for('update');
    if (!enrollment || (input.programId && enrollment.programId !== input.programId)) throw notFound('Approval request');
    const [program] = await tx.select().from(programs).where(eq(programs.id, enrollment.programId));
    if (!program) throw notFound('Approval request');
    const decider = { personId: await personIdOf(tx, actor), runsProgram: await runsProgram(tx, actor, program.id) };
    const route = decisionRoute(
      { participantPersonId: enrollment.personId, approverPersonId: enrollment.approverPersonId, approvalStatus: enrollment.approvalStatus },
      decider,
      { override: input.override ?? false, reason: input.reason ?? null },
    );
    // Someone unrelated learns nothing about the request; a related person learns why not.
    const related = decider.runsProgram || decider.personId === enrollment.approverPersonId || decider.personId === enrollment.personId;
    if ('refused' in route && !related) throw notFound('Approval request');
    // Nobody is put back into a program they left.
    if (enrollment.status === 'withdrawn') throw new AppError('conflict', 'This person has withdrawn from the program.');
    if ('refused' in route) throw new AppError('forbidden', route.refused);
    if (program.status === 'closed') throw new AppError('conflict', 'The program is closed.');
    await recordDecision(deps, tx, {
      enrollment,
      program,
      decision: input.decision,
      reason: input.reason ?? null,
      decidedByUserId: userIdOrNull(actor),
      override: route.route === 'override',
      audit: { actor: { userId: actor.userId, email: actor.email }, meta: input.meta },
    });
  });
}
