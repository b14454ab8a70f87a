import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  futureLeaders,
  leaderSignals,
  partnerLearnedFrom,
  type LeaderCandidate,
} from '../../../src/core/analytics/leaders.js';
import { guardedIn, isWellGuarded } from './guarded-walk.js';

const candidate = (name: string, optedIn: boolean, pairs: LeaderCandidate['pairs']): LeaderCandidate => ({
  personId: `id-${name}`,
  name,
  department: 'IT',
  optedIn,
  pairs,
});

describe('partnerLearnedFrom', () => {
  it('true when the end mean is at least one level above the start', () => {
    expect(partnerLearnedFrom(2, 3)).toBe(true);
    expect(partnerLearnedFrom(2.3, 3.3)).toBe(true); // 3.3 − 2.3 = 0.9999999999999996 in floating point
    expect(partnerLearnedFrom(2, 2.9)).toBe(false);
    expect(partnerLearnedFrom(4, 3)).toBe(false);
    expect(partnerLearnedFrom(null, 3)).toBeNull();
    expect(partnerLearnedFrom(2, null)).toBeNull();
  });
});

describe('futureLeaders', () => {
  const candidates = [
    // learned ✓; goals 2 of 3: 3·2 = 6 ≥ 2·3 = 6 ✓; held 11 of 12: 5·11 = 55 ≥ 4·12 = 48 ✓ → 3 signals
    candidate('Zoe', true, [{ partnerLearned: true, goalsShared: 3, goalsAchieved: 2, held: 11, due: 12 }]),
    // learned ✗; no shared goal ✗; held 4 of 5: 20 ≥ 20 ✓ → 1 signal: not listed
    candidate('Adam', true, [{ partnerLearned: false, goalsShared: 0, goalsAchieved: 0, held: 4, due: 5 }]),
    // learned in 1 of 2 pairs (half) ✓; goals 2 of 3 ✓; held 3 of 4: 15 < 16 ✗ → 2 signals
    candidate('Bea', true, [
      { partnerLearned: true, goalsShared: 2, goalsAchieved: 1, held: 2, due: 2 },
      { partnerLearned: false, goalsShared: 1, goalsAchieved: 1, held: 1, due: 2 },
    ]),
    // Every signal, but did not opt in: never looked at.
    candidate('Carl', false, [{ partnerLearned: true, goalsShared: 1, goalsAchieved: 1, held: 9, due: 9 }]),
  ];

  it('lists the opted-in with at least two signals, alphabetically, with evidence (hand-computed)', () => {
    const r = futureLeaders(candidates, 6);
    expect(r.optedIn).toEqual({ suppressed: false, people: 6, value: 6 });
    expect(r.leaders.map((l) => l.name)).toEqual(['Bea', 'Zoe']);
    expect(r.leaders[1]).toEqual({
      personId: 'id-Zoe',
      name: 'Zoe',
      department: 'IT',
      signals: [
        {
          key: 'partners_learned',
          label: 'Partners reported high learning',
          met: true,
          evidence: 'Partner reported high learning (self-rating up at least one level)',
        },
        { key: 'goals_met', label: 'Goals met', met: true, evidence: 'Met 2 of 3 shared goals' },
        {
          key: 'meetings_held',
          label: 'Meetings consistently held',
          met: true,
          evidence: 'Held 11 of 12 meetings due',
        },
      ],
    });
    expect(r.leaders[0]!.signals.map((s) => [s.met, s.evidence])).toEqual([
      [true, 'Partners reported high learning in 1 of 2 pairs (self-rating up at least one level)'],
      [true, 'Met 2 of 3 shared goals'],
      [false, 'Held 3 of 4 meetings due'],
    ]);
    expect(JSON.stringify(r)).not.toContain('Carl');
  });

  it('the opted-in count is guarded like any head count', () => {
    expect(futureLeaders(candidates, 3).optedIn).toEqual({ suppressed: true, people: null, value: null });
  });

  it('thresholds: meetings need three due; goals need one shared; no learning data is not a signal', () => {
    expect(
      leaderSignals([{ partnerLearned: null, goalsShared: 0, goalsAchieved: 0, held: 2, due: 2 }]).map((s) => [
        s.met,
        s.evidence,
      ]),
    ).toEqual([
      [false, 'No start and end self-ratings from a partner yet'],
      [false, 'No shared goals yet'],
      [false, 'Held 2 of 2 meetings due'],
    ]);
    // 1 of 2 goals: 3 < 4 ✗; 8 of 10 held: 40 ≥ 40 ✓; 7 of 9: 35 < 36 ✗.
    expect(
      leaderSignals([{ partnerLearned: true, goalsShared: 2, goalsAchieved: 1, held: 8, due: 10 }]).map((s) => s.met),
    ).toEqual([true, false, true]);
    expect(
      leaderSignals([{ partnerLearned: true, goalsShared: 1, goalsAchieved: 1, held: 7, due: 9 }]).map((s) => s.met),
    ).toEqual([true, true, false]);
  });

  it('property: only opted-in people with ≥ 2 signals, in name order, and no number of a partner in the evidence', () => {
    const pairArb = fc.record({
      partnerLearned: fc.option(fc.boolean()),
      goalsShared: fc.integer({ min: 0, max: 6 }),
      goalsAchieved: fc.integer({ min: 0, max: 6 }),
      held: fc.integer({ min: 0, max: 15 }),
      due: fc.integer({ min: 0, max: 15 }),
    });
    const candArb = fc.record({
      personId: fc.uuid(),
      name: fc.string({ minLength: 1, maxLength: 8 }),
      department: fc.constant('IT'),
      optedIn: fc.boolean(),
      pairs: fc.array(pairArb, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(candArb, { maxLength: 12 }), (cs) => {
        const r = futureLeaders(cs, cs.filter((c) => c.optedIn).length);
        for (const g of guardedIn(r)) expect(isWellGuarded(g)).toBe(true);
        const byId = new Map(cs.map((c) => [c.personId, c]));
        for (const l of r.leaders) {
          expect(byId.get(l.personId)?.optedIn).toBe(true);
          expect(l.signals.filter((s) => s.met).length).toBeGreaterThanOrEqual(2);
          expect(l.signals.find((s) => s.key === 'partners_learned')!.evidence).not.toMatch(/level [0-9]|[0-9]\.[0-9]/);
        }
        const names = r.leaders.map((l) => l.name);
        expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
      }),
    );
  });
});
