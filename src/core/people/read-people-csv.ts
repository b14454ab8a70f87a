// Reads a people-import CSV into raw rows keyed by canonical column name.
// Never throws: every problem with the file becomes a RowError.

import { parse } from 'csv-parse/sync';
import { resolveHeader } from './import-columns.js';
import type { PeopleColumn, RawPeopleRow, RowError } from './import-columns.js';

export interface PeopleCsv {
  /**
   * Problems reading the file: the header, malformed rows, unparseable CSV.
   * Any entry means the file must not be imported as it is.
   */
  headerErrors: RowError[];
  warnings: RowError[];
  /** Well-formed data rows; empty when the header itself is unusable. */
  rows: RawPeopleRow[];
}

export function readPeopleCsv(text: string): PeopleCsv {
  try {
    const { records, failure } = parseRecords(text);
    const result = toRows(records);
    if (failure !== null) result.headerErrors.push(failure);
    return result;
  } catch (error) {
    // Defensive only: parseRecords already contains csv-parse's errors.
    const message = `the file could not be read: ${describe(error)}`;
    return { headerErrors: [{ row: 0, column: null, message }], warnings: [], rows: [] };
  }
}

interface ParsedRecords {
  /** Every record in file order, so index + 1 is the spreadsheet row number. */
  records: string[][];
  failure: RowError | null;
}

function parseRecords(text: string): ParsedRecords {
  const records: string[][] = [];
  try {
    parse(text, {
      bom: true,
      relax_column_count: true,
      // Names like Dwayne "The Rock" Johnson appear unquoted in real exports.
      relax_quotes: true,
      skip_empty_lines: false,
      // Listed explicitly: csv-parse otherwise keeps the first line ending it sees,
      // and files edited on several systems mix them.
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record: string[]) => {
        records.push(record);
        return null;
      },
    });
    return { records, failure: null };
  } catch (error) {
    const row = records.length + 1;
    return { records, failure: { row, column: null, message: failureMessage(row, error) } };
  }
}

function failureMessage(row: number, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return `row ${row} opens a quoted field that is never closed; look for a stray " character`;
  }
  return `row ${row} could not be read: ${describe(error)}`;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // csv-parse prefixes messages with a title like "Quote Not Closed: "; keep the plain sentence.
  return message.replace(/^[A-Za-z ]+: /, '');
}

const isBlank = (record: readonly string[]) => record.every((field) => field.trim() === '');

function toRows(records: readonly string[][]): PeopleCsv {
  const headerIndex = records.findIndex((record) => !isBlank(record));
  const header = records[headerIndex];
  if (header === undefined) {
    return { headerErrors: [{ row: 1, column: null, message: 'the file is empty' }], warnings: [], rows: [] };
  }
  const resolution = resolveHeader(header, headerIndex + 1);
  const result: PeopleCsv = { headerErrors: resolution.errors, warnings: resolution.warnings, rows: [] };
  if (resolution.errors.length > 0) return result;
  for (let index = headerIndex + 1; index < records.length; index++) {
    const record = records[index] ?? [];
    if (isBlank(record)) continue;
    const row = index + 1;
    if (record.length !== header.length) {
      const message = `row ${row} has ${record.length} fields but the header has ${header.length}`;
      result.headerErrors.push({ row, column: null, message });
    } else {
      result.rows.push({ row, values: rowValues(resolution.columns, record) });
    }
  }
  return result;
}

function rowValues(columns: readonly (PeopleColumn | null)[], record: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  columns.forEach((column, index) => {
    if (column !== null) values[column] = (record[index] ?? '').trim();
  });
  return values;
}
