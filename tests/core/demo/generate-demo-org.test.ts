import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../../src/core/auth/password-policy.js';
import { DEMO_REFERENCE_DATE, generateDemoOrg, type DemoOrg } from '../../../src/core/demo/generate-demo-org.js';
import { createRng } from '../../../src/core/demo/prng.js';
import { EMPLOYMENT_STATUSES, GENERATION_BANDS, type PersonRecord } from '../../../src/core/people/person.js';

const demo = generateDemoOrg();
const byId = new Map(demo.people.map((p) => [p.employeeId, p]));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const yearsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);

/** Walks up the reporting line; throws on a cycle or a dangling manager id. */
function chainToTop(org: DemoOrg, person: PersonRecord): PersonRecord[] {
  const people = new Map(org.people.map((p) => [p.employeeId, p]));
  const chain = [person];
  for (let current = person; current.managerEmployeeId !== null;) {
    const manager = people.get(current.managerEmployeeId);
    if (!manager) throw new Error(`${current.employeeId} has unknown manager ${current.managerEmployeeId}`);
    if (chain.includes(manager)) throw new Error(`cycle through ${manager.employeeId}`);
    chain.push(manager);
    current = manager;
  }
  return chain;
}

/** The structural promises every seed must keep. */
function expectWellFormed(org: DemoOrg): void {
  const ids = new Map(org.people.map((p) => [p.employeeId, p]));
  expect(ids.size).toBe(org.people.length);
  expect(new Set(org.people.map((p) => p.email)).size).toBe(org.people.length);
  const tops = org.people.filter((p) => p.managerEmployeeId === null);
  expect(tops.map((p) => p.level)).toEqual([8]);
  for (const person of org.people) {
    const chain = chainToTop(org, person);
    expect(chain.at(-1)).toBe(tops[0]);
    if (person.managerEmployeeId !== null) {
      const manager = ids.get(person.managerEmployeeId) as PersonRecord;
      expect(manager.level).toBeGreaterThan(person.level);
      // Departed people are leaves: nobody reports to someone who has left.
      expect(manager.status).not.toBe('departed');
    }
    expect(person.hireDate! <= DEMO_REFERENCE_DATE).toBe(true);
    if (person.status === 'departed') {
      expect(person.terminationDate).toMatch(ISO_DATE);
      expect(person.terminationDate! >= person.hireDate!).toBe(true);
      expect(person.terminationDate! <= DEMO_REFERENCE_DATE).toBe(true);
    } else {
      expect(person.terminationDate).toBeNull();
    }
  }
  for (const login of org.logins) {
    const person = ids.get(login.employeeId);
    expect(person?.email).toBe(login.email);
    expect(person?.status).toBe('active');
  }
}

describe('generateDemoOrg', () => {
  it('is deterministic: the same seed gives the same organization', () => {
    expect(generateDemoOrg(2026)).toEqual(demo);
    expect(generateDemoOrg(7)).toEqual(generateDemoOrg(7));
    expect(generateDemoOrg(7).people).not.toEqual(demo.people);
  });

  it('names a fictional company with emails at a reserved domain', () => {
    expect(demo.org).toEqual({ name: 'Halden & Moor', slug: 'halden-moor' });
    for (const p of demo.people) expect(p.email).toMatch(/^[a-z0-9.-]+@halden-moor\.example$/);
  });

  it('has about 300 people across at least six departments and six levels', () => {
    expect(demo.people.length).toBeGreaterThanOrEqual(280);
    expect(demo.people.length).toBeLessThanOrEqual(320);
    expect(new Set(demo.people.map((p) => p.department)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(demo.people.map((p) => p.level)).size).toBeGreaterThanOrEqual(6);
    for (const p of demo.people) {
      expect(p.level).toBeGreaterThanOrEqual(1);
      expect(p.level).toBeLessThanOrEqual(8);
      expect(p.jobTitle).toBeTruthy();
      expect(EMPLOYMENT_STATUSES).toContain(p.status);
    }
  });

  it('issues unique HM employee ids, the founding CEO first', () => {
    expect(demo.people.every((p) => /^HM\d{4}$/.test(p.employeeId))).toBe(true);
    expect(demo.people[0]).toMatchObject({ employeeId: 'HM0001', level: 8, jobTitle: 'Chief Executive Officer' });
  });

  it('forms one reporting tree with a department head per department under the CEO', () => {
    expectWellFormed(demo);
    const heads = demo.people.filter((p) => p.managerEmployeeId === 'HM0001');
    expect(heads.every((p) => p.level === 7)).toBe(true);
    expect(new Set(heads.map((p) => p.department)).size).toBe(new Set(demo.people.map((p) => p.department)).size);
  });

  it('has most departures in the last two years, so retention over the demo year has events', () => {
    const leavers = demo.people.filter((p) => p.status === 'departed');
    const recent = leavers.filter((p) => yearsBetween(p.terminationDate as string, DEMO_REFERENCE_DATE) <= 2);
    expect(recent.length / leavers.length).toBeGreaterThanOrEqual(0.5);
    expect(leavers.filter((p) => p.terminationDate! >= '2025-10-01').length).toBeGreaterThanOrEqual(10);
  });

  it('has 8–12% departed and a few on leave', () => {
    const departed = demo.people.filter((p) => p.status === 'departed').length / demo.people.length;
    expect(departed).toBeGreaterThanOrEqual(0.08);
    expect(departed).toBeLessThanOrEqual(0.12);
    expect(demo.people.filter((p) => p.status === 'on_leave').length).toBeGreaterThan(0);
  });

  it('spreads hire dates over at least 14 years, seniors tending to have joined earlier', () => {
    const hires = demo.people.map((p) => p.hireDate as string).sort();
    for (const date of hires) expect(date).toMatch(ISO_DATE);
    expect(yearsBetween(hires[0] as string, hires.at(-1) as string)).toBeGreaterThanOrEqual(14);
    const meanTenure = (levels: number[]) => {
      const group = demo.people.filter((p) => levels.includes(p.level));
      return group.reduce((sum, p) => sum + yearsBetween(p.hireDate as string, DEMO_REFERENCE_DATE), 0) / group.length;
    };
    expect(meanTenure([5, 6, 7, 8])).toBeGreaterThan(meanTenure([1, 2]));
  });

  it('gives locations with matching time zones and mostly plausible generation bands', () => {
    const zones: Record<string, string> = {
      London: 'Europe/London',
      Lisbon: 'Europe/Lisbon',
      Berlin: 'Europe/Berlin',
      'New York': 'America/New_York',
      Singapore: 'Asia/Singapore',
    };
    for (const p of demo.people) expect(p.timeZone).toBe(zones[p.location as string]);
    const banded = demo.people.filter((p) => p.generationBand !== null);
    expect(banded.length / demo.people.length).toBeGreaterThan(0.85);
    for (const p of banded) expect(GENERATION_BANDS).toContain(p.generationBand);
    const juniorsYoung = demo.people.filter((p) => p.level <= 2 && ['gen_z', 'millennial'].includes(p.generationBand!));
    expect(juniorsYoung.length).toBeGreaterThan(demo.people.filter((p) => p.level <= 2).length * 0.7);
    const seniors = demo.people.filter((p) => p.level >= 7 && p.generationBand !== null);
    expect(seniors.some((p) => p.generationBand === 'gen_x' || p.generationBand === 'boomer')).toBe(true);
  });

  it('includes names in non-Latin scripts while keeping emails ASCII', () => {
    const nonLatin = demo.people.filter((p) =>
      /[\p{Script=Han}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hangul}]/u.test(p.name),
    );
    expect(nonLatin.length).toBeGreaterThanOrEqual(10);
  });

  it('provides five demo logins, one per role, for active people with the right standing', () => {
    expect(demo.logins.map((l) => l.roles)).toEqual([['org_admin'], ['program_manager'], ['manager'], ['participant'], ['sponsor']]);
    const [admin, programManager, manager, participant, sponsor] = demo.logins.map(
      (l) => byId.get(l.employeeId) as PersonRecord,
    );
    expect(admin).toMatchObject({ department: 'People', level: 7 });
    expect(programManager?.department).toBe('People');
    expect(manager).toMatchObject({ department: 'Engineering', jobTitle: 'Engineering Manager' });
    expect(demo.people.some((p) => p.managerEmployeeId === manager?.employeeId)).toBe(true);
    expect(participant).toMatchObject({ department: 'Engineering', managerEmployeeId: manager?.employeeId });
    expect(participant?.level).toBeLessThanOrEqual(2);
    expect(sponsor).toMatchObject({ department: 'Operations', level: 7, jobTitle: 'Chief Operating Officer' });
    for (const login of demo.logins) {
      const person = byId.get(login.employeeId) as PersonRecord;
      expect(login.label).toBeTruthy();
      expect([...login.password].length).toBeGreaterThanOrEqual(12);
      expect(checkPassword(login.password, { email: login.email, name: person.name })).toEqual({ ok: true });
    }
  });

  it('keeps its promises for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const org = generateDemoOrg(seed);
        expectWellFormed(org);
        const departed = org.people.filter((p) => p.status === 'departed').length / org.people.length;
        expect(departed).toBeGreaterThanOrEqual(0.08);
        expect(departed).toBeLessThanOrEqual(0.12);
        const hires = org.people.map((p) => p.hireDate as string).sort();
        expect(yearsBetween(hires[0] as string, hires.at(-1) as string)).toBeGreaterThanOrEqual(14);
      }),
      { numRuns: 25 },
    );
  });
});

describe('createRng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRng(42);
    const b = createRng(42);
    const draws = Array.from({ length: 1000 }, () => a.next());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const ints = Array.from({ length: 1000 }, () => a.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  });

  it('shuffles without losing or changing items', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createRng(1).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
  });
});
