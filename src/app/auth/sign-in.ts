import { eq } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import { users } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { verifyPassword } from './passwords.js';
import { hitRateLimit, LOGIN_LIMITS, resetRateLimit } from './rate-limit.js';
import { loadSignedInUser, type SignedInUser } from './signed-in-user.js';
import { startSession, type NewSession } from './start-session.js';

export interface SignInInput {
  email: string;
  password: string;
  meta: RequestMeta;
}

const INVALID = 'The email or password is not correct.';

export async function signIn(deps: Deps, input: SignInInput): Promise<NewSession & { user: SignedInUser }> {
  const email = input.email.trim().toLowerCase();
  const now = deps.now();
  // Limits are checked before any hashing, so a flood of attempts cannot burn the CPU.
  await checkLimits(deps, email, input.meta, now);
  const user = await deps.db.system(async (tx) => (await tx.select().from(users).where(eq(users.email, email)))[0]);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.status !== 'active') {
    // Recorded in its own transaction: the failure must be logged even though we then refuse.
    await deps.db.system((tx) =>
      recordAudit(tx, { orgId: user?.orgId ?? null, actor: null, action: 'authn_login_fail', target: email }, input.meta),
    );
    throw new AppError('invalid_credentials', INVALID);
  }
  return deps.db.system(async (tx) => {
    await resetRateLimit(tx, `login:account:${email}`);
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    const session = await startSession(tx, user, input.meta, now);
    const actor = { userId: user.id, email: user.email };
    await recordAudit(tx, { orgId: user.orgId, actor, action: 'authn_login_success', target: user.email }, input.meta);
    const signedIn = await loadSignedInUser(tx, user.id);
    if (!signedIn) throw new AppError('invalid_credentials', INVALID);
    return { ...session, user: signedIn };
  });
}

async function checkLimits(deps: Deps, email: string, meta: RequestMeta, now: Date): Promise<void> {
  const blocked = await deps.db.system(async (tx) => {
    const ipOk = await hitRateLimit(tx, `login:ip:${meta.ip ?? 'unknown'}`, LOGIN_LIMITS.perIp, now);
    const accountOk = await hitRateLimit(tx, `login:account:${email}`, LOGIN_LIMITS.perAccount, now);
    if (!ipOk || !accountOk) {
      await recordAudit(tx, { orgId: null, actor: null, action: 'authn_login_lock', target: email, details: { ip: !ipOk, account: !accountOk } }, meta);
    }
    return !ipOk || !accountOk;
  });
  if (blocked) throw new AppError('rate_limited', 'Too many sign-in attempts. Wait a few minutes and try again.');
}
