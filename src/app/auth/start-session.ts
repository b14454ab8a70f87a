import { sessionExpiry } from '../../core/auth/session-policy.js';
import type { Tx } from '../../db/client.js';
import { sessions } from '../../db/schema.js';
import type { RequestMeta } from '../deps.js';
import { hashToken, newToken } from './tokens.js';

export interface NewSession {
  sessionId: string;
  csrfToken: string;
}

/** A fresh session id on every sign-in, so a planted id can never be promoted (fixation). */
export async function startSession(
  tx: Tx,
  user: { id: string; orgId: string },
  meta: RequestMeta,
  now: Date,
): Promise<NewSession> {
  const sessionId = newToken();
  const csrfToken = newToken();
  await tx.insert(sessions).values({
    idHash: hashToken(sessionId),
    orgId: user.orgId,
    userId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionExpiry(now),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { sessionId, csrfToken };
}
