import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { meetings } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { sendSurvey } from './send-survey.js';
import { programSurvey, type PairRow, type ProgramRow } from './survey-store.js';

/**
 * A pair that ends before its program does is asked the end-of-cycle survey at once, each member
 * their side's: what an early ending taught is part of the picture, and the scheduled survey
 * would never reach them (its job skips ended pairs). Only once they have held a meeting — a
 * pair that never met has nothing to rate. Already sent (near the end): not sent again.
 */
export async function sendEndOfCycleOnEarlyEnd(deps: Deps, tx: Tx, pair: PairRow, program: ProgramRow): Promise<number> {
  if (!pair.activatedAt) return 0;
  const [held] = await tx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.pairId, pair.id), eq(meetings.outcome, 'held'))).limit(1);
  if (!held) return 0;
  let sent = 0;
  for (const side of ['mentor', 'mentee'] as const) {
    const survey = await programSurvey(tx, program, 'end_of_cycle', side);
    if (survey.enabled && (await sendSurvey(deps, tx, { survey, program, pair, side, occurrence: 1, dueAt: deps.now() }))) sent += 1;
  }
  return sent;
}
