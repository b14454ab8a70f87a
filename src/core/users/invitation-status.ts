// An invitation is a one-time, short-lived credential: a week is long enough to reach someone on
// holiday, short enough that a forgotten link in a mailbox stops being a way in.
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface InvitationTimes {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

/** Derived, never stored: expiry depends on the clock, so a stored status would go stale. */
export function invitationStatus(times: InvitationTimes, now: Date): InvitationStatus {
  // What happened to it outranks the clock: an accepted invitation does not later "expire".
  if (times.acceptedAt) return 'accepted';
  if (times.revokedAt) return 'revoked';
  // Valid while now < expiresAt, matching `expires_at > now` in the single-use claim.
  if (now.getTime() >= times.expiresAt.getTime()) return 'expired';
  return 'pending';
}

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_TTL_MS);
}

/** What the invitee is told when a link can no longer be used; says what to do next. */
export function unusableInvitationMessage(status: Exclude<InvitationStatus, 'pending'>): string {
  switch (status) {
    case 'accepted':
      return 'This invitation has already been used. Sign in with your email and password instead.';
    case 'revoked':
      return 'This invitation has been withdrawn. Ask your administrator for a new one.';
    case 'expired':
      return 'This invitation has expired. Ask your administrator to send a new one.';
  }
}
