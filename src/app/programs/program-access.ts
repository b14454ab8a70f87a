// Who may see and run a program: org admins all of them, program managers the ones they run.
// Anyone else gets "not found", so the existence of a program does not leak.
import { and, eq } from 'drizzle-orm';
import { CLI_USER_ID, type Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import type { Tx } from '../../db/client.js';
import { programManagers, programs, users } from '../../db/schema.js';

export type ProgramRow = typeof programs.$inferSelect;

export function isOrgAdmin(actor: Actor): boolean {
  return actor.roles.includes('org_admin');
}

export async function runsProgram(tx: Tx, actor: Actor, programId: string): Promise<boolean> {
  if (isOrgAdmin(actor)) return true;
  const [row] = await tx
    .select({ userId: programManagers.userId })
    .from(programManagers)
    .where(and(eq(programManagers.orgId, actor.orgId), eq(programManagers.programId, programId), eq(programManagers.userId, actor.userId)));
  return Boolean(row);
}

/** The program, if the actor runs it; `lock` takes a row lock so that concurrent changes queue. */
export async function programForManager(tx: Tx, actor: Actor, programId: string, options: { lock?: boolean } = {}): Promise<ProgramRow> {
  const query = tx.select().from(programs).where(and(eq(programs.orgId, actor.orgId), eq(programs.id, programId)));
  const [program] = options.lock ? await query.for('update') : await query;
  if (!program || !(await runsProgram(tx, actor, programId))) throw notFound('Program');
  return program;
}

/** The person the signed-in user is in the directory; participant actions need one. */
export async function personIdOf(tx: Tx, actor: Actor): Promise<string | null> {
  const [user] = await tx.select({ personId: users.personId }).from(users).where(and(eq(users.orgId, actor.orgId), eq(users.id, actor.userId)));
  return user?.personId ?? null;
}

export async function requirePersonId(tx: Tx, actor: Actor): Promise<string> {
  const personId = await personIdOf(tx, actor);
  if (!personId) throw new AppError('forbidden', 'Your account is not linked to a person in the directory; ask an admin to link it.');
  return personId;
}

export function requireStatus(program: ProgramRow, allowed: (status: ProgramRow['status']) => boolean, what: string): void {
  if (!allowed(program.status)) throw new AppError('conflict', `${what} is not possible while the program is ${program.status}.`);
}

/** The actor's user id for a foreign key: the CLI operator is not a user row. */
export function userIdOrNull(actor: Actor): string | null {
  return actor.userId === CLI_USER_ID ? null : actor.userId;
}
