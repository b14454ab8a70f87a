import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { pairs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { checkPairing, memberByEnrollment, requireConfirmation } from './check-pairing.js';
import { loadPool } from './load-pool.js';
import { proposedPairRow, roundForManager } from './round-store.js';

export interface SwapInput {
  actor: Actor;
  roundId: string;
  pairA: string;
  pairB: string;
  confirmRuleBreak?: boolean | undefined;
  reason?: string | undefined;
  meta: RequestMeta | null;
}

/** Exchanges the mentees of two proposed pairs; both new pairs are kept when re-solving. */
export async function swapRoundPairs(deps: Deps, input: SwapInput): Promise<void> {
  const { actor } = input;
  if (input.pairA === input.pairB) throw new AppError('validation_failed', 'Choose two different pairs.', { fields: [{ path: 'pairB', message: 'same as pairA' }] });
  await deps.db.tenant(actor.orgId, async (tx) => {
    const { round, program } = await roundForManager(tx, actor, input.roundId, { open: true });
    const rows = await tx.select().from(pairs).where(and(eq(pairs.roundId, round.id), eq(pairs.status, 'proposed'), inArray(pairs.id, [input.pairA, input.pairB])));
    const a = rows.find((r) => r.id === input.pairA);
    const b = rows.find((r) => r.id === input.pairB);
    if (!a || !b) throw notFound('Pair');
    if (a.mentorEnrollmentId === b.mentorEnrollmentId) throw new AppError('conflict', 'Both pairs have the same mentor: swapping changes nothing.');
    const pool = await loadPool(tx, program);
    const forbidden = round.excludedPairs;
    const first = checkPairing(program, pool, memberByEnrollment(pool, a.mentorEnrollmentId), memberByEnrollment(pool, b.menteeEnrollmentId), forbidden);
    const second = checkPairing(program, pool, memberByEnrollment(pool, b.mentorEnrollmentId), memberByEnrollment(pool, a.menteeEnrollmentId), forbidden);
    const breaks = [...first.ruleBreaks.map((r) => `${first.mentor.brief.name} – ${first.mentee.brief.name}: ${r}`), ...second.ruleBreaks.map((r) => `${second.mentor.brief.name} – ${second.mentee.brief.name}: ${r}`)];
    requireConfirmation(breaks, input.confirmRuleBreak, input.reason);
    const reason = breaks.length ? (input.reason?.trim() ?? null) : null;
    await tx.delete(pairs).where(inArray(pairs.id, [a.id, b.id]));
    for (const p of [first, second]) {
      await tx.insert(pairs).values(proposedPairRow(program, round.id, p, deps.now(), { locked: true, handPaired: true, ruleBreaks: p.ruleBreaks, handReason: p.ruleBreaks.length ? reason : null }));
    }
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'round_edited', target: round.id, details: { edit: 'swap', ruleBreaks: breaks.length } }, input.meta);
  });
}
