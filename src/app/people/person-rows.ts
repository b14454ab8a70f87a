import type { PersonRecord } from '../../core/people/person.js';
import { GENERATION_BANDS, type GenerationBand } from '../../core/people/person.js';
import type { people } from '../../db/schema.js';

type PersonRow = typeof people.$inferSelect;
type PersonInsert = typeof people.$inferInsert;

/** A stored row as the domain record the import rules compare against. */
export function toPersonRecord(row: PersonRow): PersonRecord {
  return {
    employeeId: row.employeeId,
    name: row.name,
    email: row.email,
    department: row.department,
    jobTitle: row.jobTitle,
    level: row.level,
    managerEmployeeId: row.managerEmployeeId,
    location: row.location,
    timeZone: row.timeZone,
    hireDate: row.hireDate,
    status: row.status,
    terminationDate: row.terminationDate,
    generationBand: isBand(row.generationBand) ? row.generationBand : null,
  };
}

export function toPersonValues(orgId: string, r: PersonRecord): PersonInsert {
  return { orgId, ...r };
}

function isBand(value: string | null): value is GenerationBand {
  return value !== null && (GENERATION_BANDS as readonly string[]).includes(value);
}
