import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funnel } from '../../../src/core/analytics/funnel.js';
import { isShowable } from '../../../src/core/analytics/privacy.js';
import { DEMO_REFERENCE_DATE, generateDemoOrg } from '../../../src/core/demo/generate-demo-org.js';
import { DEMO_PROGRAM_END, DEMO_PROGRAM_START, generateDemoProgram, type DemoProgram } from '../../../src/core/demo/generate-demo-program.js';
import { phaseWindows } from '../../../src/core/pairs/checkins.js';
import type { PersonRecord } from '../../../src/core/people/person.js';
import { STANDARD_KEYS } from '../../../src/core/surveys/templates.js';

const org = generateDemoOrg();
const plan = generateDemoProgram(org);
const byId = new Map(org.people.map((p) => [p.employeeId, p]));
const personOf = (id: string) => byId.get(id) as PersonRecord;
const members = (p: DemoProgram['pairs'][number]) => [p.mentorEmployeeId, p.menteeEmployeeId];

/** Managers of a person, up to the top. */
function chain(person: PersonRecord): string[] {
  const out: string[] = [];
  for (let m = person.managerEmployeeId; m !== null; m = personOf(m).managerEmployeeId) out.push(m);
  return out;
}

/** The funnel as load-funnel counts it: each person at the furthest stage reached. */
function funnelCounts(p: DemoProgram): number[] {
  const inPair = new Set(p.pairs.flatMap(members));
  const started = new Set(p.pairs.filter((x) => x.activatedAt).flatMap(members));
  const completed = new Set(p.pairs.filter((x) => x.activatedAt && x.endedAt && x.endedAt.slice(0, 10) >= DEMO_PROGRAM_END).flatMap(members));
  const e = p.enrollments;
  return [e.length, e.filter((x) => x.appliedAt).length, e.filter((x) => x.status === 'approved').length, e.filter((x) => x.trainedAt).length, inPair.size, started.size, completed.size];
}

/** The promises any seed keeps. */
function expectWellFormed(p: DemoProgram): void {
  const counts = funnelCounts(p);
  counts.slice(1).forEach((n, i) => expect(n).toBeLessThanOrEqual(counts[i] as number));
  const seen = new Set<string>();
  const logins = new Set(org.logins.map((l) => l.employeeId));
  for (const pair of p.pairs) {
    const mentor = personOf(pair.mentorEmployeeId);
    const mentee = personOf(pair.menteeEmployeeId);
    // Reverse mode: the junior mentors the senior, two levels apart at least, never along a reporting line.
    expect(mentee.level - mentor.level).toBeGreaterThanOrEqual(2);
    expect(chain(mentor)).not.toContain(mentee.employeeId);
    expect(chain(mentee)).not.toContain(mentor.employeeId);
    for (const id of members(pair)) {
      expect(seen.has(id)).toBe(false);
      seen.add(id);
      expect(logins.has(id)).toBe(false);
      expect(p.enrollments.find((e) => e.employeeId === id)?.trainedAt).toBeTruthy();
      const left = personOf(id).terminationDate;
      if (left !== null && pair.endedAt) expect(pair.endedAt.slice(0, 10) <= left).toBe(true);
    }
    expect(p.enrollments.find((e) => e.employeeId === mentor.employeeId)?.side).toBe('mentor');
    if (pair.activatedAt && pair.endedAt) expect(pair.activatedAt < pair.endedAt).toBe(true);
  }
  for (const e of p.enrollments) {
    const person = personOf(e.employeeId);
    expect(person.hireDate! < e.invitedAt).toBe(true);
    if (e.appliedAt) expect(e.invitedAt < e.appliedAt).toBe(true);
    if (e.trainedAt) expect(e.trainedAt < DEMO_PROGRAM_START).toBe(true);
    if (e.leaderSignalsAt) expect(e.side).toBe('mentor');
  }
  for (const m of p.meetings) {
    const pair = p.pairs[m.pair] as DemoProgram['pairs'][number];
    expect(m.startsAt >= (pair.activatedAt as string) && m.startsAt <= (pair.endedAt as string)).toBe(true);
  }
}

describe('generateDemoProgram', () => {
  it('is deterministic: the same org and seed give the same year', () => {
    expect(generateDemoProgram(org)).toEqual(plan);
    expect(generateDemoProgram(org, 7)).toEqual(generateDemoProgram(org, 7));
    expect(generateDemoProgram(org, 7).pairs).not.toEqual(plan.pairs);
  });

  it('is a program of about a year that closed a month before the demo date', () => {
    expect(plan.program.startDate).toBe('2025-10-01');
    expect(plan.program.endDate).toBe('2026-09-30');
    expect(plan.program.endDate < DEMO_REFERENCE_DATE).toBe(true);
    expect(plan.program.createdAt < plan.enrollments[0]!.invitedAt).toBe(true);
  });

  it('has a funnel with a drop-off of at least 5 people at every step, so every count and drop-off is shown', () => {
    const counts = funnelCounts(plan);
    expect(counts).toEqual([88, 82, 76, 71, 66, 60, 50]);
    const [invited, applied, approved, trained, matched, active, completed] = counts;
    const figure = funnel({ invited: invited!, applied: applied!, approved: approved!, trained: trained!, matched: matched!, active: active!, completed: completed! });
    for (const step of figure.steps) {
      expect(step.reached.suppressed, step.stage).toBe(false);
      expect(step.dropOff?.suppressed ?? false, step.stage).toBe(false);
    }
    expect(plan.pairs.filter((p) => p.activatedAt)).toHaveLength(30);
    expect(plan.pairs.filter((p) => p.endedEarly).length).toBeGreaterThanOrEqual(3);
  });

  it('pairs follow the rules of a reverse program', () => {
    expectWellFormed(plan);
    const crossDepartment = plan.pairs.filter((p) => personOf(p.mentorEmployeeId).department !== personOf(p.menteeEmployeeId).department);
    expect(crossDepartment.length).toBeGreaterThan(plan.pairs.length / 2);
    // Both kinds in groups of five or more, so the reach card can show the cross-department share.
    const started = plan.pairs.filter((p) => p.activatedAt);
    const sameDepartment = started.filter((p) => personOf(p.mentorEmployeeId).department === personOf(p.menteeEmployeeId).department);
    expect(isShowable(sameDepartment.length) && isShowable(started.length - sameDepartment.length)).toBe(true);
  });

  it('draws participants from across the organization', () => {
    const departments = new Map<string, number>();
    for (const e of plan.enrollments) departments.set(personOf(e.employeeId).department, (departments.get(personOf(e.employeeId).department) ?? 0) + 1);
    expect(departments.size).toBeGreaterThanOrEqual(6);
    for (const n of departments.values()) expect(n).toBeGreaterThanOrEqual(5);
  });

  it('has meetings every fortnight, mostly held, and a few pairs that went quiet', () => {
    const held = plan.meetings.filter((m) => m.outcome === 'held').length;
    expect(held / plan.meetings.length).toBeGreaterThan(0.8);
    expect(held / plan.meetings.length).toBeLessThan(0.95);
    const gaps = plan.pairs.map((_, i) => {
      const days = plan.meetings.filter((m) => m.pair === i).map((m) => Date.parse(m.startsAt) / 86_400_000);
      return Math.max(0, ...days.slice(1).map((d, j) => d - (days[j] as number)));
    });
    expect(gaps.filter((g) => g > 28).length).toBeGreaterThanOrEqual(2);
  });

  it('shows both sides learning, in groups of at least five per category, phase and direction', () => {
    const mean = (side: string, phase: string) => {
      const rows = plan.checkins.filter((c) => c.side === side && c.phase === phase);
      return rows.reduce((s, c) => s + c.level, 0) / rows.length;
    };
    for (const side of ['mentor', 'mentee']) {
      expect(mean(side, 'midway')).toBeGreaterThan(mean(side, 'start'));
      expect(mean(side, 'end')).toBeGreaterThan(mean(side, 'midway'));
    }
    const groups = new Map<string, Set<string>>();
    for (const c of plan.checkins) {
      const key = `${c.skillKey.startsWith('career') || c.skillKey.startsWith('navigating') ? 'leadership' : c.skillKey}|${c.side}|${c.phase}`;
      groups.set(key, (groups.get(key) ?? new Set()).add(`${c.pair}`));
    }
    expect(groups.get('leadership|mentor|end')?.size).toBeGreaterThanOrEqual(5);
    for (const c of plan.checkins) {
      const pair = plan.pairs[c.pair]!;
      const window = phaseWindows({ activatedOn: pair.activatedAt!.slice(0, 10), programEndDate: DEMO_PROGRAM_END })[c.phase]!;
      expect(c.at.slice(0, 10) >= window.from && c.at.slice(0, 10) <= window.until).toBe(true);
      expect(c.level).toBeGreaterThanOrEqual(1);
      expect(c.level).toBeLessThanOrEqual(5);
    }
  });

  it('answers surveys with the standard keys, in groups of at least five per month and role', () => {
    const kinds = new Set(plan.surveys.map((s) => `${s.kind}/${s.audience}`));
    expect(kinds).toEqual(new Set(['fit_check/both', 'pulse/both', 'end_of_cycle/mentor', 'end_of_cycle/mentee']));
    const months = new Map<string, Set<string>>();
    for (const r of plan.responses) {
      const survey = plan.surveys[r.survey]!;
      expect(survey.audience === 'both' || survey.audience === r.side).toBe(true);
      if (!r.answers) continue;
      expect(Object.keys(r.answers).sort()).toEqual([...STANDARD_KEYS[survey.kind]].sort());
      expect(r.answeredAt! >= r.dueAt && r.answeredAt! <= r.closesAt).toBe(true);
      if (survey.kind === 'pulse') {
        for (const key of ['morale', 'useful']) expect(r.answers[key]).toBeGreaterThanOrEqual(1);
        expect(r.answers.nps).toBeLessThanOrEqual(10);
        const month = r.answeredAt!.slice(0, 7);
        months.set(month, (months.get(month) ?? new Set()).add(`${r.pair}/${r.side}`));
      }
    }
    expect(months.size).toBeGreaterThanOrEqual(12);
    for (const [month, people] of months) expect(isShowable(people.size), month).toBe(true);
    for (const side of ['mentor', 'mentee']) {
      const answered = plan.responses.filter((r) => plan.surveys[r.survey]!.kind === 'end_of_cycle' && r.side === side && r.answers);
      expect(answered.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('has shared goals, a mid-year review with submitted summaries and comments, and junior leader opt-ins', () => {
    expect(plan.goals.filter((g) => g.sharedWithProgram).length).toBeGreaterThanOrEqual(10);
    expect(plan.review.summaries.length).toBeGreaterThanOrEqual(10);
    expect(plan.review.comments.length).toBeGreaterThanOrEqual(1);
    for (const s of plan.review.summaries) {
      for (const g of s.goals) expect(plan.goals[g.goal]).toMatchObject({ pair: s.pair, sharedWithProgram: true });
      expect(s.submittedAt.slice(0, 10) <= plan.review.dueDate).toBe(true);
    }
    const optedIn = plan.enrollments.filter((e) => e.leaderSignalsAt);
    expect(isShowable(optedIn.length)).toBe(true);
    for (const e of optedIn) expect(personOf(e.employeeId).level).toBeLessThanOrEqual(3);
  });

  it('keeps the browser journeys’ people and the demo logins’ teams out of the program', () => {
    const logins = new Set(org.logins.map((l) => l.employeeId));
    for (const e of plan.enrollments) {
      const p = personOf(e.employeeId);
      expect(logins.has(p.employeeId) || logins.has(p.managerEmployeeId ?? '')).toBe(false);
      expect((p.department === 'Sales' && p.level >= 5) || (p.department === 'Engineering' && p.level <= 2)).toBe(false);
    }
  });

  it('keeps its promises for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const other = generateDemoProgram(org, seed);
        expectWellFormed(other);
        expect(funnelCounts(other)[0]).toBe(88);
      }),
      { numRuns: 15 },
    );
  });
});
