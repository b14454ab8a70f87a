import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { pulseAnswerProblems, pulseAnswerRefusal, type PulseAnswers, type ShareMode } from '../../core/pairs/safeguards.js';
import { pulseChecks } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { requirePersonId } from '../programs/program-access.js';
import { myPulses, type MyPulseView } from './list-my-pulses.js';

/**
 * The junior answers their check-in, once, and chooses how the program manager sees it: with
 * their name, or only inside a group average. The partner never sees it in any form.
 */
export async function answerPulse(deps: Deps, input: { actor: Actor; pulseId: string; answers: PulseAnswers; comment?: string | null | undefined; shareMode: ShareMode }): Promise<MyPulseView> {
  const { problems, comment } = pulseAnswerProblems(input);
  if (problems.length) throw new AppError('validation_failed', `${problems[0]?.path}: ${problems[0]?.message}`, { fields: problems });
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const personId = await requirePersonId(tx, input.actor);
    const [pulse] = await tx
      .select()
      .from(pulseChecks)
      .where(and(eq(pulseChecks.orgId, input.actor.orgId), eq(pulseChecks.id, input.pulseId), eq(pulseChecks.personId, personId)))
      .for('update');
    if (!pulse) throw notFound('Check-in');
    const refusal = pulseAnswerRefusal(pulse, deps.now());
    if (refusal) throw new AppError('conflict', refusal);
    const { engaged, candid, pressure } = input.answers;
    await tx.update(pulseChecks).set({ answers: { engaged, candid, pressure }, comment, shareMode: input.shareMode, answeredAt: deps.now() }).where(eq(pulseChecks.id, pulse.id));
    const [view] = await myPulses(deps, tx, input.actor, personId, pulse.id);
    if (!view) throw notFound('Check-in');
    return view;
  });
}
