import { and, eq } from 'drizzle-orm';
import { agreementState } from '../../core/pairs/agreement.js';
import { pairs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notifyMany } from '../notifications/notify.js';
import { partnerNames, programOf } from '../pairs/pair-events.js';
import { agreementHistory, asVersion } from './agreement-store.js';

/**
 * A week after matching, a pair whose agreement is not signed by both is reminded — once, and
 * only while the pair is still active. Returns whether a reminder went out.
 */
export async function remindUnsignedAgreement(deps: Deps, input: { orgId: string; pairId: string }): Promise<boolean> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const [pair] = await tx.select().from(pairs).where(and(eq(pairs.orgId, input.orgId), eq(pairs.id, input.pairId)));
    if (!pair || pair.status !== 'active') return false;
    const [latest] = await agreementHistory(tx, pair.id);
    if (agreementState(latest ? asVersion(latest) : null) === 'signed') return false;
    const program = await programOf(tx, pair);
    const names = await partnerNames(tx, pair);
    const message = (partnerName: string) => ({ kind: 'agreement_unsigned', programName: program.name, partnerName, pairId: pair.id }) as const;
    await notifyMany(deps, tx, input.orgId, [
      { personId: pair.mentorPersonId, message: message(names.mentee) },
      { personId: pair.menteePersonId, message: message(names.mentor) },
    ]);
    return true;
  });
}
