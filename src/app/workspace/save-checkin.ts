import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { ratingProblems, saveRefusal, utcDate, type CheckinPhase, type RatingInput } from '../../core/pairs/checkins.js';
import { skillCheckins } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { checkinView, learningOf, programSkillRows, windowsOf, type CheckinView } from './checkin-view.js';
import { memberOf } from './pair-membership.js';

/**
 * A member rates their own level on the skills they are learning, for the phase that is open
 * today. Saving again in the same window changes the rating and keeps the partner's observation.
 */
export async function saveCheckin(deps: Deps, input: { actor: Actor; pairId: string; phase: CheckinPhase; ratings: RatingInput[] }): Promise<CheckinView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const keys = (await programSkillRows(tx, m.program.id)).map((s) => s.key);
    const mine = await tx.select().from(skillCheckins).where(and(eq(skillCheckins.orgId, m.pair.orgId), eq(skillCheckins.pairId, m.pair.id), eq(skillCheckins.personId, m.personId)));
    const learning = new Set(await learningOf(tx, m.pair.orgId, m.personId, keys, mine));
    const { problems, clean } = ratingProblems(input.ratings, learning);
    if (problems.length) throw new AppError('validation_failed', `${problems[0]?.path}: ${problems[0]?.message}`, { fields: problems });
    const refusal = saveRefusal(windowsOf(m.pair, m.program), input.phase, utcDate(deps.now()));
    if (refusal) throw new AppError('conflict', refusal);
    const now = deps.now();
    await tx
      .insert(skillCheckins)
      .values(clean.map((r) => ({ orgId: m.pair.orgId, pairId: m.pair.id, personId: m.personId, skillKey: r.skillKey, phase: input.phase, level: r.level, evidence: r.evidence, createdAt: now, updatedAt: now })))
      .onConflictDoUpdate({
        target: [skillCheckins.pairId, skillCheckins.personId, skillCheckins.skillKey, skillCheckins.phase],
        set: { level: sql`excluded.level`, evidence: sql`excluded.evidence`, updatedAt: now },
      });
    return checkinView(deps, tx, m);
  });
}
