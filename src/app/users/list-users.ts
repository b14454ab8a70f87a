import { asc, count, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { users } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { Page } from '../page.js';
import { withRoles, type UserSummary } from './user-summaries.js';

export type PageRequest = Pick<Page<unknown>, 'page' | 'pageSize'>;

/** The logins of the actor's organization, by name. */
export async function listUsers(deps: Deps, input: { actor: Actor; query: PageRequest }): Promise<Page<UserSummary>> {
  const { actor, query } = input;
  const where = eq(users.orgId, actor.orgId);
  return deps.db.tenant(actor.orgId, async (tx) => {
    const [total] = await tx.select({ n: count() }).from(users).where(where);
    const rows = await tx
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.email))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const items = await withRoles(tx, actor.orgId, rows);
    return { items, page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) };
  });
}
