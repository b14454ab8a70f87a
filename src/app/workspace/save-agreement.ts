import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { saveTarget, sectionProblems, type AgreementSections } from '../../core/pairs/agreement.js';
import { agreementVersions } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { agreementHistory, asVersion } from './agreement-store.js';
import { agreementView, type AgreementView } from './get-agreement.js';
import { memberOf } from './pair-membership.js';

/** Either member writes the text; once anyone has signed, a change is a new version to sign again. */
export async function saveAgreement(deps: Deps, input: { actor: Actor; pairId: string; sections: AgreementSections }): Promise<AgreementView> {
  const problems = sectionProblems(input.sections);
  if (problems.length) throw new AppError('validation_failed', `${problems[0]?.path}: ${problems[0]?.message}`, { fields: problems });
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    // The pair's row lock serializes the two members' saves and signatures.
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const [latest] = await agreementHistory(tx, m.pair.id);
    const target = saveTarget(latest ? asVersion(latest) : null);
    const now = deps.now();
    const sections = input.sections as unknown as Record<string, unknown>;
    if (target.kind === 'edit' && latest) {
      await tx.update(agreementVersions).set({ sections, editedByPersonId: m.personId, updatedAt: now }).where(eq(agreementVersions.id, latest.id));
    } else {
      await tx.insert(agreementVersions).values({ orgId: m.pair.orgId, pairId: m.pair.id, version: target.version, sections, editedByPersonId: m.personId, createdAt: now, updatedAt: now });
    }
    return agreementView(deps, tx, m);
  });
}
