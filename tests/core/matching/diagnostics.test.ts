import { describe, expect, it } from 'vitest';
import { countBlockingPairs, scoreDistribution } from '../../../src/core/matching/diagnostics.js';

describe('score distribution', () => {
  it('gives nearest-rank quantiles and the mean', () => {
    expect(scoreDistribution([40, 10, 30, 20])).toEqual({ count: 4, min: 10, p25: 10, median: 20, p75: 30, max: 40, mean: 25 });
  });
  it('is empty for no pairs', () => {
    expect(scoreDistribution([]).min).toBeNull();
  });
});

describe('blocking pairs', () => {
  // Mentor 0 and mentor 1, mentees 0 and 1. Total-optimal: (0,1)+(1,0) = 9+9 = 18 beats (0,0)+(1,1) = 10+1.
  const edges = [
    { mentor: 0, mentee: 0, score: 10 },
    { mentor: 0, mentee: 1, score: 9 },
    { mentor: 1, mentee: 0, score: 9 },
    { mentor: 1, mentee: 1, score: 1 },
  ];
  it('counts a pair who both prefer each other to their partners', () => {
    expect(countBlockingPairs(edges, [[0, 1], [1, 0]], [1, 1])).toBe(1);
  });
  it('counts none in a stable matching', () => {
    expect(countBlockingPairs(edges, [[0, 0], [1, 1]], [1, 1])).toBe(0);
  });
  it('treats an unmatched mentee and a mentor with room as willing', () => {
    expect(countBlockingPairs(edges, [], [1, 1])).toBe(4);
    expect(countBlockingPairs(edges, [[0, 0]], [2, 0])).toBe(1);
  });
});
