import { z } from 'zod';
import type { InvitationView } from '../../app/users/invitation-view.js';
import type { InvitationPreview } from '../../app/users/lookup-invitation.js';
import { INVITATION_STATUSES } from '../../core/users/invitation-status.js';
import { IsoDateTime } from '../schemas/common.js';
import { ZRole } from './me.js';

// Neither the token nor its hash is ever part of an answer: the emailed link is its only copy.
export const ZInvitation = z.object({
  id: z.string(),
  email: z.string(),
  roles: z.array(ZRole),
  status: z.enum(INVITATION_STATUSES),
  expiresAt: IsoDateTime,
  createdAt: IsoDateTime,
});

export const ZInvitationPreview = z.object({
  email: z.string(),
  orgName: z.string(),
  roles: z.array(ZRole),
  expiresAt: IsoDateTime,
});

export function presentInvitation(i: InvitationView): z.infer<typeof ZInvitation> {
  return {
    id: i.id,
    email: i.email,
    roles: [...i.roles],
    status: i.status,
    expiresAt: i.expiresAt.toISOString(),
    createdAt: i.createdAt.toISOString(),
  };
}

export function presentInvitationPreview(p: InvitationPreview): z.infer<typeof ZInvitationPreview> {
  return { email: p.email, orgName: p.orgName, roles: [...p.roles], expiresAt: p.expiresAt.toISOString() };
}
