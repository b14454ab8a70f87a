// Reads scored edges (`mentor,mentee,score`) and capacities (`mentor,capacity`) for
// `tandem solve`. Scores may have decimals: they are scaled to exact integers by the largest
// number of decimals in the file, so the solver's arithmetic stays exact.
import { parse } from 'csv-parse/sync';
import type { RowProblem } from '../errors.js';
import type { Edge } from './types.js';

export interface EdgesFile {
  errors: RowProblem[];
  mentorIds: string[];
  menteeIds: string[];
  edges: Edge[];
  /** Integer score = file score × scale. */
  scale: number;
}

const MAX_DECIMALS = 6;

export function readEdgesCsv(text: string): EdgesFile {
  const errors: RowProblem[] = [];
  const rows = readTable(text, ['mentor', 'mentee', 'score'], errors);
  const decimals = Math.max(0, ...rows.map((r) => (r.cells[2] ?? '').split('.')[1]?.length ?? 0));
  const scale = 10 ** Math.min(decimals, MAX_DECIMALS);
  const mentorIndex = new Map<string, number>();
  const menteeIndex = new Map<string, number>();
  const seen = new Set<string>();
  const edges: Edge[] = [];
  for (const { row, cells } of rows) {
    const [mentor = '', mentee = '', scoreText = ''] = cells;
    if (!mentor) errors.push({ row, column: 'mentor', message: 'is required' });
    if (!mentee) errors.push({ row, column: 'mentee', message: 'is required' });
    const score = scaledScore(scoreText, scale);
    if (score === null) errors.push({ row, column: 'score', message: `"${scoreText}" must be a number ≥ 0 with at most ${MAX_DECIMALS} decimals` });
    const key = JSON.stringify([mentor, mentee]);
    if (seen.has(key)) errors.push({ row, column: null, message: `the pair ${mentor},${mentee} is listed twice` });
    seen.add(key);
    if (!mentor || !mentee || score === null) continue;
    edges.push({ mentor: indexOf(mentorIndex, mentor), mentee: indexOf(menteeIndex, mentee), score });
  }
  return { errors, mentorIds: [...mentorIndex.keys()], menteeIds: [...menteeIndex.keys()], edges, scale };
}

/** Capacities by mentor id; mentors not listed keep `defaultCapacity`. */
export function readCapacitiesCsv(text: string, mentorIds: readonly string[], defaultCapacity: number): { errors: RowProblem[]; capacities: number[] } {
  const errors: RowProblem[] = [];
  const capacities = mentorIds.map(() => defaultCapacity);
  const index = new Map(mentorIds.map((id, i) => [id, i]));
  for (const { row, cells } of readTable(text, ['mentor', 'capacity'], errors)) {
    const [mentor = '', value = ''] = cells;
    const i = index.get(mentor);
    if (i === undefined) errors.push({ row, column: 'mentor', message: `"${mentor}" has no edge in the edges file` });
    else if (!/^\d+$/.test(value)) errors.push({ row, column: 'capacity', message: `"${value}" must be a whole number ≥ 0` });
    else capacities[i] = Number(value);
  }
  return { errors, capacities };
}

function readTable(text: string, columns: readonly string[], errors: RowProblem[]): Array<{ row: number; cells: string[] }> {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (err) {
    errors.push({ row: 0, column: null, message: `the file could not be read as CSV: ${(err as Error).message}` });
    return [];
  }
  const [header = [], ...rows] = records;
  if (header.join(',') !== columns.join(',')) {
    errors.push({ row: 1, column: null, message: `the header must be "${columns.join(',')}"` });
    return [];
  }
  return rows.flatMap((cells, i) => {
    if (cells.length === columns.length) return [{ row: i + 2, cells }];
    errors.push({ row: i + 2, column: null, message: `has ${cells.length} fields; expected ${columns.length}` });
    return [];
  });
}

function scaledScore(text: string, scale: number): number | null {
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text);
  if (!match) return null;
  const digits = String(scale).length - 1;
  const value = Number(match[1]) * scale + Number((match[2] ?? '').padEnd(digits, '0') || 0);
  return Number.isSafeInteger(value) ? value : null;
}

function indexOf(map: Map<string, number>, id: string): number {
  let i = map.get(id);
  if (i === undefined) {
    i = map.size;
    map.set(id, i);
  }
  return i;
}
