import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closeRefusal,
  concernAccess,
  concernBodyProblem,
  juniorSide,
  mayRaise,
  programEndsAt,
  pulseAnswerProblems,
  pulseAnswerRefusal,
  pulseDue,
  pulseDueAt,
  pulseResults,
  pulseSchedule,
  replyRefusal,
  type PulseAnswerRow,
} from '../../../src/core/pairs/safeguards.js';

const DAY = 86_400_000;

describe('the junior of a pair', () => {
  it('is the mentor in reverse mentoring; in mutual mentoring the lower level, the mentor on a tie', () => {
    expect(juniorSide('reverse', 2, 7)).toBe('mentor');
    expect(juniorSide('reverse', 7, 2)).toBe('mentor');
    expect(juniorSide('mutual', 7, 2)).toBe('mentee');
    expect(juniorSide('mutual', 2, 7)).toBe('mentor');
    expect(juniorSide('mutual', 4, 4)).toBe('mentor');
  });

  it('property: in mutual mode the junior never has the higher level', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), (mentor, mentee) => {
        const side = juniorSide('mutual', mentor, mentee);
        expect(side === 'mentor' ? mentor <= mentee : mentee < mentor).toBe(true);
      }),
    );
  });
});

describe('the pulse schedule', () => {
  const activated = new Date('2027-01-04T09:30:00Z');

  it('check-in n is due activation + 28n days, while on or before the program’s last day', () => {
    expect(pulseDueAt(activated, 1).toISOString()).toBe('2027-02-01T09:30:00.000Z');
    const all = pulseSchedule(activated, '2027-03-29');
    expect(all.map((p) => p.dueAt.toISOString())).toEqual(['2027-02-01T09:30:00.000Z', '2027-03-01T09:30:00.000Z', '2027-03-29T09:30:00.000Z']);
    expect(pulseDue(activated, '2027-03-28', 3)).toBeNull();
    expect(pulseDue(activated, '2027-03-28', 0)).toBeNull();
    expect(pulseSchedule(activated, '2027-01-20')).toEqual([]);
  });

  it('property: the schedule is every 28 days, numbered 1…, all before the end, and the next one falls after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: -10, max: 800 }), (offset, span) => {
        const at = new Date(Date.UTC(2026, 0, 1) + offset * DAY + 37_000);
        const end = new Date(at.getTime() + span * DAY).toISOString().slice(0, 10);
        const all = pulseSchedule(at, end);
        all.forEach((p, i) => {
          expect(p.number).toBe(i + 1);
          expect(p.dueAt.getTime() - at.getTime()).toBe((i + 1) * 28 * DAY);
          expect(p.dueAt.getTime()).toBeLessThanOrEqual(programEndsAt(end).getTime());
        });
        expect(pulseDueAt(at, all.length + 1).getTime()).toBeGreaterThan(programEndsAt(end).getTime());
      }),
    );
  });

  it('a check-in is answered once, between its due date and the next one', () => {
    const dueAt = new Date('2027-02-01T09:30:00Z');
    expect(pulseAnswerRefusal({ dueAt, answeredAt: null }, new Date('2027-02-02T00:00:00Z'))).toBeNull();
    expect(pulseAnswerRefusal({ dueAt, answeredAt: null }, new Date('2027-01-31T00:00:00Z'))).toMatch(/not open yet/);
    expect(pulseAnswerRefusal({ dueAt, answeredAt: null }, new Date('2027-03-01T09:30:00Z'))).toMatch(/closed/);
    expect(pulseAnswerRefusal({ dueAt, answeredAt: dueAt }, new Date('2027-02-02T00:00:00Z'))).toMatch(/already answered/);
  });
});

describe('pulse answers', () => {
  it('need three whole numbers 1–5, a comment of at most 1000 characters and a sharing choice', () => {
    expect(pulseAnswerProblems({ answers: { engaged: 4, candid: 5, pressure: 1 }, comment: '  fine  ', shareMode: 'aggregate' })).toEqual({ problems: [], comment: 'fine' });
    const { problems } = pulseAnswerProblems({ answers: { engaged: 0, candid: 2.5 }, comment: 'x'.repeat(1001), shareMode: undefined });
    expect(problems.map((p) => p.path)).toEqual(['answers.engaged', 'answers.candid', 'answers.pressure', 'comment', 'shareMode']);
    expect(problems[2]!.message).toBe('“Is there any pressure you are uncomfortable with?”: choose 1 (none at all) to 5 (a lot of pressure)');
  });
});

describe('what the program manager sees of the pulses', () => {
  const row = (personId: string, number: number, shareMode: 'named' | 'aggregate', engaged = 4): PulseAnswerRow => ({
    personId,
    personName: `Name ${personId}`,
    partnerName: 'Partner',
    number,
    answers: { engaged, candid: 3, pressure: 2 },
    comment: `secret comment of ${personId}`,
    shareMode,
    answeredAt: new Date(Date.UTC(2027, 0, number, Number(personId.replace(/\D/g, '')) || 0)),
  });

  it('lists named answers per person; averages aggregate answers only over five people, never one by one', () => {
    const rows = [row('p1', 1, 'named'), row('p1', 2, 'named'), ...[2, 3, 4, 5, 6].map((i) => row(`p${i}`, 1, 'aggregate', i - 1)), row('p7', 2, 'aggregate')];
    const r = pulseResults(rows);
    expect(r.named).toHaveLength(1);
    expect(r.named[0]!.answers.map((a) => a.number)).toEqual([1, 2]);
    expect(r.named[0]!.answers[0]!.comment).toBe('secret comment of p1');
    expect(r.aggregate).toEqual([
      { number: 1, suppressed: false, people: 5, answers: 5, means: { engaged: 3, candid: 3, pressure: 2 } },
      { number: 2, suppressed: true },
    ]);
    const text = JSON.stringify(r);
    for (const i of [2, 3, 4, 5, 6, 7]) {
      expect(text).not.toContain(`secret comment of p${i}`);
      expect(text).not.toContain(`Name p${i}`);
    }
  });

  it('property: no aggregate-mode answer appears alone, and a named answer never mixes into an average', () => {
    const arb = fc.array(
      fc.record({ person: fc.integer({ min: 1, max: 8 }), number: fc.integer({ min: 1, max: 3 }), named: fc.boolean(), engaged: fc.integer({ min: 1, max: 5 }) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const rows = specs.map((s) => row(`p${s.person}`, s.number, s.named ? 'named' : 'aggregate', s.engaged));
        const r = pulseResults(rows);
        const namedPeople = new Set(rows.filter((x) => x.shareMode === 'named').map((x) => x.personId));
        expect(new Set(r.named.map((p) => p.personId))).toEqual(namedPeople);
        for (const p of r.named) for (const a of p.answers) expect(a.shareMode).toBe('named');
        for (const g of r.aggregate) {
          const members = rows.filter((x) => x.shareMode === 'aggregate' && x.number === g.number);
          if (g.suppressed) expect(new Set(members.map((x) => x.personId)).size).toBeLessThan(5);
          else {
            expect(g.people).toBeGreaterThanOrEqual(5);
            expect(g.answers).toBe(members.length);
            expect(g.means.engaged).toBeCloseTo(members.reduce((s, x) => s + x.answers.engaged, 0) / members.length, 1);
          }
        }
        const text = JSON.stringify(r);
        for (const x of rows.filter((y) => y.shareMode === 'aggregate' && !namedPeople.has(y.personId))) {
          expect(text).not.toContain(x.comment!);
          expect(text).not.toContain(x.personName);
        }
      }),
    );
  });
});

describe('concerns', () => {
  const members = ['mentor', 'mentee'] as const;

  it('are raised by either member, 1–5000 characters', () => {
    expect(mayRaise('mentor', members)).toBe(true);
    expect(mayRaise('mentee', members)).toBe(true);
    expect(mayRaise('outsider', members)).toBe(false);
    expect(concernBodyProblem('  ')?.path).toBe('body');
    expect(concernBodyProblem('x'.repeat(5000))).toBeNull();
    expect(concernBodyProblem('x'.repeat(5001))?.message).toMatch(/5000/);
  });

  it('are read by the raiser and the program’s managers — never by the partner, even one who manages the program', () => {
    const access = (viewerPersonId: string | null, viewerManagesProgram: boolean) => concernAccess({ viewerPersonId, viewerManagesProgram, raisedByPersonId: 'mentee', memberPersonIds: members });
    expect(access('mentee', false)).toBe('raiser');
    expect(access('mentee', true)).toBe('raiser');
    expect(access('pm', true)).toBe('manager');
    expect(access(null, true)).toBe('manager');
    expect(access('mentor', false)).toBeNull();
    expect(access('mentor', true)).toBeNull();
    expect(access('someone', false)).toBeNull();
  });

  it('property: the partner of the raiser never has access', () => {
    fc.assert(
      fc.property(fc.constantFrom(...members), fc.boolean(), (raiser, manages) => {
        const partner = raiser === 'mentor' ? 'mentee' : 'mentor';
        expect(concernAccess({ viewerPersonId: partner, viewerManagesProgram: manages, raisedByPersonId: raiser, memberPersonIds: members })).toBeNull();
      }),
    );
  });

  it('take replies while open; only a manager closes them, once', () => {
    expect(replyRefusal('open')).toBeNull();
    expect(replyRefusal('closed')).toMatch(/closed/);
    expect(closeRefusal('open', 'manager')).toBeNull();
    expect(closeRefusal('open', 'raiser')).toMatch(/Only the program manager/);
    expect(closeRefusal('closed', 'manager')).toMatch(/already closed/);
  });
});
