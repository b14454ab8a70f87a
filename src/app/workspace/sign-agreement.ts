import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { signRefusal } from '../../core/pairs/agreement.js';
import { agreementVersions } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { agreementHistory, asVersion } from './agreement-store.js';
import { agreementView, type AgreementView } from './get-agreement.js';
import { memberOf } from './pair-membership.js';

/** Signing is an explicit act on a named version, with a timestamp. */
export async function signAgreement(deps: Deps, input: { actor: Actor; pairId: string; version: number }): Promise<AgreementView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const [latest] = await agreementHistory(tx, m.pair.id);
    const refusal = signRefusal(latest ? asVersion(latest) : null, m.side, input.version);
    if (refusal || !latest) throw new AppError('conflict', refusal ?? 'Nothing to sign.');
    await tx.update(agreementVersions).set(m.side === 'mentor' ? { mentorSignedAt: deps.now() } : { menteeSignedAt: deps.now() }).where(eq(agreementVersions.id, latest.id));
    return agreementView(deps, tx, m);
  });
}
