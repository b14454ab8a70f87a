import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { acceptsMatching } from '../../core/programs/status.js';
import type { Tx } from '../../db/client.js';
import { matchingRounds } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { programForManager, requireStatus, userIdOrNull, type ProgramRow } from '../programs/program-access.js';
import { loadPool } from './load-pool.js';
import { insertProposedPairs, nextRoundNumber, openRoundOf, type RoundRow } from './round-store.js';
import { solveRound, type SolvedRound } from './solve-round.js';

/** Runs the engine on the program's eligible participants; the answer is a proposal to review. */
export async function runMatchingRound(deps: Deps, input: { actor: Actor; programId: string; meta: RequestMeta | null }): Promise<RoundRow> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId, { lock: true });
    const round = await proposeRound(deps, tx, program, userIdOrNull(actor));
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'round_run', target: round.id, details: { number: round.number } }, input.meta);
    return round;
  });
}

/** What a round would propose, without saving anything (tandem program match --dry-run). */
export async function previewMatchingRound(deps: Deps, input: { actor: Actor; programId: string }): Promise<SolvedRound> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId);
    requireStatus(program, acceptsMatching, 'Running a matching round');
    return solveRound(program, await requireTwoSides(tx, program));
  });
}

async function requireTwoSides(tx: Tx, program: ProgramRow) {
  const pool = await loadPool(tx, program);
  if (!pool.participants.some((p) => p.side === 'mentor') || !pool.participants.some((p) => p.side === 'mentee')) {
    throw new AppError('conflict', 'Nobody to match: the pool needs at least one eligible mentor and one eligible mentee.');
  }
  return pool;
}

/** Shared with the automatic re-match job. The caller holds the program's row lock. */
export async function proposeRound(deps: Deps, tx: Tx, program: ProgramRow, createdBy: string | null): Promise<RoundRow> {
  requireStatus(program, acceptsMatching, 'Running a matching round');
  if (await openRoundOf(tx, program.id)) throw new AppError('conflict', 'A proposed round is waiting for review; publish or discard it first.');
  const solved = await solveRound(program, await requireTwoSides(tx, program));
  const now = deps.now();
  const [round] = await tx
    .insert(matchingRounds)
    .values({ orgId: program.orgId, programId: program.id, number: await nextRoundNumber(tx, program.id), status: 'proposed', summary: solved.summary as unknown as Record<string, unknown>, createdBy, createdAt: now })
    .returning();
  if (!round) throw new AppError('internal', 'The round was not created.');
  await insertProposedPairs(tx, program, round.id, solved.pairs, now);
  return round;
}
