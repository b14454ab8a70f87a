import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { notFound } from '../../core/errors.js';
import { matchingRounds, pairs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { roundForManager } from './round-store.js';

/** Removes a proposed pair; re-solving will not put those two together again in this round. */
export async function removeRoundPair(deps: Deps, input: { actor: Actor; roundId: string; pairId: string; meta: RequestMeta | null }): Promise<void> {
  const { actor } = input;
  await deps.db.tenant(actor.orgId, async (tx) => {
    const { round } = await roundForManager(tx, actor, input.roundId, { open: true });
    const [removed] = await tx.delete(pairs).where(and(eq(pairs.roundId, round.id), eq(pairs.id, input.pairId), eq(pairs.status, 'proposed'))).returning();
    if (!removed) throw notFound('Pair');
    const excluded = [...round.excludedPairs, [removed.mentorPersonId, removed.menteePersonId] as [string, string]];
    await tx.update(matchingRounds).set({ excludedPairs: excluded }).where(eq(matchingRounds.id, round.id));
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'round_edited', target: round.id, details: { edit: 'remove' } }, input.meta);
  });
}
