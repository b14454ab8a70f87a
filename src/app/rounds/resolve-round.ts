import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { matchingRounds, pairs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { loadPool } from './load-pool.js';
import { insertProposedPairs, roundForManager, setSummary, type RoundRow } from './round-store.js';
import { solveRound } from './solve-round.js';

/** Solves the round again, keeping the program manager's hand pairs and swaps, without removed pairs. */
export async function resolveRound(deps: Deps, input: { actor: Actor; roundId: string; meta: RequestMeta | null }): Promise<RoundRow> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const { round, program } = await roundForManager(tx, actor, input.roundId, { open: true });
    const kept = await tx.select().from(pairs).where(and(eq(pairs.roundId, round.id), eq(pairs.status, 'proposed'), eq(pairs.locked, true)));
    const pool = await loadPool(tx, program);
    // A kept pair whose people left the pool meanwhile is dropped rather than kept against the rules.
    const valid = kept.filter((p) => pool.members.has(p.mentorPersonId) && pool.members.has(p.menteePersonId));
    const solved = await solveRound(program, pool, { locked: valid.map((p) => [p.mentorPersonId, p.menteePersonId] as const), forbidden: round.excludedPairs });
    await tx.delete(pairs).where(and(eq(pairs.roundId, round.id), eq(pairs.status, 'proposed'), eq(pairs.locked, false)));
    for (const p of kept.filter((k) => !valid.includes(k))) await tx.delete(pairs).where(eq(pairs.id, p.id));
    await insertProposedPairs(tx, program, round.id, solved.pairs, deps.now());
    await setSummary(tx, round.id, solved.summary);
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'round_edited', target: round.id, details: { edit: 'resolve', kept: valid.length } }, input.meta);
    const [updated] = await tx.select().from(matchingRounds).where(eq(matchingRounds.id, round.id));
    return updated ?? round;
  });
}
