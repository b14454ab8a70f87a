import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { notifications } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { selectPage, type Page, type PageRequest } from '../page.js';
import { personIdOf } from '../programs/program-access.js';

export type NotificationRow = typeof notifications.$inferSelect;

export async function listNotifications(deps: Deps, input: { actor: Actor; query: PageRequest }): Promise<Page<NotificationRow> & { unread: number }> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const personId = await personIdOf(tx, input.actor);
    if (!personId) return { items: [], page: input.query.page, pageSize: input.query.pageSize, total: 0, unread: 0 };
    const mine = and(eq(notifications.orgId, orgId), eq(notifications.personId, personId));
    const page = await selectPage(tx, notifications, mine, [desc(notifications.createdAt), desc(notifications.id)], input.query);
    const [unread] = await tx.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(mine, isNull(notifications.readAt)));
    return { ...page, unread: Number(unread?.n ?? 0) };
  });
}
