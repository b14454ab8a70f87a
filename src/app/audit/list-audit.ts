import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { auditLog } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { selectPage, type Page, type PageRequest } from '../page.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** The organization's audit trail, newest first. Entries without an organization are not shown. */
export async function listAudit(deps: Deps, input: { actor: Actor; query: PageRequest }): Promise<Page<AuditRow>> {
  const { actor, query } = input;
  const where = eq(auditLog.orgId, actor.orgId);
  // The id breaks ties: entries of one transaction share its timestamp.
  return deps.db.tenant(actor.orgId, (tx) => selectPage(tx, auditLog, where, [desc(auditLog.at), desc(auditLog.id)], query));
}
