import { count, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { invitations } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { Page } from '../page.js';
import { toInvitationView, type InvitationView } from './invitation-view.js';
import type { PageRequest } from './list-users.js';

/** The organization's invitations, newest first, each with its status as of now. */
export async function listInvitations(deps: Deps, input: { actor: Actor; query: PageRequest }): Promise<Page<InvitationView>> {
  const { actor, query } = input;
  const where = eq(invitations.orgId, actor.orgId);
  const now = deps.now();
  return deps.db.tenant(actor.orgId, async (tx) => {
    const [total] = await tx.select({ n: count() }).from(invitations).where(where);
    const rows = await tx
      .select()
      .from(invitations)
      .where(where)
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const items = rows.map((row) => toInvitationView(row, now));
    return { items, page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) };
  });
}
