// Checks on a matching run's input that the engine relies on (issue 3). Pure: no I/O.
import { AppError, type RowProblem } from '../errors.js';
import { scorePair, type ScoringWeights } from './score.js';
import type { MatchRules, Participant } from './types.js';

/** Refuses two participants with the same id, naming each repeat's row. */
export function checkDistinctIds(participants: readonly Participant[]): void {
  const seen = new Set<string>();
  const rows: RowProblem[] = [];
  participants.forEach((p, i) => {
    if (seen.has(p.id)) rows.push({ row: i + 1, column: 'id', message: `duplicate id "${p.id}"` });
    seen.add(p.id);
  });
  if (rows.length) throw new AppError('validation_failed', 'Every participant needs a distinct id.', { rows });
}

/** Locked pairs by index with their scores; refuses unknown ids, a mentee locked twice, and a mentor over capacity. */
export function lockedPairIndices(
  rules: MatchRules,
  mentors: readonly Participant[],
  mentees: readonly Participant[],
  capacities: readonly number[],
  weights: ScoringWeights,
): Array<readonly [number, number, number]> {
  const mentorAt = new Map(mentors.map((p, i) => [p.id, i]));
  const menteeAt = new Map(mentees.map((p, i) => [p.id, i]));
  const rows: RowProblem[] = [];
  const load = new Map<number, number>();
  const taken = new Set<number>();
  const out: Array<readonly [number, number, number]> = [];
  rules.lockedPairs.forEach(([mentorId, menteeId], i) => {
    const row = i + 1;
    const m = mentorAt.get(mentorId);
    const j = menteeAt.get(menteeId);
    if (m === undefined) rows.push({ row, column: 'mentor', message: `"${mentorId}" is not a mentor of this run` });
    if (j === undefined) rows.push({ row, column: 'mentee', message: `"${menteeId}" is not a mentee of this run` });
    if (m === undefined || j === undefined) return;
    if (taken.has(j))
      return void rows.push({ row, column: 'mentee', message: `"${menteeId}" is locked to more than one mentor` });
    taken.add(j);
    load.set(m, (load.get(m) ?? 0) + 1);
    if ((load.get(m) as number) > (capacities[m] as number))
      rows.push({
        row,
        column: 'mentor',
        message: `"${mentorId}" has more locked pairs than its capacity (${capacities[m]})`,
      });
    out.push([m, j, scorePair(mentors[m] as Participant, mentees[j] as Participant, rules, weights)]);
  });
  if (rows.length)
    throw new AppError(
      'validation_failed',
      `The locked pairs have ${rows.length} problem${rows.length === 1 ? '' : 's'}.`,
      { rows },
    );
  return out;
}
