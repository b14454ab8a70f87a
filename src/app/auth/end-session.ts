import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { hashToken } from './tokens.js';

/** Ends a session the browser still carries when another login replaces it in that browser. */
export async function endSession(deps: Deps, sessionId: string): Promise<void> {
  await deps.db.system((tx) => tx.delete(sessions).where(eq(sessions.idHash, hashToken(sessionId))));
}
