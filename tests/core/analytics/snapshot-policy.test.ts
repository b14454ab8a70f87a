import { describe, expect, it } from 'vitest';
import { BACKGROUND_AT, isFresh, refreshesInBackground } from '../../../src/core/analytics/snapshot-policy.js';

describe('outcome snapshot policy', () => {
  it('a snapshot is fresh only for today and while nothing changed', () => {
    expect(isFresh({ stale: false, asOfDay: '2027-07-01' }, '2027-07-01')).toBe(true);
    expect(isFresh({ stale: true, asOfDay: '2027-07-01' }, '2027-07-01')).toBe(false);
    expect(isFresh({ stale: false, asOfDay: '2027-06-30' }, '2027-07-01')).toBe(false);
  });

  it('large scopes refresh in the background; the directory size counts for retention only', () => {
    const small = { enrollments: BACKGROUND_AT.enrollments - 1, people: BACKGROUND_AT.people - 1 };
    expect(refreshesInBackground('funnel', small)).toBe(false);
    expect(refreshesInBackground('retention', small)).toBe(false);
    expect(refreshesInBackground('funnel', { ...small, enrollments: BACKGROUND_AT.enrollments })).toBe(true);
    expect(refreshesInBackground('funnel', { ...small, people: 100_000 })).toBe(false);
    expect(refreshesInBackground('retention', { ...small, people: BACKGROUND_AT.people })).toBe(true);
  });
});
