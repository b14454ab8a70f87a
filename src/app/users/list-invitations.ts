import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { invitations } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { mapPage, selectPage, type Page, type PageRequest } from '../page.js';
import { toInvitationView, type InvitationView } from './invitation-view.js';

/** The organization's invitations, newest first, each with its status as of now. */
export async function listInvitations(deps: Deps, input: { actor: Actor; query: PageRequest }): Promise<Page<InvitationView>> {
  const { actor, query } = input;
  const where = eq(invitations.orgId, actor.orgId);
  const now = deps.now();
  const order = [desc(invitations.createdAt), desc(invitations.id)];
  const page = await deps.db.tenant(actor.orgId, (tx) => selectPage(tx, invitations, where, order, query));
  return mapPage(page, (row) => toInvitationView(row, now));
}
