import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engagement, type EngagementPair } from '../../../src/core/analytics/engagement.js';
import { guardedIn, isWellGuarded } from './guarded-walk.js';

const S = { suppressed: true, people: null, value: null };
let seq = 0;
/** Two people no other pair has: these fixtures count 2 people per pair. */
const nextMembers = (): [string, string] => [`p${++seq}`, `p${++seq}`];
const pair = (
  activatedOn: string,
  endedOn: string | null,
  cadenceDays: number,
  firstHeldOn: string | null,
  lastHeldOn: string | null,
): EngagementPair => ({ members: nextMembers(), activatedOn, endedOn, cadenceDays, firstHeldOn, lastHeldOn });

describe('engagement', () => {
  // Five pairs, dashboard Jan–Mar 2027, today 2027-03-15. Active days are [activatedOn, end),
  // end = the end day, or today for a running pair.
  const pairs = [
    pair('2027-01-11', null, 14, '2027-01-18', '2027-03-01'), // A
    pair('2027-02-01', '2027-02-21', 7, null, null), // B
    pair('2026-12-20', null, 10, '2027-01-09', '2027-02-10'), // C
    pair('2027-01-01', '2027-01-31', 30, '2027-01-05', '2027-01-25'), // D
    pair('2027-03-01', null, 14, null, null), // E
  ];
  const heldByMonth = [
    { month: '2027-01', meetings: 6 },
    { month: '2027-02', meetings: 5 },
    { month: '2027-03', meetings: 2 },
  ];
  const e = engagement({ pairs, heldByMonth, from: '2027-01-01', to: '2027-03-31', today: '2027-03-15' });

  it('promised per month = Σ active days / cadence, people = 2 × pairs active (hand-computed)', () => {
    // Jan: A 21/14 = 1.5, C 31/10 = 3.1, D 30/30 = 1 → 5.6; pairs A, C, D → 6 people.
    // Feb: A 28/14 = 2, B 20/7 = 2.857, C 28/10 = 2.8 → 7.657 → 7.7; pairs A, B, C → 6 people.
    // Mar (to today): A 14/14 = 1, C 14/10 = 1.4, E 14/14 = 1 → 3.4; pairs A, C, E → 6 people.
    expect(e.months).toEqual([
      {
        month: '2027-01',
        held: { suppressed: false, people: 6, value: 6 },
        promised: { suppressed: false, people: 6, value: 5.6 },
      },
      {
        month: '2027-02',
        held: { suppressed: false, people: 6, value: 5 },
        promised: { suppressed: false, people: 6, value: 7.7 },
      },
      {
        month: '2027-03',
        held: { suppressed: false, people: 6, value: 2 },
        promised: { suppressed: false, people: 6, value: 3.4 },
      },
    ]);
  });

  it('active now, at risk by cadenceHealth, and days to the first meeting (hand-computed)', () => {
    // Running on 03-15: A, C, E → 3 pairs, 6 people.
    // At risk (quiet ≥ 2 × cadence): A quiet 14 < 28; C quiet since 02-10 = 33 ≥ 20 → at risk;
    // E quiet since activation 14 < 28. One pair = 2 people → suppressed.
    expect(e.activePairs).toEqual({ suppressed: false, people: 6, value: 3 });
    expect(e.atRiskPairs).toEqual(S);
    // Met: D 4 days, A 7, C 20 → sorted [4, 7, 20]; median 7; p25 at rank 0.5 → 4 + 0.5 × 3 = 5.5;
    // p75 at rank 1.5 → 7 + 0.5 × 13 = 13.5. Three pairs = 6 people.
    expect(e.daysToFirstMeeting).toEqual({ suppressed: false, people: 6, value: { median: 7, p25: 5.5, p75: 13.5 } });
  });

  it('a month with fewer than three active pairs is suppressed, and at risk counts pairs quiet for twice their cadence', () => {
    const quiet = [
      pair('2027-01-01', null, 14, '2027-01-05', '2027-02-01'), // quiet 28 days on 03-01 = 2 × 14 → at risk (cadenceHealth: ≥)
      pair('2027-01-01', null, 7, null, null), // never met, 59 days → at risk
      pair('2027-02-01', null, 14, '2027-02-02', '2027-02-02'), // quiet 27 → not yet
      pair('2027-01-15', null, 10, '2027-01-20', '2027-02-01'), // quiet 28 ≥ 20 → at risk
    ];
    const r = engagement({ pairs: quiet, heldByMonth: [], from: '2026-12-01', to: '2027-02-28', today: '2027-03-01' });
    expect(r.atRiskPairs).toEqual({ suppressed: false, people: 6, value: 3 });
    expect(r.activePairs).toEqual({ suppressed: false, people: 8, value: 4 });
    // December: no pair yet → 0 people, suppressed; February: no meetings listed → held 0 over 8 people.
    expect(r.months[0]).toEqual({ month: '2026-12', held: S, promised: S });
    expect(r.months[2]!.held).toEqual({ suppressed: false, people: 8, value: 0 });
    // Met: 4, 1, 5 days → [1, 4, 5]; median 4; p25 1 + 0.5 × 3 = 2.5; p75 4 + 0.5 × 1 = 4.5.
    expect(r.daysToFirstMeeting).toEqual({ suppressed: false, people: 6, value: { median: 4, p25: 2.5, p75: 4.5 } });
  });

  it('property: every figure is for ≥ 5 people or suppressed with no value', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const arbPair = fc.record({
      members: fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.constantFrom('g', 'h', 'i', 'j', 'k', 'l')),
      activatedOn: day,
      endedOn: fc.option(day),
      cadenceDays: fc.integer({ min: 1, max: 30 }),
      firstHeldOn: fc.option(day),
      lastHeldOn: fc.option(day),
    });
    fc.assert(
      fc.property(fc.array(arbPair, { maxLength: 12 }), (ps) => {
        const r = engagement({
          pairs: ps,
          heldByMonth: [{ month: '2027-03', meetings: 4 }],
          from: '2027-01-01',
          to: '2027-12-31',
          today: '2027-09-30',
        });
        expect(r.months).toHaveLength(12);
        return guardedIn(r).every(isWellGuarded);
      }),
    );
  });
});
