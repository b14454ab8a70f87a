// Who reads what the junior safeguards hold. Pulse answers and concerns go to the program's own
// managers (the users listed on the program) — not to every org admin — and never to a member
// of the pair they are about: a manager who is the raiser's partner sees nothing of the concern.
import { and, eq, or } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { concernAccess, type ConcernRole } from '../../core/pairs/safeguards.js';
import type { Tx } from '../../db/client.js';
import { concerns, pairs, programManagers, programs, users } from '../../db/schema.js';
import { personIdOf, runsProgram, type ProgramRow } from '../programs/program-access.js';

export type ConcernRow = typeof concerns.$inferSelect;
export type PairRow = typeof pairs.$inferSelect;

export async function isListedManager(tx: Tx, actor: Actor, programId: string): Promise<boolean> {
  const [row] = await tx
    .select({ userId: programManagers.userId })
    .from(programManagers)
    .where(and(eq(programManagers.orgId, actor.orgId), eq(programManagers.programId, programId), eq(programManagers.userId, actor.userId)));
  return Boolean(row);
}

/**
 * The program, for one of its managers. An org admin who is not listed on it is told why (they
 * can see the program, so its existence is no secret to them); anyone else gets "not found".
 */
export async function programForSafeguards(tx: Tx, actor: Actor, programId: string): Promise<ProgramRow> {
  const [program] = await tx.select().from(programs).where(and(eq(programs.orgId, actor.orgId), eq(programs.id, programId)));
  if (!program) throw notFound('Program');
  if (await isListedManager(tx, actor, programId)) return program;
  if (await runsProgram(tx, actor, programId)) throw new AppError('forbidden', 'Only the managers listed on this program read its concerns and mentor check-ins.');
  throw notFound('Program');
}

/** The managers of the program who may read a concern about `pair`: not a member of it. */
export async function concernReaders(tx: Tx, programId: string, pair: Pick<PairRow, 'mentorPersonId' | 'menteePersonId'>): Promise<Array<{ userId: string; personId: string | null }>> {
  const rows = await tx
    .select({ userId: users.id, personId: users.personId })
    .from(programManagers)
    .innerJoin(users, eq(users.id, programManagers.userId))
    .where(and(eq(programManagers.programId, programId), eq(users.status, 'active')));
  return rows.filter((r) => r.personId !== pair.mentorPersonId && r.personId !== pair.menteePersonId);
}

/** Pairs the actor is a member of (as a person), to keep them out of their manager views. */
export async function ownPairCondition(tx: Tx, actor: Actor) {
  const personId = await personIdOf(tx, actor);
  return personId ? or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId)) : undefined;
}

export interface LoadedConcern {
  concern: ConcernRow;
  pair: PairRow;
  program: ProgramRow;
  personId: string | null;
}

/** A concern the actor may read as `as`; any other concern — or none — is "not found". */
export async function loadConcern(tx: Tx, actor: Actor, concernId: string, as: ConcernRole, options: { lock?: boolean } = {}): Promise<LoadedConcern> {
  const query = tx.select().from(concerns).where(and(eq(concerns.orgId, actor.orgId), eq(concerns.id, concernId)));
  const [concern] = options.lock ? await query.for('update') : await query;
  if (!concern) throw notFound('Concern');
  const [pair] = await tx.select().from(pairs).where(eq(pairs.id, concern.pairId));
  const [program] = await tx.select().from(programs).where(eq(programs.id, concern.programId));
  if (!pair || !program) throw notFound('Concern');
  const personId = await personIdOf(tx, actor);
  const role = concernAccess({
    viewerPersonId: personId,
    viewerManagesProgram: as === 'manager' && (await isListedManager(tx, actor, program.id)),
    raisedByPersonId: concern.raisedByPersonId,
    memberPersonIds: [pair.mentorPersonId, pair.menteePersonId],
  });
  if (role !== as) throw notFound('Concern');
  return { concern, pair, program, personId };
}
