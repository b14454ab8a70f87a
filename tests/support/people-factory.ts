import type { PersonRecord } from '../../src/core/people/person.js';

/** A valid person with overrides: `buildPerson({ level: 7 })`. */
export function buildPerson(overrides: Partial<PersonRecord> = {}): PersonRecord {
  const employeeId = overrides.employeeId ?? `E${Math.random().toString(36).slice(2, 10)}`;
  return {
    employeeId,
    name: `Person ${employeeId}`,
    email: `${employeeId.toLowerCase()}@example.com`,
    department: 'Engineering',
    jobTitle: 'Engineer',
    level: 3,
    managerEmployeeId: null,
    location: 'London',
    timeZone: 'Europe/London',
    hireDate: '2020-01-15',
    status: 'active',
    terminationDate: null,
    generationBand: null,
    ...overrides,
  };
}

const HEADER = 'employee_id,name,email,department,job_title,level,manager_id,location,time_zone,hire_date,status,termination_date,generation_band';

/** The people as an import file, quoting every field. */
export function toCsv(people: readonly PersonRecord[], lineEnding = '\n'): string {
  const q = (v: string | number | null) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  const lines = people.map((p) =>
    [p.employeeId, p.name, p.email, p.department, p.jobTitle, p.level, p.managerEmployeeId, p.location, p.timeZone, p.hireDate, p.status, p.terminationDate, p.generationBand]
      .map(q)
      .join(','),
  );
  return [HEADER, ...lines].join(lineEnding) + lineEnding;
}
