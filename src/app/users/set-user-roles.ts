import { and, eq } from 'drizzle-orm';
import { canChangeRoles } from '../../core/auth/policies.js';
import type { Actor, Role } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { userRoles, users } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { withRoles, type UserSummary } from './user-summaries.js';

export interface SetUserRolesInput {
  actor: Actor;
  userId: string;
  /** The complete new set; empty is allowed (a login that can only see its own session). */
  roles: readonly Role[];
  meta: RequestMeta;
}

/** Replaces a user's roles. */
export async function setUserRoles(deps: Deps, input: SetUserRolesInput): Promise<UserSummary> {
  const { actor } = input;
  const after = [...new Set(input.roles)].sort();
  return deps.db.tenant(actor.orgId, async (tx) => {
    const [user] = await tx.select().from(users).where(and(eq(users.orgId, actor.orgId), eq(users.id, input.userId)));
    if (!user) throw notFound('User');
    const refusal = canChangeRoles(actor, user.id, after);
    if (refusal) throw new AppError('conflict', refusal);
    const [current] = await withRoles(tx, actor.orgId, [user]);
    if (!current) throw notFound('User');
    const before = current.roles;
    // A no-op is not an authorization change and would only add noise to the audit log.
    if (before.join() === after.join()) return current;
    const mine = and(eq(userRoles.orgId, actor.orgId), eq(userRoles.userId, user.id));
    await tx.delete(userRoles).where(mine);
    if (after.length) {
      await tx.insert(userRoles).values(after.map((role) => ({ orgId: actor.orgId, userId: user.id, role })));
    }
    const by = { userId: actor.userId, email: actor.email };
    await recordAudit(tx, { orgId: actor.orgId, actor: by, action: 'authz_change', target: user.email, details: { before, after } }, input.meta);
    return { ...current, roles: after };
  });
}
