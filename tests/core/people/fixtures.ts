import type { RawPeopleRow } from '../../../src/core/people/import-columns.js';
import type { PersonRecord } from '../../../src/core/people/person.js';
import type { ExistingDirectory } from '../../../src/core/people/validate-people.js';
import { buildPerson } from '../../support/people-factory.js';

/** A valid raw row for `id`; `overrides` replace or add cells. */
export function rawRow(row: number, id: string, overrides: Record<string, string> = {}): RawPeopleRow {
  const values: Record<string, string> = {
    employee_id: id,
    name: `Person ${id}`,
    email: `${id.toLowerCase()}@example.com`,
    department: 'Engineering',
    level: '3',
  };
  return { row, values: { ...values, ...overrides } };
}

/** Rows numbered from 2 as a spreadsheet would, one per [id, managerId]. */
export function chainRows(pairs: readonly (readonly [string, string | null])[]): RawPeopleRow[] {
  return pairs.map(([id, manager], index) => rawRow(index + 2, id, { manager_id: manager ?? '' }));
}

export function directoryOf(entries: Record<string, { manager?: string | null; email?: string }>): ExistingDirectory {
  return new Map(
    Object.entries(entries).map(([id, e]) => [
      id,
      { managerEmployeeId: e.manager ?? null, email: e.email ?? `${id.toLowerCase()}@example.com` },
    ]),
  );
}

/** A person with only the required fields set (the import's minimal valid row). */
export function person(id: string, overrides: Partial<PersonRecord> = {}): PersonRecord {
  return buildPerson({ employeeId: id, jobTitle: null, location: null, timeZone: null, hireDate: null, ...overrides });
}
