import type { Actor } from '../../core/auth/roles.js';
import { agreementState, draftAgreement, type AgreementSections, type AgreementState } from '../../core/pairs/agreement.js';
import type { Deps } from '../deps.js';
import { agreementHistory, type AgreementRow } from './agreement-store.js';
import type { Tx } from '../../db/client.js';
import { memberOf, type Membership } from './pair-membership.js';

export interface AgreementView {
  state: AgreementState;
  /** The current text, or a suggested first draft when there is none yet. */
  sections: AgreementSections;
  version: number | null;
  mySide: 'mentor' | 'mentee';
  history: AgreementRow[];
}

/** The pair's agreement, for its two members only. */
export async function getAgreement(deps: Deps, input: { actor: Actor; pairId: string }): Promise<AgreementView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => agreementView(deps, tx, await memberOf(tx, input.actor, input.pairId)));
}

/** The view for a member already checked, in the caller's transaction (also after a save or a signature). */
export async function agreementView(deps: Deps, tx: Tx, m: Membership): Promise<AgreementView> {
  const history = await agreementHistory(tx, m.pair.id);
  const latest = history[0];
  const suggested = draftAgreement({
    cadenceDays: m.program.cadenceDays,
    meetingMinutes: m.program.meetingMinutes,
    programEndDate: m.program.endDate,
    matchedSkills: m.pair.explanation.parts.flatMap((p) => (p.points > 0 && p.skill ? [p.skill] : [])),
    today: deps.now().toISOString().slice(0, 10),
  });
  return {
    state: agreementState(latest ?? null),
    sections: latest ? (latest.sections as unknown as AgreementSections) : suggested,
    version: latest?.version ?? null,
    mySide: m.side,
    history,
  };
}
