import { eq } from 'drizzle-orm';
import { isSessionLive, needsTouch } from '../../core/auth/session-policy.js';
import type { Actor } from '../../core/auth/roles.js';
import { sessions } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { loadSignedInUser, type SignedInUser } from './signed-in-user.js';
import { hashToken } from './tokens.js';

export interface ResolvedSession {
  actor: Actor;
  user: SignedInUser;
  csrfToken: string;
}

/** The session behind a cookie, or null if it is unknown, expired or its user is deactivated. */
export async function resolveSession(deps: Deps, sessionId: string): Promise<ResolvedSession | null> {
  const idHash = hashToken(sessionId);
  const now = deps.now();
  return deps.db.system(async (tx) => {
    const [session] = await tx.select().from(sessions).where(eq(sessions.idHash, idHash));
    if (!session) return null;
    if (!isSessionLive(session, now)) {
      await tx.delete(sessions).where(eq(sessions.idHash, idHash));
      return null;
    }
    const user = await loadSignedInUser(tx, session.userId);
    if (!user) return null;
    if (needsTouch(session, now)) {
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
    }
    return {
      actor: { orgId: user.org.id, userId: user.id, email: user.email, roles: user.roles },
      user,
      csrfToken: session.csrfToken,
    };
  });
}
