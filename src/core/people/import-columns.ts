// The people-import CSV column spec: which headers exist, how each cell is
// parsed, and the per-cell rules. Cross-field and cross-row rules live in
// validate-people.ts. Pure: no I/O.

import { EMPLOYMENT_STATUSES, GENERATION_BANDS } from './person.js';
import type { EmploymentStatus, GenerationBand } from './person.js';

/** A problem tied to a spreadsheet row (header = row 1; row 0 = the whole file). */
export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

/** One data row as read from the file: values keyed by canonical column name. */
export interface RawPeopleRow {
  row: number;
  values: Record<string, string>;
}

export const PEOPLE_COLUMNS = [
  'employee_id',
  'name',
  'email',
  'department',
  'job_title',
  'level',
  'manager_id',
  'location',
  'time_zone',
  'hire_date',
  'status',
  'termination_date',
  'generation_band',
] as const;
export type PeopleColumn = (typeof PEOPLE_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly PeopleColumn[] = ['employee_id', 'name', 'email', 'department', 'level'];

const MAX_LENGTH: Partial<Record<PeopleColumn, number>> = { employee_id: 64, name: 200, email: 254 };
const DEFAULT_MAX_LENGTH = 200;
export const LEVEL_MIN = -1000;
export const LEVEL_MAX = 1000;

/** Spreadsheet users write "Employee ID", "employee-id" or "EMPLOYEE_ID"; all mean the same column. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function isPeopleColumn(name: string): name is PeopleColumn {
  return (PEOPLE_COLUMNS as readonly string[]).includes(name);
}

export interface HeaderResolution {
  /** For each position in the header row, the canonical column, or null when ignored. */
  columns: (PeopleColumn | null)[];
  errors: RowError[];
  warnings: RowError[];
}

export function resolveHeader(headers: readonly string[], row = 1): HeaderResolution {
  const result: HeaderResolution = { columns: [], errors: [], warnings: [] };
  const seen = new Map<string, number>();
  headers.forEach((raw, index) => {
    const name = normalizeHeader(raw);
    const position = index + 1;
    if (name === '') {
      result.warnings.push({ row, column: null, message: `column ${position} has no header; its values are ignored` });
    } else if (seen.has(name)) {
      const message = `header "${raw.trim()}" (column ${position}) repeats column ${seen.get(name)}`;
      result.errors.push({ row, column: name, message });
    } else if (!isPeopleColumn(name)) {
      result.warnings.push({ row, column: null, message: `unknown column "${raw.trim()}" is ignored` });
    }
    if (name !== '' && !seen.has(name)) seen.set(name, position);
    result.columns.push(isPeopleColumn(name) && seen.get(name) === position ? name : null);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!seen.has(column)) result.errors.push({ row, column, message: `required column "${column}" is missing` });
  }
  return result;
}

/** A cell check: the parsed value, or an error message. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** Counts code points, not UTF-16 units, so an emoji counts as one character, as the database does. */
export function checkText(column: PeopleColumn, value: string): CellResult<string | null> {
  if (value === '') {
    return REQUIRED_COLUMNS.includes(column) ? fail(`${column} is required`) : ok(null);
  }
  const limit = MAX_LENGTH[column] ?? DEFAULT_MAX_LENGTH;
  // Code points never outnumber UTF-16 units, so the costly count is needed only past the limit.
  const length = value.length > limit ? [...value].length : value.length;
  if (length > limit) return fail(`${column} is ${length} characters long; the limit is ${limit}`);
  return ok(value);
}

export function parseEmail(value: string): CellResult<string> {
  const at = value.indexOf('@');
  const domain = value.slice(at + 1);
  const valid =
    at > 0 &&
    at === value.lastIndexOf('@') &&
    !/\s/.test(value) &&
    /^[^.].*\.[^.]+$/.test(domain) &&
    !domain.includes('..');
  return valid ? ok(value.toLowerCase()) : fail(`email "${value}" is not a valid email address`);
}

export function parseLevel(value: string): CellResult<number> {
  if (!/^[+-]?\d+$/.test(value)) return fail(`level "${value}" is not a whole number`);
  const level = Number(value);
  if (level < LEVEL_MIN || level > LEVEL_MAX) {
    return fail(`level "${value}" is outside the allowed range ${LEVEL_MIN} to ${LEVEL_MAX}`);
  }
  return ok(level);
}

export function parseIsoDate(column: PeopleColumn, value: string): CellResult<string> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return fail(`${column} "${value}" is not a date in YYYY-MM-DD form`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const real = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return real ? ok(value) : fail(`${column} "${value}" is not a real calendar date`);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

let timeZones: Map<string, string> | undefined;

// Keyed by lower case so "europe/paris" is stored as the canonical "Europe/Paris".
function knownTimeZones(): Map<string, string> {
  timeZones ??= new Map([...Intl.supportedValuesOf('timeZone'), 'UTC'].map((zone) => [zone.toLowerCase(), zone]));
  return timeZones;
}

// ICU's list holds only its own canonical ids (Node 20 lists Asia/Calcutta but not
// Asia/Kolkata), so a current IANA name of Area/Location form missing from the list
// is accepted when the runtime itself can resolve it.
function isIanaAlias(value: string): boolean {
  if (!/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function parseTimeZone(value: string): CellResult<string> {
  const known = knownTimeZones().get(value.toLowerCase());
  if (known !== undefined) return ok(known);
  return isIanaAlias(value) ? ok(value) : fail(`time_zone "${value}" is not a known IANA time zone`);
}

function parseChoice<T extends string>(column: PeopleColumn, options: readonly T[], value: string): CellResult<T> {
  const key = normalizeHeader(value);
  const match = options.find((option) => option === key);
  return match !== undefined ? ok(match) : fail(`${column} "${value}" must be one of: ${options.join(', ')}`);
}

export function parseStatus(value: string): CellResult<EmploymentStatus> {
  return parseChoice('status', EMPLOYMENT_STATUSES, value);
}

export function parseGenerationBand(value: string): CellResult<GenerationBand> {
  return parseChoice('generation_band', GENERATION_BANDS, value);
}
