// Examples and edge cases for the exact solver; the brute-force properties live next door.
import { describe, expect, it } from 'vitest';
import { solve } from '../../../../src/core/matching/solver/solve.js';
import type { Edge, SolveInput } from '../../../../src/core/matching/types.js';

const base = (edges: Edge[], capacities: number[], menteeCount: number): SolveInput => ({
  mentorCount: capacities.length,
  menteeCount,
  capacities,
  edges,
  objective: 'coverage',
});

describe('solve', () => {
  it('handles empty inputs', () => {
    for (const objective of ['coverage', 'score'] as const) {
      for (const fair of [false, true]) {
        expect(solve({ mentorCount: 0, menteeCount: 0, capacities: [], edges: [], objective, fair })).toEqual({ pairs: [], total: 0, minPair: null, optimal: true, gap: 0 });
        expect(solve({ mentorCount: 3, menteeCount: 2, capacities: [1, 1, 1], edges: [], objective, fair }).pairs).toEqual([]);
      }
    }
  });

  it('pairs everyone it can when every score is zero (coverage), and nobody for nothing (score)', () => {
    const edges = [0, 1, 2].flatMap((m) => [0, 1, 2].map((j) => ({ mentor: m, mentee: j, score: 0 })));
    const coverage = solve(base(edges, [1, 1, 1], 3));
    expect(coverage).toMatchObject({ total: 0, minPair: 0, optimal: true, gap: 0 });
    expect(new Set(coverage.pairs.map(([m]) => m)).size).toBe(3);
    // A pair that adds nothing to the total is not made: score is the total, then the fewest pairs.
    expect(solve({ ...base(edges, [1, 1, 1], 3), objective: 'score' })).toEqual({ pairs: [], total: 0, minPair: null, optimal: true, gap: 0 });
  });

  it('never uses a mentor with capacity 0', () => {
    const edges = [
      { mentor: 0, mentee: 0, score: 9 },
      { mentor: 1, mentee: 0, score: 1 },
    ];
    const result = solve(base(edges, [0, 1], 1));
    expect(result.pairs).toEqual([[1, 0]]);
    expect(result.optimal).toBe(true);
  });

  it('puts coverage before total, and total before coverage for score', () => {
    // Mentor 0 can take one: alone with mentee 1 (10), or mentee 0 with mentor 0 and 1 with 1.
    const edges = [
      { mentor: 0, mentee: 0, score: 1 },
      { mentor: 0, mentee: 1, score: 10 },
      { mentor: 1, mentee: 0, score: 1 },
      { mentor: 2, mentee: 2, score: 3 },
      { mentor: 0, mentee: 2, score: 8 },
    ];
    expect(solve(base(edges, [1, 1, 1], 3))).toMatchObject({ pairs: [[0, 1], [1, 0], [2, 2]], total: 14 });
    expect(solve({ ...base(edges, [1, 1, 1], 3), objective: 'score' })).toMatchObject({ total: 14 });
    expect(solve({ ...base(edges, [1, 0, 1], 3), objective: 'score' })).toMatchObject({ pairs: [[0, 1], [2, 2]], total: 13 });
  });

  it('fair raises the weakest pair, then maximizes the total', () => {
    // Plain coverage: (0,0)=10 + (1,1)=1 = 11, min 1. Fair: (0,1)=5 + (1,0)=5 = 10, min 5.
    const edges = [
      { mentor: 0, mentee: 0, score: 10 },
      { mentor: 1, mentee: 1, score: 1 },
      { mentor: 0, mentee: 1, score: 5 },
      { mentor: 1, mentee: 0, score: 5 },
    ];
    expect(solve(base(edges, [1, 1], 2))).toMatchObject({ total: 11, minPair: 1 });
    expect(solve({ ...base(edges, [1, 1], 2), fair: true })).toMatchObject({ pairs: [[0, 1], [1, 0]], total: 10, minPair: 5, optimal: true });
  });

  it('keeps locked pairs even when they are not optimal', () => {
    const edges = [
      { mentor: 0, mentee: 0, score: 1 },
      { mentor: 0, mentee: 1, score: 9 },
      { mentor: 1, mentee: 1, score: 2 },
    ];
    const result = solve({ ...base(edges, [1, 1], 2), locked: [[0, 0]] });
    expect(result).toMatchObject({ pairs: [[0, 0], [1, 1]], total: 3, optimal: true });
  });

  it('rejects invalid locked pairs with a clear message', () => {
    const edges = [
      { mentor: 0, mentee: 0, score: 1 },
      { mentor: 0, mentee: 1, score: 1 },
      { mentor: 1, mentee: 0, score: 1 },
    ];
    const input = base(edges, [1, 1], 2);
    expect(() => solve({ ...input, locked: [[1, 1]] })).toThrow(/locked pair \(1,1\) is not an eligible edge/);
    expect(() => solve({ ...input, locked: [[0, 0], [1, 0]] })).toThrow(/mentee 0 is locked to more than one mentor/);
    expect(() => solve({ ...input, locked: [[0, 0], [0, 1]] })).toThrow(/mentor 0 over capacity 1/);
    expect(() => solve({ ...input, locked: [[5, 0]] })).toThrow(/not an eligible edge/);
  });

  it('rejects malformed input', () => {
    const ok = { mentor: 0, mentee: 0, score: 1 };
    expect(() => solve(base([ok, ok], [1], 1))).toThrow(/duplicate edge \(0,0\)/);
    expect(() => solve(base([{ ...ok, score: -1 }], [1], 1))).toThrow(/non-negative integer/);
    expect(() => solve(base([{ ...ok, score: 1.5 }], [1], 1))).toThrow(/non-negative integer/);
    expect(() => solve(base([{ ...ok, mentee: 3 }], [1], 1))).toThrow(/mentee 3 is out of range/);
    expect(() => solve({ ...base([ok], [1, 1], 1), mentorCount: 1 })).toThrow(/capacities has 2 entries for 1 mentors/);
    expect(() => solve(base([ok], [-1], 1))).toThrow(/capacity of mentor 0/);
    expect(() => solve({ ...base([ok], [1], 1), objective: 'best' as never })).toThrow(/unknown objective/);
  });

  it('refuses scores too large for exact arithmetic instead of rounding', () => {
    expect(() => solve(base([{ mentor: 0, mentee: 0, score: 2 ** 52 }], [1], 1))).toThrow(/too large for exact arithmetic/);
  });

  it('breaks ties the same way whatever the edge order', () => {
    const edges = [0, 1, 2, 3].flatMap((m) => [0, 1, 2].map((j) => ({ mentor: m, mentee: j, score: 4 })));
    const first = solve(base(edges, [1, 1, 1, 1], 3));
    expect(first).toMatchObject({ total: 12, optimal: true });
    expect(solve(base([...edges].reverse(), [1, 1, 1, 1], 3))).toEqual(first);
  });
});
