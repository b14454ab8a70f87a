import { and, eq } from 'drizzle-orm';
import { checkPassword } from '../../core/auth/password-policy.js';
import type { Role } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import type { Tx } from '../../db/client.js';
import { people, userRoles, users } from '../../db/schema.js';
import { hashPassword } from '../auth/passwords.js';

export interface NewUser {
  orgId: string;
  email: string;
  name: string;
  password: string;
  roles: readonly Role[];
  personId?: string | null;
}

/**
 * Creates a login in an organization. Shared by create-admin (CLI), invitation acceptance and
 * the demo seed; the caller owns the transaction and the audit entry.
 */
export async function createUser(tx: Tx, input: NewUser): Promise<{ id: string; email: string }> {
  const email = input.email.trim().toLowerCase();
  const verdict = checkPassword(input.password, { email, name: input.name });
  if (!verdict.ok) {
    throw new AppError('validation_failed', verdict.message, { fields: [{ path: 'password', message: verdict.message }] });
  }
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) throw new AppError('conflict', `A user with email ${email} already exists.`);
  const personId = input.personId ?? (await personIdByEmail(tx, input.orgId, email));
  const [user] = await tx
    .insert(users)
    .values({ orgId: input.orgId, email, name: input.name.trim(), passwordHash: await hashPassword(input.password), personId })
    .returning({ id: users.id, email: users.email });
  if (!user) throw new AppError('internal', 'The user was not created.');
  if (input.roles.length) {
    await tx.insert(userRoles).values([...new Set(input.roles)].map((role) => ({ orgId: input.orgId, userId: user.id, role })));
  }
  return user;
}

// A login whose email matches a directory entry is linked to that person.
async function personIdByEmail(tx: Tx, orgId: string, email: string): Promise<string | null> {
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.email, email)));
  return person?.id ?? null;
}
