import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { deleteRefusal } from '../../core/pairs/goals.js';
import { goals } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { goalOfPair } from './goal-store.js';
import { memberOf } from './pair-membership.js';

/** A goal written by mistake: its learner deletes it while nothing is tracked on it; otherwise it is dropped, not deleted. */
export async function deleteGoal(deps: Deps, input: { actor: Actor; pairId: string; goalId: string }): Promise<void> {
  await deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const goal = await goalOfPair(tx, m, input.goalId, { lock: true });
    if (!goal) throw notFound('Goal');
    const refusal = deleteRefusal(goal, m.side, goal.learnerSide);
    if (refusal) throw new AppError(refusal.kind, refusal.message);
    await tx.delete(goals).where(eq(goals.id, goal.id));
  });
}
