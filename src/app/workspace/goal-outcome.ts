import { AppError } from '../../core/errors.js';
import type { GoalFields, GoalOutcome } from '../../core/pairs/goals.js';

/** The goal of a rule's outcome, or the error it names (400 with fields, or 403). */
export function outcomeGoal(outcome: GoalOutcome): GoalFields {
  if (outcome.kind === 'ok') return outcome.goal;
  if (outcome.kind === 'forbidden') throw new AppError('forbidden', outcome.message);
  const [first] = outcome.problems;
  throw new AppError('validation_failed', `${first?.path}: ${first?.message}`, { fields: outcome.problems });
}
