// Reading and writing rounds and their proposed pairs.
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import type { Tx } from '../../db/client.js';
import { matchingRounds, pairs } from '../../db/schema.js';
import { programForManager, type ProgramRow } from '../programs/program-access.js';
import type { ProposedPair, RoundSummary } from './solve-round.js';

export type RoundRow = typeof matchingRounds.$inferSelect;

/** The round and its program, if the actor runs the program; `open` requires a proposed round. */
export async function roundForManager(tx: Tx, actor: Actor, roundId: string, options: { open?: boolean } = {}): Promise<{ round: RoundRow; program: ProgramRow }> {
  const [found] = await tx.select({ programId: matchingRounds.programId }).from(matchingRounds).where(and(eq(matchingRounds.orgId, actor.orgId), eq(matchingRounds.id, roundId)));
  if (!found) throw notFound('Matching round');
  // Lock the program first, then the round: every writer takes them in this order.
  const program = await programForManager(tx, actor, found.programId, { lock: options.open ?? false });
  const [round] = await tx.select().from(matchingRounds).where(eq(matchingRounds.id, roundId));
  if (!round) throw notFound('Matching round');
  if (options.open && round.status !== 'proposed') throw new AppError('conflict', `This round is ${round.status}; it can no longer be changed.`);
  return { round, program };
}

/** A proposed pair's row; hand pairs and swaps add their flags in `extra`. */
export function proposedPairRow(
  program: { id: string; orgId: string },
  roundId: string,
  p: Pick<ProposedPair, 'mentor' | 'mentee' | 'score' | 'explanation'>,
  now: Date,
  extra: { locked?: boolean; handPaired?: boolean; ruleBreaks?: string[]; handReason?: string | null } = {},
) {
  return {
    orgId: program.orgId,
    programId: program.id,
    roundId,
    mentorEnrollmentId: p.mentor.enrollmentId,
    menteeEnrollmentId: p.mentee.enrollmentId,
    mentorPersonId: p.mentor.personId,
    menteePersonId: p.mentee.personId,
    score: p.score,
    explanation: p.explanation,
    status: 'proposed' as const,
    createdAt: now,
    ...extra,
  };
}

export async function insertProposedPairs(tx: Tx, program: { id: string; orgId: string }, roundId: string, list: readonly ProposedPair[], now: Date): Promise<void> {
  for (let i = 0; i < list.length; i += 500) {
    await tx.insert(pairs).values(list.slice(i, i + 500).map((p) => proposedPairRow(program, roundId, p, now)));
  }
}

export async function setSummary(tx: Tx, roundId: string, summary: RoundSummary): Promise<void> {
  await tx.update(matchingRounds).set({ summary: summary as unknown as Record<string, unknown> }).where(eq(matchingRounds.id, roundId));
}

export async function nextRoundNumber(tx: Tx, programId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`coalesce(max(number), 0)::int + 1` }).from(matchingRounds).where(eq(matchingRounds.programId, programId));
  return Number(row?.n ?? 1);
}

export async function openRoundOf(tx: Tx, programId: string): Promise<RoundRow | undefined> {
  const [row] = await tx.select().from(matchingRounds).where(and(eq(matchingRounds.programId, programId), eq(matchingRounds.status, 'proposed')));
  return row;
}

