import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byPeriod,
  comparisonSubjects,
  followUp,
  kaplanMeier,
  levelBand,
  retention,
  RETENTION_CAVEAT,
  survivalAt,
  survivalRows,
  type SurvivalRow,
} from '../../../src/core/analytics/retention.js';
import { guardedIn, isWellGuarded } from './guarded-walk.js';

// The 6-MP arm of the Freireich et al. (1963) leukaemia trial, as in Gehan (1965) and most
// survival textbooks (e.g. Kleinbaum & Klein; R's survival::gehan): remission times in weeks,
// * = censored: 6,6,6,6*,7,9*,10,10*,11*,13,16,17*,19*,20*,22,23,25*,32*,32*,34*,35*.
const sixMP = (): SurvivalRow[] =>
  survivalRows(
    [6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25, -32, -32, -34, -35].map((t) => ({
      time: Math.abs(t),
      event: t > 0,
    })),
  );

describe('kaplanMeier on the 6-MP data (hand-computed)', () => {
  const curve = kaplanMeier(sixMP());

  it('survival at each event time: S(t) = Π (1 − d/n), at risk before t', () => {
    // t=6:  n=21, d=3 → 18/21                 = 0.857143
    // t=7:  n=17 (21 − 3 − one censored at 6), d=1 → 0.857143 × 16/17 = 0.806723
    // t=10: n=15 (censored at 9),  d=1 → × 14/15 = 0.752941  (the 10* is still at risk at 10)
    // t=13: n=12 (10*, 11* gone),  d=1 → × 11/12 = 0.690196
    // t=16: n=11,                  d=1 → × 10/11 = 0.627451
    // t=22: n=7 (17*, 19*, 20*),   d=1 → × 6/7   = 0.537815
    // t=23: n=6,                   d=1 → × 5/6   = 0.448179
    expect(curve.map((p) => [p.day, p.atRisk, p.events])).toEqual([
      [6, 21, 3],
      [7, 17, 1],
      [10, 15, 1],
      [13, 12, 1],
      [16, 11, 1],
      [22, 7, 1],
      [23, 6, 1],
    ]);
    const expected = [0.857143, 0.806723, 0.752941, 0.690196, 0.627451, 0.537815, 0.448179];
    curve.forEach((p, i) => expect(p.survival).toBeCloseTo(expected[i]!, 5));
  });

  it('the 95 % log(−log) interval with Greenwood variance', () => {
    // Greenwood Σ d/(n(n−d)); se of log(−log S) = √Σ / |ln S|; lower = S^exp(z·se), upper = S^exp(−z·se), z = 1.96.
    // t=6:  Σ = 3/(21·18) = 0.0079365; ln S = −0.154151; se = 0.089087/0.154151 = 0.577922;
    //       z·se = 1.132707; lower = 0.857143^3.10412 = 0.619718; upper = 0.857143^0.322154 = 0.951552.
    // t=7:  Σ += 1/(17·16) → 0.0116130; ln S = −0.214775; se = 0.107764/0.214775 = 0.501750;
    //       z·se = 0.983412; lower = 0.806723^2.67357 = 0.563147; upper = 0.806723^0.374032 = 0.922809.
    // t=23: Σ = 0.0901844; ln S = −0.802562; se = 0.300307/0.802562 = 0.374186;
    //       z·se = 0.733391; lower = 0.448179^2.082130 = 0.188052; upper = 0.448179^0.480277 = 0.680143.
    // (R: survfit(Surv(time, status) ~ 1, conf.type = "log-log") gives 0.620–0.952, 0.563–0.923, 0.188–0.680.)
    expect(curve[0]!.lower).toBeCloseTo(0.619718, 5);
    expect(curve[0]!.upper).toBeCloseTo(0.951552, 5);
    expect(curve[1]!.lower).toBeCloseTo(0.563147, 5);
    expect(curve[1]!.upper).toBeCloseTo(0.922809, 5);
    expect(curve[6]!.lower).toBeCloseTo(0.188052, 5);
    expect(curve[6]!.upper).toBeCloseTo(0.680143, 5);
  });

  it('survivalAt steps: 1 before the first event, the last point on or before the day after it', () => {
    expect(survivalAt(curve, 5)).toEqual({ survival: 1, lower: 1, upper: 1 });
    expect(survivalAt(curve, 6).survival).toBeCloseTo(0.857143, 5);
    expect(survivalAt(curve, 21).survival).toBeCloseTo(0.627451, 5);
    expect(survivalAt(curve, 365).survival).toBeCloseTo(0.448179, 5);
  });

  it('rows of the same time are added; everyone leaving at once gives S = 0 with a 0–0 interval', () => {
    // n = 3, d = 2 → S = 1/3; Σ = 2/(3·1) = 0.666667; se = 0.816497/1.098612 = 0.743207; z·se = 1.456659;
    // lower = (1/3)^exp(1.456659) = (1/3)^4.291599 = 0.008962; upper = (1/3)^0.233013 = 0.774149.
    const [tie] = kaplanMeier([
      { time: 5, events: 1, censored: 0 },
      { time: 5, events: 1, censored: 1 },
    ]);
    expect(tie).toMatchObject({ day: 5, atRisk: 3, events: 2 });
    expect(tie!.survival).toBeCloseTo(1 / 3, 10);
    expect(tie!.lower).toBeCloseTo(0.008962, 5);
    expect(tie!.upper).toBeCloseTo(0.774149, 5);
    const all = kaplanMeier([{ time: 3, events: 2, censored: 0 }]);
    expect(all).toEqual([{ day: 3, atRisk: 2, events: 2, survival: 0, lower: 0, upper: 0 }]);
    expect(kaplanMeier([])).toEqual([]);
  });

  it('property: survival never rises, and 0 ≤ lower ≤ survival ≤ upper ≤ 1', () => {
    const row = fc.record({
      time: fc.integer({ min: 0, max: 400 }),
      events: fc.integer({ min: 0, max: 5 }),
      censored: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const c = kaplanMeier(rows);
        let prev = 1;
        for (const p of c) {
          expect(p.survival).toBeLessThanOrEqual(prev);
          expect(p.lower).toBeGreaterThanOrEqual(0);
          expect(p.lower).toBeLessThanOrEqual(p.survival + 1e-12);
          expect(p.survival).toBeLessThanOrEqual(p.upper + 1e-12);
          expect(p.upper).toBeLessThanOrEqual(1);
          prev = p.survival;
        }
        const days = c.map((p) => p.day);
        expect([...days].sort((a, b) => a - b)).toEqual(days);
        expect(new Set(days).size).toBe(days.length);
      }),
    );
  });
});

describe('retention', () => {
  it('curves for the four groups, the 12-month rate only for people followed that long, and the caveat', () => {
    // 10 people followed 400 days: departures at day 100 and day 300, the rest censored at 400.
    // n=10 at 100 → S = 9/10 = 0.9; n=9 at 300 → S = 0.9 × 8/9 = 0.8. Followed to 365: 8 ≥ 5.
    // Greenwood at 300: 1/(10·9) + 1/(9·8) = 0.011111 + 0.013889 = 0.025; ln 0.8 = −0.223144;
    // se = 0.158114/0.223144 = 0.708575; z·se = 1.388781; lower = 0.8^exp(1.388781) = 0.8^4.009959 = 0.408691;
    // upper = 0.8^exp(−1.388781) = 0.8^0.249379 = 0.945873. (At 100: Σ = 1/90, ln 0.9 = −0.105361,
    // se = 1.000463, lower = 0.9^7.105511 = 0.473009, upper = 0.9^0.140736 = 0.985281.) Rounded to 4 decimals.
    const year: SurvivalRow[] = [
      { time: 100, events: 1, censored: 0 },
      { time: 300, events: 1, censored: 0 },
      { time: 400, events: 0, censored: 8 },
    ];
    const r = retention({
      origin: '2026-01-05',
      groups: {
        junior_participants: year,
        junior_comparison: sixMP(),
        senior_participants: [{ time: 10, events: 1, censored: 3 }],
        senior_comparison: [],
      },
    });
    expect(r.origin).toBe('2026-01-05');
    expect(r.caveat).toBe(RETENTION_CAVEAT);
    expect(r.caveat).toBe(
      'Observational comparison: participants chose to join and were approved, so differences are not proof that the program caused them.',
    );
    const [jp, jc, sp, sc] = r.curves;
    expect(r.curves.map((c) => c.group)).toEqual([
      'junior_participants',
      'junior_comparison',
      'senior_participants',
      'senior_comparison',
    ]);
    expect(jp!.curve).toEqual({
      suppressed: false,
      people: 10,
      value: [
        // The departures on days 100 and 300, published at the end of their 30-day periods.
        { day: 120, atRisk: 10, events: 1, survival: 0.9, lower: 0.473, upper: 0.9853 },
        { day: 300, atRisk: 9, events: 1, survival: 0.8, lower: 0.4087, upper: 0.9459 },
      ],
    });
    expect(jp!.twelveMonth).toEqual({
      suppressed: false,
      people: 10,
      value: { rate: 0.8, lower: 0.4087, upper: 0.9459 },
    });
    // 6-MP: nobody was followed 365 days (the longest is 35) → no 12-month rate; its 7 steps
    // (days 6–23, all with ≥ 6 at risk) are one 30-day period: 9 events, S at day 23.
    expect(jc!.curve.value?.map((p) => [p.day, p.events])).toEqual([[30, 9]]);
    expect(jc!.twelveMonth).toEqual({ suppressed: true, people: null, value: null });
    // Four people: nothing at all.
    expect(sp).toEqual({
      group: 'senior_participants',
      curve: { suppressed: true, people: null, value: null },
      twelveMonth: { suppressed: true, people: null, value: null },
    });
    expect(sc!.curve.suppressed).toBe(true);
  });

  it('the curve stops where fewer than five people are still at risk', () => {
    // 6 people: events at 1, 2, 3 (at risk 6, 5, 4): the step at 3 is from 4 people → not shown.
    const r = retention({
      origin: '2026-01-01',
      groups: {
        junior_participants: [1, 2, 3]
          .map((t) => ({ time: t, events: 1, censored: 0 }))
          .concat([{ time: 9, events: 0, censored: 3 }]),
        junior_comparison: [],
        senior_participants: [],
        senior_comparison: [],
      },
    });
    // Steps on days 1 and 2 (at risk 6 and 5), in the first 30-day period, cut at day 9 where follow-up ends.
    expect(r.curves[0]!.curve.value?.map((p) => [p.day, p.atRisk, p.events])).toEqual([[9, 6, 2]]);
  });

  it('publishes one point per 30-day period: the estimate at its last step, at risk at its first, the departures summed', () => {
    const steps = kaplanMeier([
      { time: 0, events: 1, censored: 0 },
      { time: 5, events: 1, censored: 0 },
      { time: 29, events: 1, censored: 1 },
      { time: 30, events: 1, censored: 0 },
      { time: 31, events: 1, censored: 0 },
      { time: 200, events: 0, censored: 14 },
    ]);
    const periods = byPeriod(steps);
    expect(periods.map((p) => [p.day, p.atRisk, p.events])).toEqual([
      [30, 20, 4],
      [60, 15, 1],
    ]);
    expect(periods[0]!.survival).toBe(steps[3]!.survival);
    expect(periods[1]).toMatchObject({ survival: steps[4]!.survival, lower: steps[4]!.lower, upper: steps[4]!.upper });
    // Follow-up that ended on day 45 cuts the second period there.
    expect(byPeriod(steps, 45).map((p) => p.day)).toEqual([30, 45]);
  });

  it('property: every figure is for ≥ 5 people or suppressed; every shown step has ≥ 5 at risk', () => {
    const rows = fc.array(
      fc.record({
        time: fc.integer({ min: 0, max: 500 }),
        events: fc.integer({ min: 0, max: 3 }),
        censored: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(rows, rows, rows, rows, (a, b, c, d) => {
        const r = retention({
          origin: '2026-01-01',
          groups: { junior_participants: a, junior_comparison: b, senior_participants: c, senior_comparison: d },
        });
        for (const g of guardedIn(r)) expect(isWellGuarded(g)).toBe(true);
        for (const curve of r.curves)
          for (const p of curve.curve.value ?? []) expect(p.atRisk).toBeGreaterThanOrEqual(5);
      }),
    );
  });
});

describe('who is compared', () => {
  it('level bands 1–2, 3–4, 5–6, 7–8, 9+', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 14].map(levelBand)).toEqual([
      '1-2',
      '1-2',
      '3-4',
      '3-4',
      '5-6',
      '5-6',
      '7-8',
      '7-8',
      '9+',
      '9+',
    ]);
    expect(levelBand(0)).toBeNull();
    expect(levelBand(Number.NaN)).toBeNull();
  });

  it('follow-up from the origin: an event at the termination date, else censored today', () => {
    expect(followUp({ hiredOn: '2020-01-01', terminatedOn: '2026-03-02' }, '2026-01-01', '2026-12-01')).toEqual({
      time: 60,
      event: true,
    });
    expect(followUp({ hiredOn: null, terminatedOn: null }, '2026-01-01', '2026-12-01')).toEqual({
      time: 334,
      event: false,
    });
    // A termination dated after today has not happened yet.
    expect(followUp({ hiredOn: '2020-01-01', terminatedOn: '2027-01-31' }, '2026-01-01', '2026-12-01')).toEqual({
      time: 334,
      event: false,
    });
    // Not employed on the origin date: hired after, or gone by it.
    expect(followUp({ hiredOn: '2026-01-02', terminatedOn: null }, '2026-01-01', '2026-12-01')).toBeNull();
    expect(followUp({ hiredOn: '2020-01-01', terminatedOn: '2026-01-01' }, '2026-01-01', '2026-12-01')).toBeNull();
  });

  it('comparable non-participants: not in the program, same department and level band as a participant of the side, employed on the origin', () => {
    const p = (
      personId: string,
      department: string | null,
      level: number,
      hiredOn: string | null = '2020-01-01',
      terminatedOn: string | null = null,
    ) => ({ personId, department, level, hiredOn, terminatedOn });
    const juniors = [p('j1', 'Sales', 2), p('j2', 'IT', 3), p('j3', null, 2)];
    const directory = [
      ...juniors,
      p('s1', 'Sales', 8), // a senior participant: in the program
      p('a', 'Sales', 1), // Sales 1–2 ✓
      p('b', 'Sales', 3), // Sales 3–4 ✗ (no junior there)
      p('c', 'IT', 4, '2019-05-05', '2026-07-01'), // IT 3–4 ✓, left on day 181
      p('d', 'IT', 4, '2026-02-01'), // hired after the origin ✗
      p('e', null, 2), // no department ✗ (even though j3 has none either)
    ];
    const out = comparisonSubjects({
      origin: '2026-01-01',
      today: '2026-12-01',
      participantsOfSide: juniors,
      inProgram: new Set(['j1', 'j2', 'j3', 's1']),
      directory,
    });
    expect(out).toEqual([
      { personId: 'a', time: 334, event: false },
      { personId: 'c', time: 181, event: true },
    ]);
    expect(survivalRows(out)).toEqual([
      { time: 181, events: 1, censored: 0 },
      { time: 334, events: 0, censored: 1 },
    ]);
  });
});
