import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import type { Tx } from '../../db/client.js';
import { matchingRounds, pairs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { programForManager } from '../programs/program-access.js';
import { roundForManager, type RoundRow } from './round-store.js';

export interface RoundView {
  round: RoundRow;
  pairCount: number;
}

async function withCounts(tx: Tx, rounds: RoundRow[]): Promise<RoundView[]> {
  if (!rounds.length) return [];
  const counts = await tx
    .select({ roundId: pairs.roundId, n: sql<number>`count(*)::int` })
    .from(pairs)
    .where(sql`${pairs.roundId} IN (${sql.join(rounds.map((r) => sql`${r.id}::uuid`), sql`, `)})`)
    .groupBy(pairs.roundId);
  return rounds.map((round) => ({ round, pairCount: Number(counts.find((c) => c.roundId === round.id)?.n ?? 0) }));
}

export async function getRound(deps: Deps, input: { actor: Actor; roundId: string }): Promise<RoundView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const { round } = await roundForManager(tx, input.actor, input.roundId);
    return (await withCounts(tx, [round]))[0] as RoundView;
  });
}

export async function listRounds(deps: Deps, input: { actor: Actor; programId: string }): Promise<RoundView[]> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const program = await programForManager(tx, input.actor, input.programId);
    const rounds = await tx.select().from(matchingRounds).where(and(eq(matchingRounds.orgId, input.actor.orgId), eq(matchingRounds.programId, program.id))).orderBy(desc(matchingRounds.number), asc(matchingRounds.id));
    return withCounts(tx, rounds);
  });
}
