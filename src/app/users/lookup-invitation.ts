import { eq } from 'drizzle-orm';
import type { Role } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { invitationStatus, unusableInvitationMessage } from '../../core/users/invitation-status.js';
import { invitations, organizations } from '../../db/schema.js';
import { hashToken } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import { storedRoles } from './invitation-view.js';

export interface InvitationPreview {
  email: string;
  orgName: string;
  roles: Role[];
  expiresAt: Date;
}

export const INVALID_INVITATION = 'This invitation link is not valid.';

/** What the invitee sees before choosing a password. Public: the token is the credential. */
export async function lookupInvitation(deps: Deps, input: { token: string }): Promise<InvitationPreview> {
  const now = deps.now();
  // System access: the organization is what this look-up finds out.
  const [found] = await deps.db.system((tx) =>
    tx
      .select({ invitation: invitations, orgName: organizations.name })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.orgId))
      .where(eq(invitations.tokenHash, hashToken(input.token))),
  );
  if (!found) throw new AppError('not_found', INVALID_INVITATION);
  const { invitation } = found;
  const status = invitationStatus(invitation, now);
  if (status !== 'pending') throw new AppError('gone', unusableInvitationMessage(status));
  return { email: invitation.email, orgName: found.orgName, roles: storedRoles(invitation.roles), expiresAt: invitation.expiresAt };
}
