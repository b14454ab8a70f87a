import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { users } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { mapPage, selectPage, type Page, type PageRequest } from '../page.js';
import { withRoles, type UserSummary } from './user-summaries.js';

/** The logins of the actor's organization, by name. */
export async function listUsers(deps: Deps, input: { actor: Actor; query: PageRequest }): Promise<Page<UserSummary>> {
  const { actor, query } = input;
  const where = eq(users.orgId, actor.orgId);
  return deps.db.tenant(actor.orgId, async (tx) => {
    const page = await selectPage(tx, users, where, [asc(users.name), asc(users.email)], query);
    const items = await withRoles(tx, actor.orgId, page.items);
    return mapPage(page, (_row, i) => items[i]!);
  });
}
