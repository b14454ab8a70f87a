import { eq } from 'drizzle-orm';
import type { Role } from '../../core/auth/roles.js';
import type { Tx } from '../../db/client.js';
import { organizations, userRoles, users } from '../../db/schema.js';

/** The signed-in user as the session and the web app know them. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  org: { id: string; name: string; slug: string };
}

export async function loadSignedInUser(tx: Tx, userId: string): Promise<SignedInUser | null> {
  const [row] = await tx
    .select({ user: users, org: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(eq(users.id, userId));
  if (!row || row.user.status !== 'active') return null;
  const roles = await tx.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return {
    id: row.user.id,
    email: row.user.email,
    name: row.user.name,
    roles: roles.map((r) => r.role).sort(),
    org: { id: row.org.id, name: row.org.name, slug: row.org.slug },
  };
}
