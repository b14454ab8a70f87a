import { eq } from 'drizzle-orm';
import { offerExpired } from '../../core/programs/pair-response.js';
import { pairs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { afterPairClosed, programOf } from './pair-events.js';

/** At the response deadline: an offer not accepted by both expires. Idempotent. */
export async function expireOffer(deps: Deps, job: { orgId: string; pairId: string }): Promise<boolean> {
  return deps.db.tenant(job.orgId, async (tx) => {
    const [pair] = await tx.select().from(pairs).where(eq(pairs.id, job.pairId)).for('update');
    if (!pair || !offerExpired(pair, deps.now())) return false;
    await tx.update(pairs).set({ status: 'expired', endedAt: deps.now() }).where(eq(pairs.id, pair.id));
    await afterPairClosed(deps, tx, await programOf(tx, pair), pair, 'expired');
    return true;
  });
}
