import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '../../core/auth/roles.js';
import type { Tx } from '../../db/client.js';
import { userRoles, users } from '../../db/schema.js';

type UserRow = typeof users.$inferSelect;

/** A login as the user administration sees it: never its password hash. */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  status: UserRow['status'];
  personId: string | null;
  lastLoginAt: Date | null;
}

/** Attaches roles to user rows with one query for the whole page, not one per user. */
export async function withRoles(tx: Tx, orgId: string, rows: readonly UserRow[]): Promise<UserSummary[]> {
  const ids = rows.map((u) => u.id);
  const roleRows = ids.length
    ? await tx
        .select({ userId: userRoles.userId, role: userRoles.role })
        .from(userRoles)
        .where(and(eq(userRoles.orgId, orgId), inArray(userRoles.userId, ids)))
    : [];
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    roles: roleRows
      .filter((r) => r.userId === u.id)
      .map((r) => r.role)
      .sort(),
    status: u.status,
    personId: u.personId,
    lastLoginAt: u.lastLoginAt,
  }));
}
