import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkWeights,
  DEFAULT_WEIGHTS,
  explainPair,
  scorePair,
  teachValue,
  utcOffsetMinutes,
  type ScoringWeights,
} from '../../../src/core/matching/score.js';
import { person } from './arbitrary-program.js';

// The worked example of docs/matching.md.
const ana = person('ana', 'mentor', {
  name: 'Ana',
  department: 'Marketing',
  timeZone: 'Europe/Paris',
  knows: new Map([
    ['tiktok', 4],
    ['excel', 2],
    ['analytics', 3],
  ]),
  wants: new Map([
    ['negotiation', 2],
    ['finance', 1],
  ]),
});
const bob = person('bob', 'mentee', {
  name: 'Bob',
  department: 'Finance',
  timeZone: 'Europe/London',
  knows: new Map([
    ['tiktok', 1],
    ['excel', 4],
    ['negotiation', 5],
    ['finance', 3],
  ]),
  wants: new Map([
    ['tiktok', 3],
    ['excel', 2],
    ['analytics', 1],
    ['ai', 2],
  ]),
});

describe('scorePair', () => {
  it('reverse mode, by hand: 100 × (3×(4−1) + 1×(3−0)) + 50 cross-department + 30 time zone = 1280', () => {
    expect(teachValue(ana, bob)).toBe(12);
    expect(scorePair(ana, bob, { mode: 'reverse' })).toBe(1280);
  });

  it('mutual mode, by hand: + 60 × give-back 13 + 40 × min(12, 13) = 2540', () => {
    expect(teachValue(bob, ana)).toBe(2 * 5 + 1 * 3);
    expect(scorePair(ana, bob, { mode: 'mutual' })).toBe(1200 + 780 + 480 + 50 + 30);
  });

  it('counts nothing for a skill the learner already knows as well or better', () => {
    const teacher = person('t', 'mentor', { knows: new Map([['excel', 3]]) });
    for (const own of [3, 4, 5]) {
      const learner = person('l', 'mentee', { knows: new Map([['excel', own]]), wants: new Map([['excel', 3]]) });
      expect(scorePair(teacher, learner, { mode: 'reverse' })).toBe(0);
    }
    const learner = person('l', 'mentee', { knows: new Map([['excel', 2]]), wants: new Map([['excel', 3]]) });
    expect(scorePair(teacher, learner, { mode: 'reverse' })).toBe(300);
  });

  it('a pair with nothing to learn scores only its bonuses', () => {
    const m = person('m', 'mentor', { department: 'A', prefer: ['e'] });
    const e = person('e', 'mentee', { department: 'B', wants: new Map([['ai', 3]]) });
    expect(scorePair(m, e, { mode: 'reverse' })).toBe(DEFAULT_WEIGHTS.crossDepartment + DEFAULT_WEIGHTS.prefer);
    expect(scorePair(person('m', 'mentor'), person('e', 'mentee'), { mode: 'reverse' })).toBe(0);
  });

  it('mutual balance rewards giving as much as you get', () => {
    const skills = (pairs: Array<[string, number]>) => new Map(pairs);
    const teacher = (give: number) =>
      person('m', 'mentor', { knows: skills([['ai', 5]]), wants: give ? skills([['deals', 1]]) : new Map() });
    const learner = (knowsDeals: number) =>
      person('e', 'mentee', {
        wants: skills([['ai', 1]]),
        knows: knowsDeals ? skills([['deals', knowsDeals]]) : new Map(),
      });
    // teach 5 in both; give-back 5 vs 0.
    const balanced = scorePair(teacher(1), learner(5), { mode: 'mutual' });
    const oneWay = scorePair(teacher(0), learner(0), { mode: 'mutual' });
    expect(oneWay).toBe(500);
    expect(balanced).toBe(500 + 60 * 5 + 40 * 5);
    // Reverse mode ignores the way back.
    expect(scorePair(teacher(1), learner(5), { mode: 'reverse' })).toBe(500);
  });

  it('adds the prefer bonus once when either (or both) asked for the other', () => {
    const base = scorePair(person('m', 'mentor'), person('e', 'mentee'), { mode: 'reverse' });
    expect(scorePair(person('m', 'mentor', { prefer: ['e'] }), person('e', 'mentee'), { mode: 'reverse' })).toBe(
      base + 100,
    );
    expect(scorePair(person('m', 'mentor'), person('e', 'mentee', { prefer: ['m'] }), { mode: 'reverse' })).toBe(
      base + 100,
    );
    expect(
      scorePair(person('m', 'mentor', { prefer: ['e'] }), person('e', 'mentee', { prefer: ['m'] }), {
        mode: 'reverse',
      }),
    ).toBe(base + 100);
  });

  it('time-zone bonus: offsets at 2026-01-15, within 3 h inclusive; unknown or invalid zones get none', () => {
    expect(utcOffsetMinutes('UTC')).toBe(0);
    expect(utcOffsetMinutes('Asia/Kolkata')).toBe(330);
    expect(utcOffsetMinutes('America/New_York')).toBe(-300); // January: standard time, whatever today is
    expect(utcOffsetMinutes('Australia/Sydney')).toBe(660); // January: daylight time
    expect(utcOffsetMinutes('Not/AZone')).toBeNull();
    expect(utcOffsetMinutes(null)).toBeNull();
    const at = (tz: string | null) => person(tz ?? 'none', 'mentee', { timeZone: tz });
    const m = person('m', 'mentor', { timeZone: 'Europe/Helsinki' }); // UTC+2
    expect(scorePair(m, at('Europe/London'), { mode: 'reverse' })).toBe(30);
    expect(scorePair(m, at('America/Sao_Paulo'), { mode: 'reverse' })).toBe(0); // UTC−3: 5 h
    expect(scorePair(m, at('Asia/Dubai'), { mode: 'reverse' })).toBe(30); // UTC+4: 2 h
    expect(scorePair(m, at('Asia/Karachi'), { mode: 'reverse' })).toBe(30); // UTC+5: exactly 3 h
    expect(scorePair(m, at('Asia/Kolkata'), { mode: 'reverse' })).toBe(0); // 3.5 h
    expect(scorePair(m, at(null), { mode: 'reverse' })).toBe(0);
    expect(scorePair(m, at('Mars/Olympus'), { mode: 'reverse' })).toBe(0);
  });

  it('uses the given weights', () => {
    const w: ScoringWeights = {
      giveBackPercent: 100,
      balancePercent: 0,
      crossDepartment: 7,
      timeZone: 0,
      timeZoneWindowMinutes: 0,
      prefer: 1,
    };
    expect(scorePair(ana, bob, { mode: 'mutual' }, w)).toBe(1200 + 1300 + 7);
  });

  it('rejects weights that are not non-negative integers', () => {
    expect(() => checkWeights({ ...DEFAULT_WEIGHTS, giveBackPercent: 0.6 })).toThrow(/giveBackPercent/);
    expect(() => checkWeights({ ...DEFAULT_WEIGHTS, prefer: -1 })).toThrow(/prefer/);
    expect(() => checkWeights(DEFAULT_WEIGHTS)).not.toThrow();
  });
});

describe('explainPair', () => {
  it('explains the worked example part by part', () => {
    const ex = explainPair(ana, bob, { mode: 'mutual' });
    expect(ex.score).toBe(2540);
    expect(ex.teach).toBe(12);
    expect(ex.giveBack).toBe(13);
    expect(ex.parts.map((p) => [p.kind, p.skill ?? null, p.points])).toEqual([
      ['teaches', 'tiktok', 900],
      ['teaches', 'analytics', 300],
      ['teaches', 'excel', 0],
      ['gives_back', 'negotiation', 600],
      ['gives_back', 'finance', 180],
      ['balance', null, 480],
      ['cross_department', null, 50],
      ['time_zone', null, 30],
    ]);
    expect(ex.parts[0]?.detail).toBe('teaches tiktok: priority 3 × (4 − 1) levels above = 9 × 100 = 900');
    expect(ex.parts[2]?.detail).toBe('excel: 0 points — Bob already knows it at level 4, Ana at 2');
    expect(ex.parts[3]?.detail).toBe('gives back negotiation: priority 2 × (5 − 0) levels above = 10 × 60 = 600');
    expect(ex.parts[5]?.detail).toBe('balance: min(teaches 12, gives back 13) = 12 × 40 = 480');
    expect(ex.parts[7]?.detail).toBe(
      'time zones Europe/Paris (UTC+01:00) and Europe/London (UTC+00:00) are 1 h apart, within 3 h = 30',
    );
  });

  it('uses skill labels when given, and names who asked for whom', () => {
    const ex = explainPair({ ...ana, prefer: ['bob'] }, bob, { mode: 'reverse' }, DEFAULT_WEIGHTS, {
      skillLabel: (s) => (s === 'tiktok' ? 'TikTok strategy' : s),
    });
    expect(ex.parts[0]?.detail).toBe('teaches TikTok strategy: priority 3 × (4 − 1) levels above = 9 × 100 = 900');
    expect(ex.parts.find((p) => p.kind === 'prefer')?.detail).toBe('preference: Ana asked for Bob = 100');
    expect(ex.parts.some((p) => p.kind === 'gives_back' || p.kind === 'balance')).toBe(false);
  });

  it('is deterministic', () => {
    expect(explainPair(ana, bob, { mode: 'mutual' })).toEqual(explainPair(ana, bob, { mode: 'mutual' }));
    expect(scorePair(ana, bob, { mode: 'mutual' })).toBe(scorePair(ana, bob, { mode: 'mutual' }));
  });

  it('property: the parts add up exactly to the score, which is scorePair’s, for random people and weights', () => {
    const skill = fc.constantFrom('ai', 'tiktok', 'excel', 'deals', 'finance', 'slack');
    const arbPerson = (id: string, side: 'mentor' | 'mentee') =>
      fc
        .record({
          department: fc.constantFrom('A', 'B'),
          knows: fc.array(fc.tuple(skill, fc.integer({ min: 1, max: 5 })), { maxLength: 6 }),
          wants: fc.array(fc.tuple(skill, fc.integer({ min: 1, max: 3 })), { maxLength: 6 }),
          timeZone: fc.constantFrom(
            'Europe/Paris',
            'Europe/London',
            'America/New_York',
            'Asia/Kolkata',
            null,
            'Bad/Zone',
          ),
          prefer: fc.boolean(),
        })
        .map((r) =>
          person(id, side, {
            department: r.department,
            knows: new Map(r.knows),
            wants: new Map(r.wants),
            timeZone: r.timeZone,
            prefer: r.prefer ? [side === 'mentor' ? 'e' : 'm'] : [],
          }),
        );
    const weights = fc.record({
      giveBackPercent: fc.nat(200),
      balancePercent: fc.nat(200),
      crossDepartment: fc.nat(300),
      timeZone: fc.nat(300),
      timeZoneWindowMinutes: fc.constantFrom(0, 60, 180, 600),
      prefer: fc.nat(300),
    });
    fc.assert(
      fc.property(
        arbPerson('m', 'mentor'),
        arbPerson('e', 'mentee'),
        fc.constantFrom('reverse' as const, 'mutual' as const),
        weights,
        (m, e, mode, w) => {
          const ex = explainPair(m, e, { mode }, w);
          const sum = ex.parts.reduce((s, p) => s + p.points, 0);
          expect(sum).toBe(ex.score);
          expect(ex.score).toBe(scorePair(m, e, { mode }, w));
          expect(Number.isSafeInteger(ex.score) && ex.score >= 0).toBe(true);
          for (const p of ex.parts) expect(Number.isInteger(p.points)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
