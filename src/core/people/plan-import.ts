// Turns validated import records into a plan against the current directory.
// Pure: applying the plan (and deciding what to do with `missing`) is the caller's job.

import type { PersonRecord } from './person.js';

export interface ImportPlan {
  create: PersonRecord[];
  update: PersonRecord[];
  /** How many records match the directory field for field. */
  unchanged: number;
  /** In the directory, absent from the file, and not already departed. */
  missing: PersonRecord[];
}

// Listing every field (checked below) means a field added to PersonRecord cannot
// silently be left out of the comparison.
const PERSON_FIELDS = [
  'employeeId',
  'name',
  'email',
  'department',
  'jobTitle',
  'level',
  'managerEmployeeId',
  'location',
  'timeZone',
  'hireDate',
  'status',
  'terminationDate',
  'generationBand',
] as const satisfies readonly (keyof PersonRecord)[];
type MissingField = Exclude<keyof PersonRecord, (typeof PERSON_FIELDS)[number]>;
const allFieldsListed: MissingField extends never ? true : false = true;
void allFieldsListed;

export function samePerson(a: PersonRecord, b: PersonRecord): boolean {
  return PERSON_FIELDS.every((field) => a[field] === b[field]);
}

export function planPeopleImport(
  records: readonly PersonRecord[],
  existing: ReadonlyMap<string, PersonRecord>,
): ImportPlan {
  const plan: ImportPlan = { create: [], update: [], unchanged: 0, missing: [] };
  const inFile = new Set<string>();
  for (const record of records) {
    inFile.add(record.employeeId);
    const current = existing.get(record.employeeId);
    if (current === undefined) plan.create.push(record);
    else if (samePerson(current, record)) plan.unchanged += 1;
    else plan.update.push(record);
  }
  for (const [employeeId, person] of existing) {
    if (!inFile.has(employeeId) && person.status !== 'departed') plan.missing.push(person);
  }
  return plan;
}

/** The person as departed; an existing termination date is kept because it is the more accurate one. */
export function markDeparted(person: PersonRecord, today: string): PersonRecord {
  return { ...person, status: 'departed', terminationDate: person.terminationDate ?? today };
}
