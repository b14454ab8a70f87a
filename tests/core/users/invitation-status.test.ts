import { describe, expect, it } from 'vitest';
import {
  INVITATION_TTL_MS,
  invitationExpiry,
  invitationStatus,
  unusableInvitationMessage,
} from '../../../src/core/users/invitation-status.js';

const created = new Date('2026-03-01T12:00:00Z');
const expiresAt = invitationExpiry(created);
const later = (ms: number) => new Date(created.getTime() + ms);

describe('invitationStatus', () => {
  it('lasts seven days', () => {
    expect(INVITATION_TTL_MS).toBe(7 * 24 * 60 * 60 * 1000);
    expect(expiresAt.toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });

  it('is pending until just before expiry', () => {
    const times = { acceptedAt: null, revokedAt: null, expiresAt };
    expect(invitationStatus(times, created)).toBe('pending');
    expect(invitationStatus(times, later(INVITATION_TTL_MS - 1))).toBe('pending');
  });

  it('is expired from the expiry instant on', () => {
    const times = { acceptedAt: null, revokedAt: null, expiresAt };
    expect(invitationStatus(times, expiresAt)).toBe('expired');
    expect(invitationStatus(times, later(8 * 24 * 60 * 60 * 1000))).toBe('expired');
  });

  it('stays accepted or revoked after the expiry', () => {
    const after = later(INVITATION_TTL_MS * 2);
    expect(invitationStatus({ acceptedAt: later(1000), revokedAt: null, expiresAt }, after)).toBe('accepted');
    expect(invitationStatus({ acceptedAt: null, revokedAt: later(1000), expiresAt }, after)).toBe('revoked');
  });

  it('counts acceptance over a later revocation', () => {
    expect(invitationStatus({ acceptedAt: later(1), revokedAt: later(2), expiresAt }, created)).toBe('accepted');
  });
});

describe('unusableInvitationMessage', () => {
  it.each(['accepted', 'revoked', 'expired'] as const)('explains %s', (status) => {
    expect(unusableInvitationMessage(status)).toMatch(/invitation/);
  });
});
