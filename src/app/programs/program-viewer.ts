// Who may read a program's outcomes and reviews: org admins every program, program managers the
// programs they run, sponsors the programs they were given. Anyone else gets "not found".
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { notFound } from '../../core/errors.js';
import type { Tx } from '../../db/client.js';
import { programManagers, programSponsors, programs } from '../../db/schema.js';
import { isOrgAdmin, type ProgramRow } from './program-access.js';

/** How the actor sees a program: `sponsor` is read-only and sees no individual signals. */
export type ViewerRole = 'admin' | 'manager' | 'sponsor';

export interface ViewedProgram {
  program: ProgramRow;
  as: ViewerRole;
}

export async function viewerRoleOf(tx: Tx, actor: Actor, programId: string): Promise<ViewerRole | null> {
  if (isOrgAdmin(actor)) return 'admin';
  const where = (table: typeof programManagers | typeof programSponsors) =>
    and(eq(table.orgId, actor.orgId), eq(table.programId, programId), eq(table.userId, actor.userId));
  const [managed] = await tx.select({ userId: programManagers.userId }).from(programManagers).where(where(programManagers));
  if (managed && actor.roles.includes('program_manager')) return 'manager';
  const [sponsored] = await tx.select({ userId: programSponsors.userId }).from(programSponsors).where(where(programSponsors));
  if (sponsored && actor.roles.includes('sponsor')) return 'sponsor';
  return null;
}

/** The program and how the actor sees it, or "not found". */
export async function programForViewer(tx: Tx, actor: Actor, programId: string): Promise<ViewedProgram> {
  const [program] = await tx.select().from(programs).where(and(eq(programs.orgId, actor.orgId), eq(programs.id, programId)));
  const as = program ? await viewerRoleOf(tx, actor, programId) : null;
  if (!program || !as) throw notFound('Program');
  return { program, as };
}

/** Every program the actor may read outcomes of, with how they see each (for cross-program views). */
export async function programsForViewer(tx: Tx, actor: Actor): Promise<ViewedProgram[]> {
  const all = await tx.select().from(programs).where(eq(programs.orgId, actor.orgId)).orderBy(programs.startDate, programs.name);
  if (isOrgAdmin(actor) || all.length === 0) return isOrgAdmin(actor) ? all.map((program) => ({ program, as: 'admin' as const })) : [];
  const ids = all.map((p) => p.id);
  const managed = actor.roles.includes('program_manager')
    ? new Set((await tx.select({ id: programManagers.programId }).from(programManagers).where(and(eq(programManagers.orgId, actor.orgId), eq(programManagers.userId, actor.userId), inArray(programManagers.programId, ids)))).map((r) => r.id))
    : new Set<string>();
  const sponsored = actor.roles.includes('sponsor')
    ? new Set((await tx.select({ id: programSponsors.programId }).from(programSponsors).where(and(eq(programSponsors.orgId, actor.orgId), eq(programSponsors.userId, actor.userId), inArray(programSponsors.programId, ids)))).map((r) => r.id))
    : new Set<string>();
  return all.flatMap((program): ViewedProgram[] => {
    if (managed.has(program.id)) return [{ program, as: 'manager' }];
    if (sponsored.has(program.id)) return [{ program, as: 'sponsor' }];
    return [];
  });
}
