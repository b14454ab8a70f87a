import { and, eq, or } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { endRefusal } from '../../core/programs/pair-response.js';
import { pairs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { programForManager, requirePersonId, userIdOrNull } from '../programs/program-access.js';
import { sendEndOfCycleOnEarlyEnd } from '../surveys/send-early-end-surveys.js';
import { afterPairClosed, programOf } from './pair-events.js';

/**
 * Ends a pair with no fault, by one of its members (`as: 'member'`) or the program manager.
 * Both go back to the pool and are never paired with each other again; if they had met, each
 * is asked the end-of-cycle survey now.
 */
export async function endPair(deps: Deps, input: { actor: Actor; pairId: string; as: 'member' | 'manager'; reason?: string | undefined; meta: RequestMeta | null }): Promise<void> {
  const { actor } = input;
  await deps.db.tenant(actor.orgId, async (tx) => {
    let where = and(eq(pairs.orgId, actor.orgId), eq(pairs.id, input.pairId));
    if (input.as === 'member') {
      const personId = await requirePersonId(tx, actor);
      where = and(where, or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId)));
    }
    const [pair] = await tx.select().from(pairs).where(where).for('update');
    if (!pair || pair.status === 'proposed') throw notFound('Pair');
    if (input.as === 'manager') await programForManager(tx, actor, pair.programId);
    const refusal = endRefusal(pair.status);
    if (refusal) throw new AppError('conflict', refusal);
    await tx.update(pairs).set({ status: 'ended', endedAt: deps.now(), endedByUserId: userIdOrNull(actor), endReason: input.reason?.trim() || null }).where(eq(pairs.id, pair.id));
    const program = await programOf(tx, pair);
    await afterPairClosed(deps, tx, program, pair, 'ended');
    await sendEndOfCycleOnEarlyEnd(deps, tx, pair, program);
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'pair_ended', target: pair.id, details: { by: input.as } }, input.meta);
  });
}
