import { ROLES, type Role } from '../../core/auth/roles.js';
import { invitationStatus, type InvitationStatus } from '../../core/users/invitation-status.js';
import type { invitations } from '../../db/schema.js';

export type InvitationRow = typeof invitations.$inferSelect;

/** An invitation as administrators see it: the token hash stays in the database. */
export interface InvitationView {
  id: string;
  email: string;
  roles: Role[];
  personId: string | null;
  status: InvitationStatus;
  expiresAt: Date;
  createdAt: Date;
}

export function toInvitationView(row: InvitationRow, now: Date): InvitationView {
  return {
    id: row.id,
    email: row.email,
    roles: storedRoles(row.roles),
    personId: row.personId,
    status: invitationStatus(row, now),
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
  };
}

// The column is text[] without a check constraint; a role that no longer exists grants nothing.
export function storedRoles(roles: readonly string[]): Role[] {
  return roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)).sort();
}
