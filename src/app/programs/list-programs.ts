import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import type { ProgramStatus } from '../../core/programs/status.js';
import { programs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { selectPage, type Page, type PageRequest } from '../page.js';
import { isOrgAdmin, type ProgramRow } from './program-access.js';
import { programCounts, programManagersOf, type ProgramView } from './program-view.js';

export type ProgramListItem = Pick<ProgramView, 'program' | 'managers' | 'counts'>;

/** Org admins see every program; program managers the ones they run. Newest first. */
export async function listPrograms(
  deps: Deps,
  input: { actor: Actor; query: PageRequest & { status?: ProgramStatus | undefined } },
): Promise<Page<ProgramListItem>> {
  const { actor, query } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const conditions: SQL[] = [eq(programs.orgId, actor.orgId)];
    if (query.status) conditions.push(eq(programs.status, query.status));
    if (!isOrgAdmin(actor)) {
      conditions.push(sql`${programs.id} IN (SELECT program_id FROM program_managers WHERE user_id = ${actor.userId})`);
    }
    const page = await selectPage(tx, programs, and(...conditions), [desc(programs.createdAt), desc(programs.id)], query);
    const ids = page.items.map((p: ProgramRow) => p.id);
    const counts = await programCounts(tx, ids);
    const managers = await programManagersOf(tx, ids);
    return {
      ...page,
      items: page.items.map((program) => ({ program, managers: managers.get(program.id) ?? [], counts: counts.get(program.id) as ProgramView['counts'] })),
    };
  });
}

