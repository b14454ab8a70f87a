import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { mayObserve, observationProblem } from '../../core/pairs/checkins.js';
import { skillCheckins } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { checkinView, type CheckinView } from './checkin-view.js';
import { memberOf } from './pair-membership.js';

/**
 * The partner adds (or changes, or with an empty text removes) an observation on a rating. Both
 * members see it — the person rated included: nothing here is a rating they cannot see.
 */
export async function observeCheckin(deps: Deps, input: { actor: Actor; pairId: string; checkinId: string; observation: string }): Promise<CheckinView> {
  const problem = observationProblem(input.observation);
  if (problem) throw new AppError('validation_failed', `${problem.path}: ${problem.message}`, { fields: [problem] });
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const [row] = await tx.select().from(skillCheckins).where(and(eq(skillCheckins.orgId, m.pair.orgId), eq(skillCheckins.pairId, m.pair.id), eq(skillCheckins.id, input.checkinId)));
    if (!row) throw notFound('Check-in');
    if (!mayObserve({ viewerPersonId: m.personId, raterPersonId: row.personId, memberPersonIds: [m.pair.mentorPersonId, m.pair.menteePersonId] })) {
      throw new AppError('forbidden', 'Only your partner can add an observation to your rating.');
    }
    const text = input.observation.trim();
    await tx
      .update(skillCheckins)
      .set({ partnerObservation: text === '' ? null : text, observedAt: text === '' ? null : deps.now() })
      .where(eq(skillCheckins.id, row.id));
    return checkinView(deps, tx, m);
  });
}
