// Reads the matching engine's people file (the `tandem match --people` input):
//   id,name,side,department,level,manager_id,knows,wants,capacity,timezone,prefer,avoid
// knows = "skill:level;…" (1–5), wants = "skill:priority;…" (1–3), prefer/avoid = "id;id".
// Every problem is reported with its row and column; nothing is returned half-read.
import { parse } from 'csv-parse/sync';
import type { RowProblem } from '../errors.js';
import { findReportingCycles, formatCycle } from '../org/reporting-cycles.js';
import type { Participant } from './types.js';

export const PARTICIPANT_COLUMNS = [
  'id',
  'name',
  'side',
  'department',
  'level',
  'manager_id',
  'knows',
  'wants',
  'capacity',
  'timezone',
  'prefer',
  'avoid',
] as const;
type Column = (typeof PARTICIPANT_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['id', 'side', 'department', 'level'];

export interface ParticipantsFile {
  errors: RowProblem[];
  participants: Participant[];
  /** Manager of every id in the file, for reporting-chain rules. */
  managerOf: Map<string, string | null>;
}

export function readParticipantsCsv(text: string): ParticipantsFile {
  const empty = (errors: RowProblem[]): ParticipantsFile => ({ errors, participants: [], managerOf: new Map() });
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (err) {
    return empty([{ row: 0, column: null, message: `the file could not be read as CSV: ${(err as Error).message}` }]);
  }
  const [header, ...rows] = records;
  if (!header) return empty([{ row: 0, column: null, message: 'the file is empty' }]);
  const headerErrors = checkHeader(header);
  if (headerErrors.length) return empty(headerErrors);
  const errors: RowProblem[] = [];
  const rowed = rows.flatMap((cells, i) => {
    const participant = readRow(header as Column[], cells, i + 2, errors);
    return participant ? [{ participant, row: i + 2 }] : [];
  });
  checkIds(rowed, errors);
  const participants = rowed.map((r) => r.participant);
  const managerOf = new Map(participants.map((p) => [p.id, p.managerId]));
  return { errors: errors.sort((a, b) => a.row - b.row), participants: errors.length ? [] : participants, managerOf };
}

function checkHeader(header: string[]): RowProblem[] {
  const errors: RowProblem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (!(PARTICIPANT_COLUMNS as readonly string[]).includes(name))
      errors.push({
        row: 1,
        column: name,
        message: `unknown column "${name}"; expected ${PARTICIPANT_COLUMNS.join(',')}`,
      });
    if (seen.has(name)) errors.push({ row: 1, column: name, message: `column "${name}" appears twice` });
    seen.add(name);
  }
  for (const name of REQUIRED)
    if (!seen.has(name)) errors.push({ row: 1, column: name, message: `required column "${name}" is missing` });
  return errors;
}

function readRow(header: Column[], cells: string[], row: number, errors: RowProblem[]): Participant | null {
  if (cells.length !== header.length) {
    errors.push({ row, column: null, message: `has ${cells.length} fields; the header has ${header.length}` });
    return null;
  }
  const v = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) as Record<Column, string>;
  const before = errors.length;
  const fail = (column: Column, message: string) => errors.push({ row, column, message });
  if (!v.id) fail('id', 'is required');
  if (v.side !== 'mentor' && v.side !== 'mentee') fail('side', `"${v.side}" must be mentor or mentee`);
  if (!v.department) fail('department', 'is required');
  const level = wholeNumber(v.level);
  if (level === null) fail('level', `"${v.level}" is not a whole number`);
  const knows = skillMap(v.knows ?? '', 5, 'level', (m) => fail('knows', m));
  const wants = skillMap(v.wants ?? '', 3, 'priority', (m) => fail('wants', m));
  const capacity = v.capacity ? wholeNumber(v.capacity) : undefined;
  if (capacity === null || (capacity !== undefined && capacity < 0))
    fail('capacity', `"${v.capacity}" is not a whole number ≥ 0`);
  if (capacity !== undefined && v.side === 'mentee') fail('capacity', 'only mentors have a capacity');
  if (v.timezone && !isTimeZone(v.timezone)) fail('timezone', `"${v.timezone}" is not an IANA time zone`);
  if (errors.length > before) return null;
  return {
    id: v.id,
    ...(v.name ? { name: v.name } : {}),
    side: v.side as Participant['side'],
    department: v.department,
    level: level ?? 0,
    managerId: v.manager_id || null,
    knows,
    wants,
    ...(capacity !== undefined && capacity !== null ? { capacity } : {}),
    timeZone: v.timezone || null,
    prefer: idList(v.prefer),
    avoid: idList(v.avoid),
  };
}

function skillMap(text: string, max: number, what: string, fail: (message: string) => void): Map<string, number> {
  const map = new Map<string, number>();
  for (const entry of text
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [skill = '', value = ''] = entry.split(':').map((s) => s.trim());
    const n = wholeNumber(value);
    if (!skill || n === null || n < 1 || n > max)
      fail(`"${entry}": expected skill:${what} with a ${what} from 1 to ${max}`);
    else if (map.has(skill)) fail(`skill "${skill}" is listed twice`);
    else map.set(skill, n);
  }
  return map;
}

function checkIds(rowed: ReadonlyArray<{ participant: Participant; row: number }>, errors: RowProblem[]): void {
  const rowOf = new Map<string, number>();
  for (const { participant: p, row } of rowed) {
    if (rowOf.has(p.id))
      errors.push({ row, column: 'id', message: `duplicate id "${p.id}" (first on row ${rowOf.get(p.id)})` });
    else rowOf.set(p.id, row);
  }
  const participants = rowed.map((r) => r.participant);
  for (const p of participants) {
    const row = rowOf.get(p.id) ?? 0;
    for (const column of ['prefer', 'avoid'] as const) {
      for (const id of p[column]) if (!rowOf.has(id)) errors.push({ row, column, message: `unknown id "${id}"` });
    }
  }
  const managerOf = new Map(participants.map((p) => [p.id, p.managerId === p.id ? null : p.managerId]));
  for (const p of participants)
    if (p.managerId === p.id)
      errors.push({ row: rowOf.get(p.id) ?? 0, column: 'manager_id', message: 'a person cannot be their own manager' });
  for (const cycle of findReportingCycles(managerOf.keys(), (id) => managerOf.get(id) ?? null)) {
    cycle.forEach((id, i) =>
      errors.push({
        row: rowOf.get(id) ?? 0,
        column: 'manager_id',
        message: `reporting line forms a cycle: ${formatCycle(cycle, i)}`,
      }),
    );
  }
}

const wholeNumber = (text: string | undefined): number | null =>
  text && /^-?\d+$/.test(text.trim()) ? Number(text) : null;
const idList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

// Building an Intl.DateTimeFormat costs about 50 µs: remember each zone name's verdict (a program
// has a few dozen zones and thousands of rows).
const zoneVerdicts = new Map<string, boolean>();

function isTimeZone(name: string): boolean {
  let known = zoneVerdicts.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    zoneVerdicts.set(name, known);
  }
  return known;
}
