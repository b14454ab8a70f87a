import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { emails } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { selectPage, type Page, type PageRequest } from '../page.js';

export type EmailRow = typeof emails.$inferSelect;

/** Every email the organization's actions produced, newest first: without SMTP, this is the mail. */
export async function listOutbox(deps: Deps, input: { actor: Actor; query: PageRequest }): Promise<Page<EmailRow>> {
  const { actor, query } = input;
  const where = eq(emails.orgId, actor.orgId);
  return deps.db.tenant(actor.orgId, (tx) => selectPage(tx, emails, where, [desc(emails.createdAt), desc(emails.id)], query));
}
