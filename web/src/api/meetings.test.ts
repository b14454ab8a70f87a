import { describe, expect, it } from 'vitest';
import { healthText, heldAgainstPromised, type CadenceHealth } from './meetings';

const health = (over: Partial<CadenceHealth>): CadenceHealth => ({ status: 'on_track', held: 0, promised: 0, lastHeldAt: null, nextAt: null, daysSinceLast: null, cadenceDays: 14, ...over });

describe('meeting counts in words', () => {
  it('says how far behind a pair is, against the meetings promised', () => {
    expect(healthText(health({ held: 3, promised: 4, daysSinceLast: 5 }))).toBe('3 of 4 promised meetings held; last 5 days ago');
    expect(heldAgainstPromised({ held: 1, promised: 4 })).toBe('1 of 4 held');
  });

  it('never says "1 of 0" for a pair ahead of its cadence', () => {
    expect(healthText(health({ held: 1, promised: 0, daysSinceLast: 0 }))).toBe('1 meeting held so far; last today');
    expect(healthText(health({ held: 0, promised: 0 }))).toBe('No meeting held yet');
    expect(healthText(health({ held: 0, promised: 2 }))).toBe('0 of 2 promised meetings held; none yet');
    expect(heldAgainstPromised({ held: 1, promised: 0 })).toBe('1 held (0 due so far)');
    expect(heldAgainstPromised({ held: 5, promised: 3 })).toBe('5 held (3 due so far)');
  });
});
