// The immediate incremental match a program may allow after a decline, a missed deadline or an
// ended pair: a round over the pool (existing pairs locked), published without review.
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import { acceptsMatching } from '../../core/programs/status.js';
import { matchingRounds, programs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { publishRoundRows } from './publish-round.js';
import { openRoundOf } from './round-store.js';
import { proposeRound } from './run-matching-round.js';

export type AutoRematchOutcome = 'published' | 'nothing_to_match' | 'skipped';

export async function autoRematch(deps: Deps, job: { orgId: string; programId: string }): Promise<AutoRematchOutcome> {
  return deps.db.tenant(job.orgId, async (tx) => {
    const [program] = await tx.select().from(programs).where(and(eq(programs.orgId, job.orgId), eq(programs.id, job.programId))).for('update');
    // A round under review belongs to the program manager: the next one will include these people.
    if (!program || !program.autoRematch || !acceptsMatching(program.status) || (await openRoundOf(tx, program.id))) return 'skipped';
    let round;
    try {
      round = await proposeRound(deps, tx, program, null);
    } catch (err) {
      if (err instanceof AppError && err.code === 'conflict') return 'nothing_to_match';
      throw err;
    }
    try {
      await publishRoundRows(deps, tx, program, round);
      return 'published';
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'conflict')) throw err;
      // No new pair: the round is recorded as discarded rather than left open.
      await tx.update(matchingRounds).set({ status: 'discarded' }).where(eq(matchingRounds.id, round.id));
      return 'nothing_to_match';
    }
  });
}
