// Validates people-import rows: every cell rule, the cross-field rules, and the
// rules that span rows (duplicates, email ownership, managers, reporting cycles).
// Linear in rows + directory size so a 50,000-person file validates quickly.

import {
  checkText,
  parseEmail,
  parseGenerationBand,
  parseIsoDate,
  parseLevel,
  parseStatus,
  parseTimeZone,
} from './import-columns.js';
import type { CellResult, PeopleColumn, RawPeopleRow, RowError } from './import-columns.js';
import type { EmploymentStatus, PersonRecord } from './person.js';
import { findReportingCycles, formatCycle } from '../org/reporting-cycles.js';

/** People already in the organization, keyed by employee id. */
export type ExistingDirectory = ReadonlyMap<string, { managerEmployeeId: string | null; email: string }>;

export interface ValidationResult {
  /** At most MAX_REPORTED_ERRORS entries; `errorCount` is the true number. */
  errors: RowError[];
  errorCount: number;
  warnings: RowError[];
  /** Rows that passed every check; apply them only when `errors` is empty. */
  records: PersonRecord[];
}

/** The most entries a result list holds; the last one then says how many were left out. */
export const MAX_REPORTED_ERRORS = 1000;

interface ParsedRow {
  row: number;
  employeeId: string | null;
  email: string | null;
  managerId: string | null;
  record: PersonRecord | null;
}

export function validatePeopleRows(rows: readonly RawPeopleRow[], directory: ExistingDirectory): ValidationResult {
  const errors: RowError[] = [];
  const parsed = rows.map((raw) => parseRow(raw, errors));
  const byId = firstRowById(parsed, errors);
  checkDuplicateEmails(parsed, errors);
  checkDirectoryEmails(parsed, byId, directory, errors);
  checkManagers(parsed, byId, directory, errors);
  checkCycles(byId, directory, errors);
  const failedRows = new Set(errors.map((error) => error.row));
  const records = parsed.flatMap((p) => (p.record !== null && !failedRows.has(p.row) ? [p.record] : []));
  return { errors: capEntries(errors), errorCount: errors.length, warnings: [], records };
}

function parseRow(raw: RawPeopleRow, errors: RowError[]): ParsedRow {
  const before = errors.length;
  const fields = readFields(raw, errors);
  const hasTermination = (raw.values['termination_date'] ?? '').trim() !== '';
  const status = resolveStatus(raw.row, fields, hasTermination, errors);
  const { employeeId, email, managerEmployeeId: managerId } = fields;
  const record = errors.length === before && status !== null ? toRecord(fields, status) : null;
  return { row: raw.row, employeeId, email, managerId, record };
}

type Fields = { [K in keyof PersonRecord]: PersonRecord[K] | null };

function readFields(raw: RawPeopleRow, errors: RowError[]): Fields {
  // The cell helpers live at module level: this runs once per row of a large file.
  const text = (column: PeopleColumn) => cellText(raw, column, errors);
  return {
    employeeId: text('employee_id'),
    name: text('name'),
    email: cellParsed(raw, 'email', parseEmail, errors),
    department: text('department'),
    jobTitle: text('job_title'),
    level: cellParsed(raw, 'level', parseLevel, errors),
    managerEmployeeId: text('manager_id'),
    location: text('location'),
    timeZone: cellParsed(raw, 'time_zone', parseTimeZone, errors),
    hireDate: cellParsed(raw, 'hire_date', parseHireDate, errors),
    status: cellParsed(raw, 'status', parseStatus, errors),
    terminationDate: cellParsed(raw, 'termination_date', parseTerminationDate, errors),
    generationBand: cellParsed(raw, 'generation_band', parseGenerationBand, errors),
  };
}

const parseHireDate = (value: string) => parseIsoDate('hire_date', value);
const parseTerminationDate = (value: string) => parseIsoDate('termination_date', value);

function take<T>(raw: RawPeopleRow, column: PeopleColumn, result: CellResult<T>, errors: RowError[]): T | null {
  if (result.ok) return result.value;
  errors.push({ row: raw.row, column, message: result.message });
  return null;
}

function cellText(raw: RawPeopleRow, column: PeopleColumn, errors: RowError[]): string | null {
  return take(raw, column, checkText(column, (raw.values[column] ?? '').trim()), errors);
}

function cellParsed<T>(
  raw: RawPeopleRow,
  column: PeopleColumn,
  parse: (value: string) => CellResult<T>,
  errors: RowError[],
): T | null {
  const value = cellText(raw, column, errors);
  return value === null ? null : take(raw, column, parse(value), errors);
}

function toRecord(fields: Fields, status: EmploymentStatus): PersonRecord | null {
  const { employeeId, name, email, department, level } = fields;
  if (employeeId === null || name === null || email === null || department === null || level === null) return null;
  return { ...fields, employeeId, name, email, department, level, status };
}

interface StatusFields {
  status: EmploymentStatus | null;
  hireDate: string | null;
  terminationDate: string | null;
}

// An empty status with a termination date means the person left: HR exports often omit status.
function resolveStatus(row: number, fields: StatusFields, hasTermination: boolean, errors: RowError[]) {
  const status = fields.status ?? (hasTermination ? 'departed' : 'active');
  const report = (message: string) => errors.push({ row, column: 'termination_date', message });
  const before = errors.length;
  if (status === 'departed' && !hasTermination) report('termination_date is required when status is departed');
  if (fields.status === 'active' && hasTermination) report('termination_date is set but status is active');
  const { hireDate, terminationDate } = fields;
  if (hireDate !== null && terminationDate !== null && terminationDate < hireDate) {
    report(`termination_date "${terminationDate}" is before hire_date "${hireDate}"`);
  }
  return errors.length === before ? status : null;
}

function firstRowById(parsed: readonly ParsedRow[], errors: RowError[]): Map<string, ParsedRow> {
  const byId = new Map<string, ParsedRow>();
  for (const p of parsed) {
    if (p.employeeId === null) continue;
    const first = byId.get(p.employeeId);
    if (first === undefined) byId.set(p.employeeId, p);
    else {
      const message = `employee_id "${p.employeeId}" already appears in row ${first.row}`;
      errors.push({ row: p.row, column: 'employee_id', message });
    }
  }
  return byId;
}

function checkDuplicateEmails(parsed: readonly ParsedRow[], errors: RowError[]): void {
  const firstRow = new Map<string, number>();
  for (const p of parsed) {
    if (p.email === null) continue;
    const first = firstRow.get(p.email);
    if (first === undefined) firstRow.set(p.email, p.row);
    else errors.push({ row: p.row, column: 'email', message: `email "${p.email}" already appears in row ${first}` });
  }
}

// An address may pass to someone else only when its current owner is re-imported with a new one.
function checkDirectoryEmails(
  parsed: readonly ParsedRow[],
  byId: ReadonlyMap<string, ParsedRow>,
  directory: ExistingDirectory,
  errors: RowError[],
): void {
  const ownerByEmail = new Map<string, string>();
  for (const [id, person] of directory) ownerByEmail.set(person.email.trim().toLowerCase(), id);
  for (const p of parsed) {
    if (p.email === null) continue;
    const owner = ownerByEmail.get(p.email);
    if (owner === undefined || owner === p.employeeId) continue;
    const ownerInFile = byId.get(owner);
    if (ownerInFile !== undefined && ownerInFile.email !== p.email) continue;
    const message = `email "${p.email}" already belongs to employee "${owner}" in the directory`;
    errors.push({ row: p.row, column: 'email', message });
  }
}

function checkManagers(
  parsed: readonly ParsedRow[],
  byId: ReadonlyMap<string, ParsedRow>,
  directory: ExistingDirectory,
  errors: RowError[],
): void {
  for (const p of parsed) {
    const manager = p.managerId;
    if (manager === null) continue;
    if (manager === p.employeeId) {
      errors.push({ row: p.row, column: 'manager_id', message: `manager_id "${manager}" is the employee's own id` });
    } else if (!byId.has(manager) && !directory.has(manager)) {
      const message = `manager_id "${manager}" does not match any employee in the file or the directory`;
      errors.push({ row: p.row, column: 'manager_id', message });
    }
  }
}

// Each person has at most one manager, so the graph is functional: one walk per
// unvisited node finds every cycle in linear time, without recursion.
function checkCycles(byId: ReadonlyMap<string, ParsedRow>, directory: ExistingDirectory, errors: RowError[]): void {
  const managerOf = (id: string): string | null => {
    const manager = byId.has(id) ? (byId.get(id)?.managerId ?? null) : (directory.get(id)?.managerEmployeeId ?? null);
    return manager === id ? null : manager; // self-management is reported by checkManagers
  };
  for (const cycle of findReportingCycles(byId.keys(), managerOf)) reportCycle(cycle, byId, errors);
}

function reportCycle(cycle: readonly string[], byId: ReadonlyMap<string, ParsedRow>, errors: RowError[]): void {
  cycle.forEach((id, index) => {
    const row = byId.get(id)?.row;
    if (row === undefined) return; // a directory-only member has no row to point at
    const message = `reporting line forms a cycle: ${formatCycle(cycle, index)}`;
    errors.push({ row, column: 'manager_id', message });
  });
}

/** Sorts by row and keeps at most MAX_REPORTED_ERRORS entries, the last summarizing the rest. */
export function capEntries(entries: readonly RowError[], max = MAX_REPORTED_ERRORS): RowError[] {
  const sorted = [...entries].sort((a, b) => a.row - b.row);
  if (sorted.length <= max) return sorted;
  const kept = sorted.slice(0, max - 1);
  const omitted = sorted.length - kept.length;
  return [...kept, { row: 0, column: null, message: `${omitted} more errors were omitted` }];
}
