import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateLevels,
  CHECKIN_PHASES,
  learningSkills,
  mayObserve,
  observationProblem,
  openPhase,
  phaseWindows,
  ratingProblems,
  saveRefusal,
  type LevelRow,
  type PhaseWindow,
} from '../../../src/core/pairs/checkins.js';
import { MIN_GROUP } from '../../../src/core/analytics/privacy.js';

const DAY = 86_400_000;
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const days = (from: string, until: string) => Math.round((Date.parse(until) - Date.parse(from)) / DAY) + 1;

describe('check-in windows', () => {
  it('a year-long pair: three weeks at the start, three around the middle, the last three plus two weeks after', () => {
    const w = phaseWindows({ activatedOn: '2027-01-04', programEndDate: '2027-12-31' });
    expect(w.start).toEqual({ phase: 'start', from: '2027-01-04', until: '2027-01-24' });
    expect(w.end).toEqual({ phase: 'end', from: '2027-12-11', until: '2028-01-14' });
    expect(days(w.midway!.from, w.midway!.until)).toBe(21);
    // Centred: as many days before it as after it (within one).
    const before = days('2027-01-04', w.midway!.from) - 1;
    const after = days(w.midway!.until, '2027-12-31') - 1;
    expect(Math.abs(before - after)).toBeLessThanOrEqual(1);
  });

  it('a short pair shares its time in thirds; under three days only the end; after the grace period none', () => {
    const w = phaseWindows({ activatedOn: '2027-03-01', programEndDate: '2027-03-30' });
    expect(w.start).toEqual({ phase: 'start', from: '2027-03-01', until: '2027-03-10' });
    expect(w.midway).toEqual({ phase: 'midway', from: '2027-03-11', until: '2027-03-20' });
    expect(w.end).toEqual({ phase: 'end', from: '2027-03-21', until: '2027-04-13' });
    expect(phaseWindows({ activatedOn: '2027-03-29', programEndDate: '2027-03-30' })).toEqual({ start: null, midway: null, end: { phase: 'end', from: '2027-03-29', until: '2027-04-13' } });
    expect(phaseWindows({ activatedOn: '2027-04-14', programEndDate: '2027-03-30' })).toEqual({ start: null, midway: null, end: null });
  });

  it('property: windows never overlap, come in order, stay within activation … end + 14 days, last at most 21 days (end: + 14)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: -30, max: 1200 }), (start, span) => {
        const activatedOn = addDays('2026-01-01', start);
        const programEndDate = addDays(activatedOn, span);
        const w = phaseWindows({ activatedOn, programEndDate });
        const present = CHECKIN_PHASES.map((p) => w[p]).filter((x): x is PhaseWindow => x !== null);
        for (const x of present) {
          expect(x.from <= x.until).toBe(true);
          expect(x.from >= activatedOn).toBe(true);
          expect(x.until <= addDays(programEndDate, 14)).toBe(true);
          expect(days(x.from, x.until)).toBeLessThanOrEqual(x.phase === 'end' ? 35 : 21);
        }
        for (let i = 1; i < present.length; i += 1) expect(present[i - 1]!.until < present[i]!.from).toBe(true);
        // Every day is in at most one window, and openPhase agrees with the windows.
        for (let d = -1; d <= span + 16; d += 1) {
          const today = addDays(activatedOn, d);
          const containing = present.filter((x) => x.from <= today && today <= x.until);
          expect(containing.length).toBeLessThanOrEqual(1);
          expect(openPhase(w, today)).toBe(containing[0]?.phase ?? null);
        }
        // A pair with at least three days gets all three phases.
        if (span + 1 >= 3) expect(present.map((x) => x.phase)).toEqual(['start', 'midway', 'end']);
      }),
      { numRuns: 300 },
    );
  });

  it('says when a closed phase opens or closed', () => {
    const w = phaseWindows({ activatedOn: '2027-01-04', programEndDate: '2027-12-31' });
    expect(saveRefusal(w, 'start', '2027-01-10')).toBeNull();
    expect(saveRefusal(w, 'midway', '2027-01-10')).toBe(`The midway check-in opens on ${w.midway!.from}.`);
    expect(saveRefusal(w, 'start', '2027-02-01')).toBe('The starting check-in closed on 2027-01-24.');
    expect(saveRefusal({ start: null, midway: null, end: null }, 'end', '2027-02-01')).toMatch(/does not apply/);
  });
});

describe('what a member rates', () => {
  it('rates the skills they want to learn that the program offers, highest priority first, plus any already rated', () => {
    const wants = [{ skillKey: 'a', priority: 1 }, { skillKey: 'b', priority: 3 }, { skillKey: 'x', priority: 5 }];
    expect(learningSkills(wants, ['a', 'b', 'c'])).toEqual(['b', 'a']);
    expect(learningSkills(wants, ['a'], ['c', 'a'])).toEqual(['a', 'c']);
    expect(learningSkills([], ['a'])).toEqual([]);
  });

  it('checks levels 1–5, one line of evidence up to 300 characters, own skills once each', () => {
    const learning = new Set(['a', 'b']);
    expect(ratingProblems([{ skillKey: 'a', level: 3, evidence: '  Built my first dashboard  ' }], learning)).toEqual({ problems: [], clean: [{ skillKey: 'a', level: 3, evidence: 'Built my first dashboard' }] });
    expect(ratingProblems([{ skillKey: 'a', level: 5, evidence: '   ' }], learning).clean[0]!.evidence).toBeNull();
    const bad = ratingProblems(
      [
        { skillKey: 'a', level: 0 },
        { skillKey: 'a', level: 6 },
        { skillKey: 'z', level: 2.5, evidence: 'one\ntwo' },
        { skillKey: 'b', level: 2, evidence: 'x'.repeat(301) },
      ],
      learning,
    ).problems;
    expect(bad).toEqual([
      { path: 'ratings.0.level', message: 'must be a whole number from 1 to 5' },
      { path: 'ratings.1.skillKey', message: 'rated twice' },
      { path: 'ratings.1.level', message: 'must be a whole number from 1 to 5' },
      { path: 'ratings.2.skillKey', message: 'not a skill you are learning in this pair' },
      { path: 'ratings.2.level', message: 'must be a whole number from 1 to 5' },
      { path: 'ratings.2.evidence', message: 'must be one line' },
      { path: 'ratings.3.evidence', message: 'at most 300 characters' },
    ]);
    expect(ratingProblems([], learning).problems[0]!.path).toBe('ratings');
  });

  it('property: a level is accepted exactly when it is a whole number from 1 to 5', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 10 }), fc.double({ noNaN: false })), (level) => {
        const ok = ratingProblems([{ skillKey: 'a', level }], new Set(['a'])).problems.length === 0;
        expect(ok).toBe(Number.isInteger(level) && level >= 1 && level <= 5);
      }),
    );
  });

  it('only the partner observes, up to 500 characters', () => {
    const members = ['m', 'e'] as const;
    expect(mayObserve({ viewerPersonId: 'e', raterPersonId: 'm', memberPersonIds: members })).toBe(true);
    expect(mayObserve({ viewerPersonId: 'm', raterPersonId: 'm', memberPersonIds: members })).toBe(false);
    expect(mayObserve({ viewerPersonId: 'x', raterPersonId: 'm', memberPersonIds: members })).toBe(false);
    expect(observationProblem('y'.repeat(500))).toBeNull();
    expect(observationProblem('y'.repeat(501))?.path).toBe('observation');
  });
});

describe('levels for outcomes', () => {
  const row = (personId: string, level: number, over: Partial<LevelRow> = {}): LevelRow => ({ personId, level, category: 'technology', phase: 'start', direction: 'mentee_learns', ...over });

  it('averages per category × phase × direction, and shows nothing for fewer than five people', () => {
    const rows = [1, 2, 3, 4, 5].map((i) => row(`p${i}`, i)).concat([row('p1', 5, { phase: 'end' }), row('p1', 4, { category: 'social_media' })]);
    expect(aggregateLevels(rows)).toEqual([
      { category: 'social_media', phase: 'start', direction: 'mentee_learns', suppressed: true },
      { category: 'technology', phase: 'start', direction: 'mentee_learns', people: 5, suppressed: false, mean: 3, ratings: 5 },
      { category: 'technology', phase: 'end', direction: 'mentee_learns', suppressed: true },
    ]);
    // Five ratings by four people is still under five people.
    expect(aggregateLevels([1, 2, 3, 4].map((i) => row(`p${i}`, i)).concat([row('p1', 2)]))[0]).toEqual({ category: 'technology', phase: 'start', direction: 'mentee_learns', suppressed: true });
  });

  it('property: a shown group has ≥ MIN_GROUP people and a mean within 1–5; a suppressed one carries no figure', () => {
    const arbRow = fc.record({
      personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
      category: fc.constantFrom('technology', 'social_media'),
      phase: fc.constantFrom(...CHECKIN_PHASES),
      direction: fc.constantFrom('mentor_learns' as const, 'mentee_learns' as const),
      level: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), (rows) => {
        const minGroup = MIN_GROUP;
        for (const g of aggregateLevels(rows)) {
          const members = rows.filter((r) => r.category === g.category && r.phase === g.phase && r.direction === g.direction);
          const people = new Set(members.map((r) => r.personId)).size;
          if (g.suppressed) {
            expect(people).toBeLessThan(minGroup);
            expect(Object.keys(g).sort()).toEqual(['category', 'direction', 'phase', 'suppressed']);
          } else {
            expect(g.people).toBe(people);
            expect(people).toBeGreaterThanOrEqual(minGroup);
            expect(g.mean).toBeGreaterThanOrEqual(1);
            expect(g.mean).toBeLessThanOrEqual(5);
          }
        }
      }),
    );
  });
});
