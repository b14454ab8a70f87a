import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { newGoal, type GoalInput } from '../../core/pairs/goals.js';
import { goals } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { itemOf, windowOf, type GoalItem } from './goal-store.js';
import { outcomeGoal } from './goal-outcome.js';
import { memberOf } from './pair-membership.js';

/** A member writes what THEY want to learn from the other: the goal's learner is always its author. */
export async function createGoal(deps: Deps, input: { actor: Actor; pairId: string; goal: GoalInput }): Promise<GoalItem> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const goal = outcomeGoal(newGoal(input.goal, windowOf(m)));
    const now = deps.now();
    const [row] = await tx
      .insert(goals)
      .values({ orgId: m.pair.orgId, pairId: m.pair.id, learnerSide: m.side, authorPersonId: m.personId, ...goal, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new AppError('internal', 'The goal was not saved.');
    return itemOf(tx, m, row);
  });
}
