import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { updateGoal as applyPatch, type GoalPatch } from '../../core/pairs/goals.js';
import { goals } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { fieldsOf, goalOfPair, itemOf, windowOf, type GoalItem } from './goal-store.js';
import { outcomeGoal } from './goal-outcome.js';
import { memberOf } from './pair-membership.js';

/** Both members track a goal (milestones, progress, status); only its learner changes what it is and the share flag. */
export async function updateGoal(deps: Deps, input: { actor: Actor; pairId: string; goalId: string; patch: GoalPatch }): Promise<GoalItem> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    // The pair's row lock serializes the two members' changes.
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const current = await goalOfPair(tx, m, input.goalId, { lock: true });
    if (!current) throw notFound('Goal');
    const goal = outcomeGoal(applyPatch(fieldsOf(current), input.patch, { editor: m.side, learner: current.learnerSide, window: windowOf(m) }));
    const [row] = await tx.update(goals).set({ ...goal, updatedAt: deps.now() }).where(eq(goals.id, current.id)).returning();
    if (!row) throw new AppError('internal', 'The goal was not saved.');
    return itemOf(tx, m, row);
  });
}
