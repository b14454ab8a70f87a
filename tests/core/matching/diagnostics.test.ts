import { describe, expect, it } from 'vitest';
import { scoreDistribution } from '../../../src/core/matching/diagnostics.js';

describe('score distribution', () => {
  it('gives nearest-rank quantiles and the mean', () => {
    expect(scoreDistribution([40, 10, 30, 20])).toEqual({ count: 4, min: 10, p25: 10, median: 20, p75: 30, max: 40, mean: 25 });
  });
  it('is empty for no pairs', () => {
    expect(scoreDistribution([]).min).toBeNull();
  });
});
