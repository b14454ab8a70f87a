import { and, eq, gt, isNull } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import { invitationStatus, unusableInvitationMessage } from '../../core/users/invitation-status.js';
import type { Tx } from '../../db/client.js';
import { invitations, users } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadSignedInUser, type SignedInUser } from '../auth/signed-in-user.js';
import { startSession, type NewSession } from '../auth/start-session.js';
import { hashToken } from '../auth/tokens.js';
import type { Deps, RequestMeta } from '../deps.js';
import { storedRoles, type InvitationRow } from './invitation-view.js';
import { INVALID_INVITATION } from './lookup-invitation.js';
import { createUser } from './create-user.js';

export interface AcceptInvitationInput {
  token: string;
  name: string;
  password: string;
  meta: RequestMeta;
}

/** Turns an invitation into a login and signs the new user in. Public: the token is the credential. */
export async function acceptInvitation(deps: Deps, input: AcceptInvitationInput): Promise<NewSession & { user: SignedInUser }> {
  const name = input.name.trim();
  if (!name || name.length > 200) {
    throw new AppError('validation_failed', 'Your name must be 1–200 characters.', { fields: [{ path: 'name', message: 'must be 1–200 characters' }] });
  }
  const now = deps.now();
  // System access: the organization is only known once the token has been matched.
  return deps.db.system(async (tx) => {
    const invitation = await claim(tx, hashToken(input.token), now);
    // Anything failing below (a weak password, a taken email) rolls the claim back too.
    const user = await createUser(tx, {
      orgId: invitation.orgId,
      email: invitation.email,
      name,
      password: input.password,
      roles: storedRoles(invitation.roles),
      personId: invitation.personId,
    });
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    const session = await startSession(tx, { id: user.id, orgId: invitation.orgId }, input.meta, now);
    const actor = { userId: user.id, email: user.email };
    const details = { invitationId: invitation.id, roles: storedRoles(invitation.roles) };
    await recordAudit(tx, { orgId: invitation.orgId, actor, action: 'authn_invitation_accepted', target: user.email, details }, input.meta);
    const signedIn = await loadSignedInUser(tx, user.id);
    if (!signedIn) throw new AppError('internal', 'The new user could not be signed in.');
    return { ...session, user: signedIn };
  });
}

/**
 * Marks the invitation accepted in one conditional UPDATE: of two concurrent acceptances the
 * second waits on the row lock, then finds accepted_at set and matches nothing. Single use.
 */
async function claim(tx: Tx, tokenHash: string, now: Date): Promise<InvitationRow> {
  const [claimed] = await tx
    .update(invitations)
    .set({ acceptedAt: now })
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning();
  if (claimed) return claimed;
  const [existing] = await tx.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  if (!existing) throw new AppError('not_found', INVALID_INVITATION);
  const status = invitationStatus(existing, now);
  // 'pending' here means it changed between the two statements; it is unusable all the same.
  throw new AppError('gone', status === 'pending' ? INVALID_INVITATION : unusableInvitationMessage(status));
}
