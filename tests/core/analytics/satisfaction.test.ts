import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npsBucket, npsCounts, npsOf } from '../../../src/core/analytics/nps.js';
import { satisfaction, type SatisfactionInput } from '../../../src/core/analytics/satisfaction.js';
import { guardedIn, isWellGuarded } from './guarded-walk.js';

const S = { suppressed: true, people: null, value: null };

describe('NPS', () => {
  it('buckets 0–6 / 7–8 / 9–10, and nothing else', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBucket)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
    expect([-1, 11, 6.5, Number.NaN].map(npsBucket)).toEqual([null, null, null, null]);
    expect(npsCounts([10, 9, 8, 3, 0, 11])).toEqual({ promoters: 2, passives: 1, detractors: 2 });
  });

  it('% promoters − % detractors, rounded half away from zero (hand-computed)', () => {
    // (3 − 1) / 6 = 33.33 → 33
    expect(npsOf({ promoters: 3, passives: 2, detractors: 1 })).toEqual({
      nps: 33,
      promoters: 3,
      passives: 2,
      detractors: 1,
    });
    // (2 − 3) / 5 = −20
    expect(npsOf({ promoters: 2, passives: 0, detractors: 3 }).nps).toBe(-20);
    // (1 − 0) / 8 = 12.5 → 13; (0 − 1) / 8 = −12.5 → −13
    expect(npsOf({ promoters: 1, passives: 7, detractors: 0 }).nps).toBe(13);
    expect(npsOf({ promoters: 0, passives: 7, detractors: 1 }).nps).toBe(-13);
    expect(npsOf({ promoters: 5, passives: 0, detractors: 0 }).nps).toBe(100);
    expect(npsOf({ promoters: 0, passives: 0, detractors: 0 }).nps).toBe(0);
    expect(Object.is(npsOf({ promoters: 0, passives: 4, detractors: 0 }).nps, 0)).toBe(true);
  });
});

describe('satisfaction', () => {
  const input: SatisfactionInput = {
    pulse: [
      { period: '2027-02', scales: [], nps: { promoters: 2, passives: 1, detractors: 1, people: 4 } },
      {
        period: '2027-01',
        scales: [
          { key: 'morale', sum: 20, n: 6, people: 6 }, // 20 / 6 = 3.33
          { key: 'useful', sum: 8, n: 2, people: 2 }, // 2 people → suppressed
          { key: 'energy', sum: 35, n: 10, people: 7 }, // a manager's own question: 3.5
        ],
        nps: { promoters: 3, passives: 2, detractors: 1, people: 6 }, // 33
      },
    ],
    endOfCycle: [
      {
        side: 'mentor',
        scales: [
          { key: 'satisfaction', sum: 22, n: 5, people: 5 }, // 4.4
          { key: 'learned', sum: 18, n: 5, people: 5 }, // 3.6
        ],
        nps: { promoters: 4, passives: 1, detractors: 0, people: 5 }, // (4 − 0) / 5 = 80
        wouldAgain: { yes: 4, total: 5, people: 5 }, // 0.8
      },
      {
        side: 'mentee',
        scales: [{ key: 'satisfaction', sum: 12, n: 3, people: 3 }],
        nps: { promoters: 3, passives: 0, detractors: 0, people: 3 },
        wouldAgain: { yes: 3, total: 3, people: 3 },
      },
    ],
    comments: { texts: ['  zebra crossing ', 'apples', '', 'Mango'], respondents: 5 },
  };

  it('pulse by month, end of cycle per side, comments alphabetically (hand-computed)', () => {
    const r = satisfaction(input);
    expect(r.pulse).toEqual([
      {
        period: '2027-01',
        nps: { suppressed: false, people: 6, value: { nps: 33, promoters: 3, passives: 2, detractors: 1 } },
        means: [
          { key: 'morale', label: 'Morale', mean: { suppressed: false, people: 6, value: 3.33 } },
          { key: 'useful', label: 'Our sessions are useful', mean: S },
          { key: 'energy', label: 'energy', mean: { suppressed: false, people: 7, value: 3.5 } },
        ],
      },
      {
        period: '2027-02',
        nps: S,
        means: [
          { key: 'morale', label: 'Morale', mean: S },
          { key: 'useful', label: 'Our sessions are useful', mean: S },
        ],
      },
    ]);
    expect(r.endOfCycle).toEqual([
      {
        side: 'mentor',
        nps: { suppressed: false, people: 5, value: { nps: 80, promoters: 4, passives: 1, detractors: 0 } },
        means: [
          { key: 'satisfaction', label: 'Satisfaction', mean: { suppressed: false, people: 5, value: 4.4 } },
          { key: 'learned', label: 'How much I learned', mean: { suppressed: false, people: 5, value: 3.6 } },
        ],
        wouldAgain: { suppressed: false, people: 5, value: 0.8 },
      },
      {
        side: 'mentee',
        nps: S,
        means: [
          { key: 'satisfaction', label: 'Satisfaction', mean: S },
          { key: 'learned', label: 'How much I learned', mean: S },
        ],
        wouldAgain: S,
      },
      {
        side: 'all',
        nps: S,
        means: [
          { key: 'satisfaction', label: 'Satisfaction', mean: S },
          { key: 'learned', label: 'How much I learned', mean: S },
        ],
        wouldAgain: S,
      },
    ]);
    // Trimmed, blanks dropped, sorted (not in the order they were written).
    expect(r.comments).toEqual({ suppressed: false, people: 5, value: ['apples', 'Mango', 'zebra crossing'] });
  });

  it('comments from four respondents are not shown at all', () => {
    const r = satisfaction({ ...input, comments: { texts: ['a', 'b', 'c', 'd', 'e', 'f'], respondents: 4 } });
    expect(r.comments).toEqual(S);
    expect(JSON.stringify(r)).not.toContain('"f"');
  });

  it('property: every figure is for ≥ 5 people or suppressed with no value', () => {
    const people = fc.integer({ min: 0, max: 9 });
    const n = fc.integer({ min: 0, max: 9 });
    const scale = fc.record({
      key: fc.constantFrom('morale', 'useful', 'satisfaction', 'learned', 'x'),
      sum: n,
      n,
      people,
    });
    const nps = fc.option(fc.record({ promoters: n, passives: n, detractors: n, people }));
    const arb = fc.record({
      pulse: fc.array(
        fc.record({
          period: fc.constantFrom('2027-01', '2027-02', '2027-03'),
          scales: fc.array(scale, { maxLength: 4 }),
          nps,
        }),
        { maxLength: 3 },
      ),
      endOfCycle: fc.array(
        fc.record({
          side: fc.constantFrom('mentor' as const, 'mentee' as const, 'all' as const),
          scales: fc.array(scale, { maxLength: 3 }),
          nps,
          wouldAgain: fc.option(fc.record({ yes: n, total: n, people })),
        }),
        { maxLength: 3 },
      ),
      comments: fc.record({ texts: fc.array(fc.string(), { maxLength: 5 }), respondents: people }),
    });
    fc.assert(fc.property(arb, (i) => guardedIn(satisfaction(i)).every(isWellGuarded)));
  });
});
