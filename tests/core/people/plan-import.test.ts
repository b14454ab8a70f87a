import { describe, it, expect } from 'vitest';
import { markDeparted, planPeopleImport } from '../../../src/core/people/plan-import.js';
import type { PersonRecord } from '../../../src/core/people/person.js';
import { person } from './fixtures.js';

const directory = (...people: PersonRecord[]) => new Map(people.map((p) => [p.employeeId, p]));

describe('planPeopleImport', () => {
  it('sorts records into create, update and unchanged, and lists the missing', () => {
    const existing = directory(person('E1'), person('E2'), person('E3'), person('E4', { status: 'on_leave' }));
    const records = [person('E1'), person('E2', { level: 4 }), person('E5')];
    expect(planPeopleImport(records, existing)).toEqual({
      create: [person('E5')],
      update: [person('E2', { level: 4 })],
      unchanged: 1,
      missing: [person('E3'), person('E4', { status: 'on_leave' })],
    });
  });

  it('does not list people who already departed as missing', () => {
    const gone = person('E1', { status: 'departed', terminationDate: '2024-01-01' });
    expect(planPeopleImport([], directory(gone)).missing).toEqual([]);
  });

  it('plans an empty directory as all creates', () => {
    expect(planPeopleImport([person('E1'), person('E2')], new Map())).toMatchObject({
      update: [],
      unchanged: 0,
      missing: [],
    });
  });

  const changes: Partial<PersonRecord>[] = [
    { name: 'Other' },
    { email: 'other@example.com' },
    { department: 'Sales' },
    { jobTitle: 'Lead' },
    { level: 9 },
    { managerEmployeeId: 'E9' },
    { location: 'Oslo' },
    { timeZone: 'Europe/Oslo' },
    { hireDate: '2020-01-01' },
    { status: 'on_leave' },
    { terminationDate: '2030-01-01' },
    { generationBand: 'gen_z' },
  ];
  it.each(changes.map((change) => [Object.keys(change)[0], change]))(
    'counts a change to %s as an update',
    (_, change) => {
      const plan = planPeopleImport([person('E1', change)], directory(person('E1')));
      expect(plan.update).toHaveLength(1);
      expect(plan.unchanged).toBe(0);
    },
  );

  it('counts a change from null to a value as an update', () => {
    const plan = planPeopleImport([person('E1', { location: null })], directory(person('E1', { location: 'Oslo' })));
    expect(plan.update).toHaveLength(1);
  });
});

describe('markDeparted', () => {
  it('sets status departed and today as the termination date', () => {
    const before = person('E1');
    expect(markDeparted(before, '2025-05-01')).toEqual({
      ...before,
      status: 'departed',
      terminationDate: '2025-05-01',
    });
    expect(before.status).toBe('active');
  });

  it('keeps a termination date that is already set', () => {
    const leaving = person('E1', { status: 'on_leave', terminationDate: '2025-03-31' });
    expect(markDeparted(leaving, '2025-05-01')).toMatchObject({ status: 'departed', terminationDate: '2025-03-31' });
  });
});
