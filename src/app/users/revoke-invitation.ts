import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { invitationStatus } from '../../core/users/invitation-status.js';
import { invitations } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { toInvitationView, type InvitationView } from './invitation-view.js';

/** Withdraws a pending invitation: its link stops working at once. */
export async function revokeInvitation(
  deps: Deps,
  input: { actor: Actor; invitationId: string; meta: RequestMeta },
): Promise<InvitationView> {
  const { actor } = input;
  const now = deps.now();
  const mine = and(eq(invitations.orgId, actor.orgId), eq(invitations.id, input.invitationId));
  return deps.db.tenant(actor.orgId, async (tx) => {
    // Conditional, so a revocation racing an acceptance cannot undo an account already created.
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(mine, isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
      .returning();
    if (!row) {
      const [existing] = await tx.select().from(invitations).where(mine);
      if (!existing) throw notFound('Invitation');
      throw new AppError('conflict', `Only a pending invitation can be revoked; this one is ${invitationStatus(existing, now)}.`);
    }
    const by = { userId: actor.userId, email: actor.email };
    await recordAudit(tx, { orgId: actor.orgId, actor: by, action: 'invitation_revoked', target: row.email }, input.meta);
    return toInvitationView(row, now);
  });
}
