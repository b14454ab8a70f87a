// The solver against brute force on small random instances, for every objective and fair mode:
// the result must be feasible, certified, and equal the reference optimum on every level of the
// documented lexicographic objective.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve } from '../../../../src/core/matching/solver/solve.js';
import type { Objective } from '../../../../src/core/matching/types.js';
import { describe as describePairs, reference } from './brute-force.js';
import { assertFeasible, instanceArb } from './instances.js';

const modes: Array<[Objective, boolean]> = [
  ['score', false],
  ['coverage', false],
  ['score', true],
  ['coverage', true],
];

describe.each(modes)('solve(%s, fair=%s) against brute force', (objective, fair) => {
  it('is feasible, certified and optimal on every level', () => {
    fc.assert(
      fc.property(instanceArb(objective, fair), (input) => {
        const result = solve(input);
        const got = describePairs(assertFeasible(input, result));
        const { optimum, floor } = reference(input);
        expect(result.optimal).toBe(true);
        expect(result.gap).toBe(0);
        expect({ card: got.card, total: got.total }).toEqual({ card: optimum.card, total: optimum.total });
        if (fair && floor !== null) {
          // Coverage: the minimum is exactly the floor; score: never below it.
          if (objective === 'coverage') expect(got.minPair).toBe(floor);
          else expect(got.minPair ?? Infinity).toBeGreaterThanOrEqual(floor);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result for any order of edges and locked pairs', () => {
    fc.assert(
      fc.property(instanceArb(objective, fair), fc.integer(), (input, seed) => {
        const shuffled = { ...input, edges: shuffle(input.edges, seed), locked: shuffle(input.locked ?? [], seed + 1) };
        expect(solve(shuffled)).toEqual(solve(input));
      }),
      { numRuns: 200 },
    );
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let s = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
