import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapBucket, reach, type ReachPair } from '../../../src/core/analytics/reach.js';
import { guardedIn, isWellGuarded } from './guarded-walk.js';

const S = { suppressed: true, people: null, value: null };
let seq = 0;
/** Two people no other pair has: these fixtures count 2 people per pair. */
const nextMembers = (): [string, string] => [`p${++seq}`, `p${++seq}`];
const p = (
  crossDepartment: boolean,
  levelGap: number,
  generationA: string | null = null,
  generationB: string | null = null,
): ReachPair => ({ members: nextMembers(), crossDepartment, levelGap, generationA, generationB });

describe('reach', () => {
  it('pairs, cross-department share, level gaps (≥ 6 as 6) and cross-generation share (hand-computed)', () => {
    const pairs = [
      p(true, 0, 'gen_z', 'gen_x'),
      p(true, 0, 'gen_z', 'boomer'),
      p(true, 0, 'millennial', 'gen_x'),
      p(true, 2, 'gen_z', 'gen_z'),
      p(true, 2, 'millennial', 'millennial'),
      p(true, 2, 'gen_x', 'gen_x'),
      p(false, 2, 'gen_z', 'gen_x'),
      p(false, 7),
      p(false, 9, 'gen_z', null),
      p(false, 1),
    ];
    const r = reach(pairs);
    // 10 pairs = 20 people.
    expect(r.pairs).toEqual({ suppressed: false, people: 20, value: 10 });
    // Cross 6, not 4: parts 12 and 8 people, both showable → 6/10 = 0.6 over 20 people.
    expect(r.crossDepartment).toEqual({ suppressed: false, people: 20, value: { count: 6, share: 0.6 } });
    // Gaps: 0 → 3 pairs (6 people) shown; 1 → 1; 2 → 4 (8 people) shown; 6 → 2 (7 and 9). The
    // withheld buckets hold 10 − 7 = 3 pairs together (6 people, showable), and 3 < 2 × 5 buckets,
    // so no withheld bucket is pinned.
    expect(r.levelGaps).toEqual([
      { gap: 0, pairs: { suppressed: false, people: 6, value: 3 } },
      { gap: 1, pairs: S },
      { gap: 2, pairs: { suppressed: false, people: 8, value: 4 } },
      { gap: 3, pairs: S },
      { gap: 4, pairs: S },
      { gap: 5, pairs: S },
      { gap: 6, pairs: S },
    ]);
    // Known bands in 7 pairs; 4 cross, 3 same, 3 unknown: parts 8, 6, 6 people → 4/7 = 0.5714 over 14 people.
    expect(r.crossGeneration).toEqual({ suppressed: false, people: 14, value: { count: 4, share: 0.5714, known: 7 } });
  });

  it('a share is withheld when one of its parts is a small group (it could be found by subtraction)', () => {
    // 8 pairs, 7 cross-department: the other part is 1 pair = 2 people.
    const r = reach([...Array.from({ length: 7 }, () => p(true, 1, 'a', 'b')), p(false, 1, 'a', 'a')]);
    expect(r.crossDepartment).toEqual(S);
    // All 8 in the same department is fine (the other part is empty): 0 cross-department.
    expect(reach(Array.from({ length: 8 }, () => p(false, 1))).crossDepartment).toEqual({
      suppressed: false,
      people: 16,
      value: { count: 0, share: 0 },
    });
    // Cross-generation 7 of 8 known: the same-band part is 1 pair → withheld.
    expect(r.crossGeneration).toEqual(S);
  });

  it('withholds another level-gap bucket when the withheld ones would add up to a small group', () => {
    // 12 pairs: gap 0 → 10 (shown alone), gap 3 → 2. Withheld total = 12 − 10 = 2 pairs = 4 people → gap 0 withheld too.
    const r = reach([...Array.from({ length: 10 }, () => p(false, 0)), p(false, 3), p(false, 3)]);
    expect(r.levelGaps.every((g) => g.pairs.suppressed)).toBe(true);
    // Buckets 3 (shown) and 2,2,2,2,2,2: the six withheld hold 12 pairs = 2 each at most → pinned → withhold 3 too.
    const full = reach(
      [0, 1, 2, 4, 5, 6].flatMap((g) => [p(false, g), p(false, g)]).concat([3, 3, 3].map((g) => p(false, g))),
    );
    expect(full.levelGaps.every((g) => g.pairs.suppressed)).toBe(true);
    expect(gapBucket(-1)).toBe(0);
    expect(gapBucket(6)).toBe(6);
    expect(gapBucket(11)).toBe(6);
  });

  it('property: every figure ≥ 5 people or suppressed; the withheld buckets never add up to a small group', () => {
    const arb = fc.array(
      fc.record({
        members: fc.tuple(fc.uuid(), fc.uuid()),
        crossDepartment: fc.boolean(),
        levelGap: fc.integer({ min: 0, max: 9 }),
        generationA: fc.option(fc.constantFrom('a', 'b')),
        generationB: fc.option(fc.constantFrom('a', 'b')),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (pairs) => {
        const r = reach(pairs);
        for (const g of guardedIn(r)) expect(isWellGuarded(g)).toBe(true);
        const shownSum = r.levelGaps.reduce((n, g) => n + (g.pairs.value ?? 0), 0);
        const residual = pairs.length - shownSum;
        if (r.levelGaps.some((g) => !g.pairs.suppressed)) expect(residual === 0 || 2 * residual >= 5).toBe(true);
        if (!r.crossDepartment.suppressed) {
          const rest = pairs.length - r.crossDepartment.value.count;
          expect(rest === 0 || 2 * rest >= 5).toBe(true);
        }
      }),
    );
  });
});
