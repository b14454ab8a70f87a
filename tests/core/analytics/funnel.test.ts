import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNNEL_STAGES, type FunnelStage } from '../../../src/core/analytics/figures.js';
import { funnel, shownStages } from '../../../src/core/analytics/funnel.js';
import { guardedIn, isWellGuarded } from './guarded-walk.js';

const S = { suppressed: true, people: null, value: null };
const shown = (n: number, people = n) => ({ suppressed: false, people, value: n });
const input = (counts: number[]) =>
  Object.fromEntries(FUNNEL_STAGES.map((s, i) => [s, counts[i] ?? 0])) as Record<FunnelStage, number>;

describe('funnel', () => {
  it('shows counts, drop-offs and conversions, with complementary suppression (hand-computed)', () => {
    // invited 100, applied 98, approved 90, trained 90, matched 60, active 58, completed 3.
    // Primary: completed 3 < 5 → withheld. Complementary, against the last shown count:
    //   applied 98: 100 − 98 = 2 (a small group) → withheld;
    //   approved 90: 100 − 90 = 10 → shown;  trained 90: 90 − 90 = 0 → shown;
    //   matched 60: 90 − 60 = 30 → shown;    active 58: 60 − 58 = 2 → withheld.
    // Drop-off and conversion only where both counts are shown: trained (drop 0 → no group,
    // suppressed; conversion 90/90 = 1) and matched (drop 30; conversion 60/90 = 0.6667).
    const f = funnel(input([100, 98, 90, 90, 60, 58, 3]));
    expect(f.steps.map((s) => s.stage)).toEqual([...FUNNEL_STAGES]);
    expect(f.steps).toEqual([
      { stage: 'invited', reached: shown(100), dropOff: null, conversion: null },
      { stage: 'applied', reached: S, dropOff: S, conversion: S },
      { stage: 'approved', reached: shown(90), dropOff: S, conversion: S },
      { stage: 'trained', reached: shown(90), dropOff: S, conversion: shown(1, 90) },
      { stage: 'matched', reached: shown(60), dropOff: shown(30), conversion: shown(0.6667, 90) },
      { stage: 'active', reached: S, dropOff: S, conversion: S },
      { stage: 'completed', reached: S, dropOff: S, conversion: S },
    ]);
  });

  it('withholds successive counts until the gap to the last shown one is showable', () => {
    // 100 shown; 98 (gap 2), 96 (gap 4) withheld; 95 (gap 5) shown; 1 and 0 under five.
    expect(shownStages([100, 98, 96, 95, 1, 0, 0])).toEqual([true, false, false, true, false, false, false]);
  });

  it('a small first stage hides the whole funnel', () => {
    expect(funnel(input([4, 4, 3, 2, 1, 1, 0])).steps.every((s) => s.reached.suppressed)).toBe(true);
  });

  it('cleans up counts that grow along the funnel (a later stage implies the earlier ones)', () => {
    // applied 12 > invited 10 → taken as 10; negative or fractional counts become whole and ≥ 0.
    const f = funnel(input([10, 12, 9.7, -3, 0, 0, 0]));
    expect(f.steps[1]!.reached).toEqual(shown(10));
    expect(f.steps[1]!.conversion).toEqual(shown(1, 10));
    expect(f.steps[2]!.reached).toEqual(S); // 9 is only 1 below 10
    expect(f.steps[3]!.reached).toEqual(S);
  });

  const chain = fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 6, maxLength: 6 }))
    .map(([top, drops]) => {
      const counts = [top];
      for (const d of drops) counts.push(Math.max(0, (counts[counts.length - 1] ?? 0) - d));
      return counts;
    });

  it('property: every figure is for ≥ 5 people or suppressed with no value', () => {
    fc.assert(fc.property(chain, (counts) => guardedIn(funnel(input(counts))).every(isWellGuarded)));
  });

  it('property: no suppressed number can be recovered from the shown ones', () => {
    fc.assert(
      fc.property(chain, (counts) => {
        const f = funnel(input(counts));
        const reached = f.steps.map((s) => (s.reached.suppressed ? null : s.reached.value));
        const shownIdx = reached.flatMap((r, i) => (r === null ? [] : [i]));
        // 1. Any two shown counts differ by nothing or by a showable group.
        for (const a of shownIdx)
          for (const b of shownIdx) {
            const d = Math.abs((reached[a] ?? 0) - (reached[b] ?? 0));
            expect(d === 0 || d >= 5).toBe(true);
          }
        // 2. A shown drop-off or conversion only sits between two shown counts, and equals what they give.
        f.steps.forEach((s, i) => {
          if (i === 0) return;
          const both = reached[i - 1] !== null && reached[i] !== null;
          if (s.dropOff && !s.dropOff.suppressed) {
            expect(both).toBe(true);
            expect(s.dropOff.value).toBe((reached[i - 1] ?? 0) - (reached[i] ?? 0));
          }
          if (s.conversion && !s.conversion.suppressed) expect(both).toBe(true);
          // 3. A drop-off of 1–4 people is never the difference of two shown counts.
          const drop = (counts[i - 1] ?? 0) - (counts[i] ?? 0);
          if (drop > 0 && drop < 5) expect(both).toBe(false);
        });
        // 4. A withheld count is not pinned: the shown counts around it leave more than one value.
        reached.forEach((r, i) => {
          if (r !== null) return;
          const above = reached
            .slice(0, i)
            .filter((x): x is number => x !== null)
            .at(-1);
          const below = reached.slice(i + 1).find((x): x is number => x !== null) ?? 0;
          if (above !== undefined) expect(above).toBeGreaterThan(below);
        });
      }),
    );
  });
});
