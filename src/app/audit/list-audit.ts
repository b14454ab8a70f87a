import { count, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { auditLog } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { Page } from '../page.js';

type PageRequest = Pick<Page<unknown>, 'page' | 'pageSize'>;
export type AuditRow = typeof auditLog.$inferSelect;

/** The organization's audit trail, newest first. Entries without an organization are not shown. */
export async function listAudit(deps: Deps, input: { actor: Actor; query: PageRequest }): Promise<Page<AuditRow>> {
  const { actor, query } = input;
  const where = eq(auditLog.orgId, actor.orgId);
  return deps.db.tenant(actor.orgId, async (tx) => {
    const [total] = await tx.select({ n: count() }).from(auditLog).where(where);
    // The id breaks ties: entries of one transaction share its timestamp.
    const items = await tx
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    return { items, page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) };
  });
}
