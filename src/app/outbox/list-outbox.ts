import { count, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { emails } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { Page } from '../page.js';

type PageRequest = Pick<Page<unknown>, 'page' | 'pageSize'>;
export type EmailRow = typeof emails.$inferSelect;

/** Every email the organization's actions produced, newest first: without SMTP, this is the mail. */
export async function listOutbox(deps: Deps, input: { actor: Actor; query: PageRequest }): Promise<Page<EmailRow>> {
  const { actor, query } = input;
  const where = eq(emails.orgId, actor.orgId);
  return deps.db.tenant(actor.orgId, async (tx) => {
    const [total] = await tx.select({ n: count() }).from(emails).where(where);
    const items = await tx
      .select()
      .from(emails)
      .where(where)
      .orderBy(desc(emails.createdAt), desc(emails.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    return { items, page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) };
  });
}
