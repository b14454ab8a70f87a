// The learning curve: mean self-rated level (1–5) at start, midway and end, for both directions
// (seniors learning from juniors, juniors from seniors), per skill category and over all skills.
import {
  LEARNING_DIRECTIONS,
  LEARNING_PHASES,
  type LearningCurve,
  type LearningPhase,
  type LearningSeries,
  type WhoLearns,
} from './figures.js';
import { guard, round2 } from './privacy.js';
import { juniorSide, type ProgramMode, type Side } from '../pairs/safeguards.js';

export const ALL_SKILLS = 'All skills';

/** Ratings of one direction × category × phase, summed by the API; people = distinct raters. */
export interface LearningCell {
  direction: WhoLearns;
  category: string;
  phase: LearningPhase;
  sum: number;
  ratings: number;
  people: number;
}

/** The same over every category: its people are distinct raters across categories, not a sum. */
export type AllSkillsCell = Omit<LearningCell, 'category'>;

/** Who learns in a pair: the junior (by `juniorSide`) or the senior, from the learner's side. */
export function whoLearns(mode: ProgramMode, mentorLevel: number, menteeLevel: number, learnerSide: Side): WhoLearns {
  return juniorSide(mode, mentorLevel, menteeLevel) === learnerSide ? 'junior_learns' : 'senior_learns';
}

/** The learner's side for a check-in direction of src/core/pairs/checkins.ts. */
export function learnerSideOf(direction: 'mentor_learns' | 'mentee_learns'): Side {
  return direction === 'mentor_learns' ? 'mentor' : 'mentee';
}

type CellKey = string;
const keyOf = (direction: WhoLearns, category: string, phase: LearningPhase): CellKey =>
  JSON.stringify([direction, category, phase]);

function series(
  direction: WhoLearns,
  category: string,
  cells: ReadonlyMap<CellKey, Omit<LearningCell, 'direction' | 'category' | 'phase'>>,
): LearningSeries {
  return {
    direction,
    category,
    points: LEARNING_PHASES.map((phase) => {
      const c = cells.get(keyOf(direction, category, phase));
      // A phase nobody rated is a group of zero people: suppressed like any small group.
      return {
        phase,
        meanLevel: guard(c && c.ratings > 0 ? c.people : 0, () => round2((c?.sum ?? 0) / (c?.ratings ?? 1))),
      };
    }),
  };
}

/** Per direction: "All skills" first, then each category alphabetically; always three phases. */
export function learningCurve(cells: readonly LearningCell[], allSkills: readonly AllSkillsCell[] = []): LearningCurve {
  const byKey = new Map<CellKey, Omit<LearningCell, 'direction' | 'category' | 'phase'>>();
  const add = (d: WhoLearns, cat: string, ph: LearningPhase, c: { sum: number; ratings: number; people: number }) => {
    // A cell given twice is merged; its distinct people are then at least the larger count (a safe lower bound).
    const prev = byKey.get(keyOf(d, cat, ph));
    byKey.set(
      keyOf(d, cat, ph),
      prev
        ? { sum: prev.sum + c.sum, ratings: prev.ratings + c.ratings, people: Math.max(prev.people, c.people) }
        : { sum: c.sum, ratings: c.ratings, people: c.people },
    );
  };
  for (const c of cells) add(c.direction, c.category, c.phase, c);
  for (const c of allSkills) add(c.direction, ALL_SKILLS, c.phase, c);
  const categories = [...new Set(cells.map((c) => c.category))]
    .filter((c) => c !== ALL_SKILLS)
    .sort((a, b) => a.localeCompare(b));
  return {
    series: LEARNING_DIRECTIONS.flatMap((direction) => [
      series(direction, ALL_SKILLS, byKey),
      ...categories
        .filter((cat) => cells.some((c) => c.direction === direction && c.category === cat))
        .map((cat) => series(direction, cat, byKey)),
    ]),
  };
}
