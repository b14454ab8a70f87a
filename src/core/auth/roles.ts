export const ROLES = ['org_admin', 'program_manager', 'manager', 'participant', 'sponsor'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: always derived from the session, never from the request. */
export interface Actor {
  orgId: string;
  userId: string;
  email: string;
  roles: readonly Role[];
}

/** The command line acts as the organization's operator: a trusted local user, not a login. */
export const CLI_USER_ID = '00000000-0000-0000-0000-000000000000';

export function cliActor(orgId: string): Actor {
  return { orgId, userId: CLI_USER_ID, email: 'cli', roles: ['org_admin'] };
}
