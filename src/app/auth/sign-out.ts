import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { sessions } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { hashToken } from './tokens.js';

/** Ends the session on the server: the cookie alone is worthless afterwards. */
export async function signOut(deps: Deps, input: { actor: Actor; sessionId: string; meta: RequestMeta }): Promise<void> {
  await deps.db.tenant(input.actor.orgId, async (tx) => {
    await tx.delete(sessions).where(eq(sessions.idHash, hashToken(input.sessionId)));
    const actor = { userId: input.actor.userId, email: input.actor.email };
    await recordAudit(tx, { orgId: input.actor.orgId, actor, action: 'authn_logout', target: input.actor.email }, input.meta);
  });
}
