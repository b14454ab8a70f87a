import type { Actor, Role } from './roles.js';

// Every route names one of these; the server refuses to register a route without one.
// Permissions are data so that they can be read (and tested) in one place.
export const PERMISSIONS = {
  'people.read': ['org_admin', 'program_manager'],
  'people.import': ['org_admin'],
  'users.manage': ['org_admin'],
  'outbox.read': ['org_admin'],
  'audit.read': ['org_admin'],
  // Which programs: org admins all, program managers the ones they run (checked in the use case).
  'programs.manage': ['org_admin', 'program_manager'],
  // Dashboards and reviews: org admins all programs, program managers the ones they run, sponsors
  // the ones they were given (checked in the use case). Sponsors can read, never change.
  'outcomes.read': ['org_admin', 'program_manager', 'sponsor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * `public`: anyone, signed in or not (sign-in, health, accepting an invitation).
 * `authenticated`: any signed-in user (their own session).
 */
export type Policy = 'public' | 'authenticated' | Permission;

export function isPolicy(value: unknown): value is Policy {
  return value === 'public' || value === 'authenticated' || (typeof value === 'string' && value in PERMISSIONS);
}

export function allows(policy: Policy, actor: Actor | null): boolean {
  if (policy === 'public') return true;
  if (!actor) return false;
  if (policy === 'authenticated') return true;
  const allowed: readonly Role[] = PERMISSIONS[policy];
  return actor.roles.some((r) => allowed.includes(r));
}

/** The roles a user may hold; an admin may not take org_admin away from themselves. */
export function canChangeRoles(actor: Actor, targetUserId: string, newRoles: readonly Role[]): string | null {
  if (actor.userId === targetUserId && !newRoles.includes('org_admin')) {
    return 'You cannot remove your own org_admin role; ask another admin.';
  }
  return null;
}
