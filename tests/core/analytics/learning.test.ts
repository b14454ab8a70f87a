import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEARNING_DIRECTIONS, LEARNING_PHASES } from '../../../src/core/analytics/figures.js';
import {
  ALL_SKILLS,
  learnerSideOf,
  learningCurve,
  whoLearns,
  type AllSkillsCell,
  type LearningCell,
} from '../../../src/core/analytics/learning.js';
import { guardedIn, isWellGuarded } from './guarded-walk.js';

const S = { suppressed: true, people: null, value: null };
const mean = (value: number, people: number) => ({ suppressed: false, people, value });

describe('whoLearns', () => {
  it('the junior learns when the learner is the junior side (juniorSide), else the senior', () => {
    // Reverse: the mentor is the junior, so a learning mentee is the senior.
    expect(whoLearns('reverse', 2, 7, 'mentee')).toBe('senior_learns');
    expect(whoLearns('reverse', 2, 7, 'mentor')).toBe('junior_learns');
    // Mutual: the lower level is the junior; the mentor at equal levels.
    expect(whoLearns('mutual', 6, 3, 'mentee')).toBe('junior_learns');
    expect(whoLearns('mutual', 6, 3, 'mentor')).toBe('senior_learns');
    expect(whoLearns('mutual', 4, 4, 'mentor')).toBe('junior_learns');
    expect(whoLearns('mutual', 4, 4, 'mentee')).toBe('senior_learns');
    expect(learnerSideOf('mentor_learns')).toBe('mentor');
    expect(learnerSideOf('mentee_learns')).toBe('mentee');
  });
});

describe('learningCurve', () => {
  it('one series per direction × category and an "All skills" series, means over ratings (hand-computed)', () => {
    const cells: LearningCell[] = [
      // 12 ratings summing to 25 by 6 people → 25 / 12 = 2.0833 → 2.08
      { direction: 'senior_learns', category: 'technology', phase: 'start', sum: 25, ratings: 12, people: 6 },
      // 10 ratings summing to 37 → 3.7
      { direction: 'senior_learns', category: 'technology', phase: 'end', sum: 37, ratings: 10, people: 5 },
      // 4 people → suppressed
      { direction: 'senior_learns', category: 'social_media', phase: 'start', sum: 8, ratings: 4, people: 4 },
      { direction: 'junior_learns', category: 'leadership', phase: 'midway', sum: 21, ratings: 7, people: 7 },
    ];
    const allSkills: AllSkillsCell[] = [
      // Distinct people across categories: 8, not 6 + 4. (25 + 8) / 16 = 2.0625 → 2.06
      { direction: 'senior_learns', phase: 'start', sum: 33, ratings: 16, people: 8 },
      { direction: 'senior_learns', phase: 'end', sum: 37, ratings: 10, people: 5 },
    ];
    const c = learningCurve(cells, allSkills);
    expect(c.series.map((s) => `${s.direction}/${s.category}`)).toEqual([
      'senior_learns/All skills',
      'senior_learns/social_media',
      'senior_learns/technology',
      'junior_learns/All skills',
      'junior_learns/leadership',
    ]);
    const points = (i: number) => c.series[i]!.points.map((p) => [p.phase, p.meanLevel]);
    expect(points(0)).toEqual([
      ['start', mean(2.06, 8)],
      ['midway', S],
      ['end', mean(3.7, 5)],
    ]);
    expect(points(1)).toEqual([
      ['start', S],
      ['midway', S],
      ['end', S],
    ]);
    expect(points(2)).toEqual([
      ['start', mean(2.08, 6)],
      ['midway', S],
      ['end', mean(3.7, 5)],
    ]);
    // No "all skills" cells given for juniors: that series is suppressed, not summed from categories.
    expect(points(3)).toEqual([
      ['start', S],
      ['midway', S],
      ['end', S],
    ]);
    expect(points(4)).toEqual([
      ['start', S],
      ['midway', mean(3, 7)],
      ['end', S],
    ]);
  });

  it('property: every mean is for ≥ 5 people or suppressed, and lies within 1–5', () => {
    const cell = fc
      .record({
        direction: fc.constantFrom(...LEARNING_DIRECTIONS),
        category: fc.constantFrom('technology', 'social_media', 'leadership'),
        phase: fc.constantFrom(...LEARNING_PHASES),
        ratings: fc.integer({ min: 0, max: 20 }),
        people: fc.integer({ min: 0, max: 10 }),
        level: fc.integer({ min: 1, max: 5 }),
      })
      .map(({ level, ...c }) => ({ ...c, sum: c.ratings * level }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 20 }), (cells) => {
        const c = learningCurve(
          cells,
          cells.map((x) => ({
            direction: x.direction,
            phase: x.phase,
            sum: x.sum,
            ratings: x.ratings,
            people: x.people,
          })),
        );
        for (const g of guardedIn(c)) {
          expect(isWellGuarded(g)).toBe(true);
          if (!g.suppressed) expect(g.value as number).toBeGreaterThanOrEqual(1);
          if (!g.suppressed) expect(g.value as number).toBeLessThanOrEqual(5);
        }
        expect(c.series.filter((s) => s.category === ALL_SKILLS)).toHaveLength(2);
      }),
    );
  });
});
