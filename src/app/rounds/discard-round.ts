import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { matchingRounds, pairs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { roundForManager, type RoundRow } from './round-store.js';

/** Throws a proposal away: nobody was told about it, so its pairs simply go. */
export async function discardRound(deps: Deps, input: { actor: Actor; roundId: string; meta: RequestMeta | null }): Promise<RoundRow> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const { round } = await roundForManager(tx, actor, input.roundId, { open: true });
    await tx.delete(pairs).where(and(eq(pairs.roundId, round.id), eq(pairs.status, 'proposed')));
    const [updated] = await tx.update(matchingRounds).set({ status: 'discarded' }).where(eq(matchingRounds.id, round.id)).returning();
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'round_discarded', target: round.id }, input.meta);
    return updated ?? round;
  });
}
