import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { closeRefusal } from '../../core/pairs/safeguards.js';
import { concerns } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { concernView, type ConcernView } from './concern-view.js';
import { loadConcern } from './safeguard-access.js';

/** A program manager closes a concern; the thread stays readable to its readers. */
export async function closeConcern(deps: Deps, input: { actor: Actor; concernId: string }): Promise<ConcernView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const loaded = await loadConcern(tx, input.actor, input.concernId, 'manager', { lock: true });
    const refusal = closeRefusal(loaded.concern.status, 'manager');
    if (refusal) throw new AppError('conflict', refusal);
    const [concern] = await tx.update(concerns).set({ status: 'closed', closedAt: deps.now() }).where(eq(concerns.id, loaded.concern.id)).returning();
    return concernView(tx, { ...loaded, concern: concern ?? loaded.concern });
  });
}
