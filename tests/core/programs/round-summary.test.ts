import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogram, ruleWords, unmatchedDetail } from '../../../src/core/programs/round-summary.js';

describe('histogram', () => {
  it('is empty without scores', () => {
    expect(histogram([])).toEqual([]);
  });

  it('has one bin when every score is the same', () => {
    expect(histogram([42, 42, 42])).toEqual([{ from: 42, to: 42, count: 3 }]);
    expect(histogram([7])).toEqual([{ from: 7, to: 7, count: 1 }]);
  });

  it('splits 0..99 into ten bins of ten', () => {
    const scores = Array.from({ length: 100 }, (_, i) => i);
    const bins = histogram(scores);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toEqual({ from: 0, to: 9, count: 10 });
    expect(bins[9]).toEqual({ from: 90, to: 99, count: 10 });
  });

  it('uses bins of one point when the range is narrower than the bin count', () => {
    expect(histogram([3, 5, 5], 10)).toEqual([
      { from: 3, to: 3, count: 1 },
      { from: 4, to: 4, count: 0 },
      { from: 5, to: 5, count: 2 },
    ]);
  });

  it('property: bins cover min..max without gaps or overlaps, at most `bins` of them, and count every score once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 2000 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 12 }),
        (scores, bins) => {
          const out = histogram(scores, bins);
          const min = Math.min(...scores);
          const max = Math.max(...scores);
          expect(out.length).toBeGreaterThanOrEqual(1);
          expect(out.length).toBeLessThanOrEqual(bins);
          expect(out[0]?.from).toBe(min);
          expect(out[out.length - 1]?.to).toBe(max);
          out.forEach((bin, i) => {
            expect(bin.from).toBeLessThanOrEqual(bin.to);
            if (i > 0) expect(bin.from).toBe((out[i - 1]?.to as number) + 1);
            expect(bin.count).toBe(scores.filter((s) => s >= bin.from && s <= bin.to).length);
          });
          expect(out.reduce((n, bin) => n + bin.count, 0)).toBe(scores.length);
        },
      ),
    );
  });
});

describe('ruleWords', () => {
  it('says each exclusion rule in words', () => {
    expect(ruleWords('previous_partner')).toBe('paired before');
    expect(ruleWords('reporting_chain')).toBe('same reporting line');
    expect(ruleWords('avoid')).toBe('asked not to be paired');
  });

  it('falls back to the key with spaces for a rule it does not know', () => {
    expect(ruleWords('some_new_rule')).toBe('some new rule');
  });
});

describe('unmatchedDetail', () => {
  it('gives the plain reason when no rule excluded anyone', () => {
    expect(unmatchedDetail('no_places_left', null)).toBe('Every eligible partner is already at capacity.');
    expect(unmatchedDetail('no_gain', {})).toBe('No eligible pairing adds anything.');
    expect(unmatchedDetail('partners_taken', { scope: 0 })).toBe(
      'Every eligible partner is paired with someone who fits them better.',
    );
  });

  it('lists the rule counts from the largest down, in words, leaving out rules that excluded nobody', () => {
    expect(unmatchedDetail('no_eligible_partner', { scope: 2, level_gap: 5, avoid: 0, previous_partner: 1 })).toBe(
      'Nobody on the other side can be paired with this person under the rules (excluded — level gap too small: 5, outside the program’s department rule: 2, paired before: 1).',
    );
  });

  it('property: the counts in the text are the positive ones, sorted by size', () => {
    const rules = [
      'same_person',
      'reporting_chain',
      'level_gap',
      'scope',
      'previous_partner',
      'forbidden',
      'avoid',
      'locked_elsewhere',
    ] as const;
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: rules.length, maxLength: rules.length }), (counts) => {
        const excluded = Object.fromEntries(rules.map((r, i) => [r, counts[i] as number]));
        const text = unmatchedDetail('no_eligible_partner', excluded);
        const listed = [...text.matchAll(/: (\d+)/g)].map((m) => Number(m[1]));
        expect(listed).toEqual(counts.filter((n) => n > 0).sort((a, b) => b - a));
        for (const [i, rule] of rules.entries()) {
          expect(text.includes(`${ruleWords(rule)}: `)).toBe((counts[i] as number) > 0);
        }
      }),
    );
  });
});
