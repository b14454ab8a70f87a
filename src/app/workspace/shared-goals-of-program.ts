import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { goals, pairs } from '../../db/schema.js';
import type { GoalRow } from './goal-store.js';

/**
 * The goals a member chose to share with the program (for reviews, issue 6), of every pair of
 * the program. No access check here: the caller has already checked that the actor runs the
 * program (`programForManager`). Goals not shared never leave the pair.
 */
export async function sharedGoalsOfProgram(tx: Tx, programId: string): Promise<GoalRow[]> {
  const rows = await tx
    .select({ goal: goals })
    .from(goals)
    .innerJoin(pairs, eq(pairs.id, goals.pairId))
    .where(and(eq(pairs.programId, programId), eq(goals.sharedWithProgram, true)))
    .orderBy(asc(goals.pairId), asc(goals.createdAt), asc(goals.id));
  return rows.map((r) => r.goal);
}
