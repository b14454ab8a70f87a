// Reads a pairs file — `mentor,mentee` with an optional `score` column, as `tandem match` writes
// it — for --locked, --previous and --forbidden. Every id must be a mentor and a mentee of the
// people file; problems are reported with their row and column. Pure: no I/O.
import { parse } from 'csv-parse/sync';
import type { RowProblem } from '../errors.js';
import type { Side } from './types.js';

export interface PairsFile {
  errors: RowProblem[];
  pairs: Array<readonly [mentorId: string, menteeId: string]>;
}

export function readPairsCsv(text: string, sideOf: ReadonlyMap<string, Side>): PairsFile {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (err) {
    return { errors: [{ row: 0, column: null, message: `the file could not be read as CSV: ${(err as Error).message}` }], pairs: [] };
  }
  const [header = [], ...rows] = records;
  const names = header.join(',');
  if (names !== 'mentor,mentee' && names !== 'mentor,mentee,score') {
    return { errors: [{ row: 1, column: null, message: 'the header must be "mentor,mentee" (a "score" column may follow)' }], pairs: [] };
  }
  const errors: RowProblem[] = [];
  const pairs: Array<readonly [string, string]> = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length !== header.length) return void errors.push({ row, column: null, message: `has ${cells.length} fields; the header has ${header.length}` });
    const [mentor = '', mentee = ''] = cells;
    const before = errors.length;
    for (const [column, id, side] of [['mentor', mentor, 'mentor'], ['mentee', mentee, 'mentee']] as const) {
      const actual = sideOf.get(id);
      if (!id) errors.push({ row, column, message: 'is required' });
      else if (actual === undefined) errors.push({ row, column, message: `unknown id "${id}"` });
      else if (actual !== side) errors.push({ row, column, message: `"${id}" is a ${actual}, not a ${side}` });
    }
    const key = JSON.stringify([mentor, mentee]);
    if (seen.has(key)) errors.push({ row, column: null, message: `the pair ${mentor},${mentee} is listed twice (first on row ${seen.get(key)})` });
    seen.set(key, row);
    if (errors.length === before) pairs.push([mentor, mentee]);
  });
  return { errors, pairs };
}
