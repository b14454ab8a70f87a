import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readPeopleCsv } from '../../../src/core/people/read-people-csv.js';
import { PEOPLE_COLUMNS } from '../../../src/core/people/import-columns.js';
import { csvField } from '../../../bench/people-csv.js';

const HEADER = 'employee_id,name,email,department,level';
const csv = (...lines: string[]) => lines.join('\n');

describe('readPeopleCsv: structure', () => {
  it('reads rows keyed by canonical column, numbered as spreadsheet rows', () => {
    const result = readPeopleCsv(
      csv('Employee ID, Name ,EMAIL,department,Level', 'E1, Ann ,ann@x.io,Eng,3', 'E2,Bob,bob@x.io,Ops,4'),
    );
    expect(result).toEqual({
      headerErrors: [],
      warnings: [],
      rows: [
        { row: 2, values: { employee_id: 'E1', name: 'Ann', email: 'ann@x.io', department: 'Eng', level: '3' } },
        { row: 3, values: { employee_id: 'E2', name: 'Bob', email: 'bob@x.io', department: 'Ops', level: '4' } },
      ],
    });
  });

  it('strips a UTF-8 byte order mark from the first header', () => {
    const result = readPeopleCsv('\uFEFF' + csv(HEADER, 'E1,Ann,ann@x.io,Eng,3'));
    expect(result.headerErrors).toEqual([]);
    expect(result.rows[0]?.values['employee_id']).toBe('E1');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('splits %s line endings', (_, eol) => {
    const result = readPeopleCsv([HEADER, 'E1,Ann,a@x.io,Eng,3', 'E2,Bob,b@x.io,Eng,4', ''].join(eol));
    expect(result.rows.map((r) => [r.row, r.values['level']])).toEqual([
      [2, '3'],
      [3, '4'],
    ]);
  });

  it('splits mixed line endings in one file', () => {
    const result = readPeopleCsv(`${HEADER}\r\nE1,Ann,a@x.io,Eng,1\nE2,Bob,b@x.io,Eng,2\rE3,Cy,c@x.io,Eng,3\r\n`);
    expect(result.headerErrors).toEqual([]);
    expect(result.rows.map((r) => r.values['employee_id'])).toEqual(['E1', 'E2', 'E3']);
  });

  it('reads quoted commas, doubled quotes and line breaks, keeping later row numbers right', () => {
    const result = readPeopleCsv(csv(HEADER, '"E1","Smith, ""Jo""",jo@x.io,"R&D,\nLab",3', 'E2,Bob,b@x.io,Eng,4'));
    expect(result.rows).toEqual([
      {
        row: 2,
        values: { employee_id: 'E1', name: 'Smith, "Jo"', email: 'jo@x.io', department: 'R&D,\nLab', level: '3' },
      },
      { row: 3, values: { employee_id: 'E2', name: 'Bob', email: 'b@x.io', department: 'Eng', level: '4' } },
    ]);
  });

  it('keeps stray quotes inside unquoted fields', () => {
    expect(readPeopleCsv(csv(HEADER, 'E1,Dwayne "The Rock" Johnson,d@x.io,Eng,3')).rows[0]?.values['name']).toBe(
      'Dwayne "The Rock" Johnson',
    );
  });

  it.each(['Иван Петров', '王芳', 'محمد علي', 'Zoë 🚀 Li', '👩🏽‍💻'])('keeps the name %s intact', (name) => {
    expect(readPeopleCsv(csv(HEADER, `E1,${name},a@x.io,Eng,3`)).rows[0]?.values['name']).toBe(name);
  });

  it('skips blank lines without renumbering the rows after them', () => {
    const result = readPeopleCsv(csv(HEADER, 'E1,Ann,a@x.io,Eng,3', '', ' , , ,,', 'E2,Bob,b@x.io,Eng,4', '', '', ''));
    expect(result.headerErrors).toEqual([]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('ignores unknown columns with a warning', () => {
    const result = readPeopleCsv(csv(`${HEADER},shoe size`, 'E1,Ann,a@x.io,Eng,3,42'));
    expect(result.warnings).toEqual([{ row: 1, column: null, message: 'unknown column "shoe size" is ignored' }]);
    expect(Object.keys(result.rows[0]?.values ?? {})).toEqual(['employee_id', 'name', 'email', 'department', 'level']);
  });
});

describe('readPeopleCsv: problems', () => {
  it.each(['', '\uFEFF', '\n\n', '\r\n  \r\n', ',,,'])('reports an empty file for %j', (text) => {
    expect(readPeopleCsv(text)).toEqual({
      headerErrors: [{ row: 1, column: null, message: 'the file is empty' }],
      warnings: [],
      rows: [],
    });
  });

  it.each([HEADER, `${HEADER}\n`, `${HEADER}\r\n\r\n`])('accepts a header with no rows: %j', (text) => {
    expect(readPeopleCsv(text)).toEqual({ headerErrors: [], warnings: [], rows: [] });
  });

  it('reports a missing required column and returns no rows', () => {
    const result = readPeopleCsv(csv('employee_id,name,email,level', 'E1,Ann,a@x.io,3'));
    expect(result.headerErrors).toEqual([
      { row: 1, column: 'department', message: 'required column "department" is missing' },
    ]);
    expect(result.rows).toEqual([]);
  });

  it('reports a duplicate header', () => {
    expect(readPeopleCsv(csv(`${HEADER}, EMAIL `, 'E1,Ann,a@x.io,Eng,3,b@x.io')).headerErrors).toEqual([
      { row: 1, column: 'email', message: 'header "EMAIL" (column 6) repeats column 3' },
    ]);
  });

  it('reports rows with too few or too many fields and keeps the others', () => {
    const result = readPeopleCsv(csv(HEADER, 'E1,Ann,a@x.io', 'E2,Bob,b@x.io,Eng,4', 'E3,Cy,c@x.io,Eng,5,extra'));
    expect(result.headerErrors).toEqual([
      { row: 2, column: null, message: 'row 2 has 3 fields but the header has 5' },
      { row: 4, column: null, message: 'row 4 has 6 fields but the header has 5' },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([3]);
  });

  it('reports an unclosed quote on the row where it opens, keeping earlier rows', () => {
    const result = readPeopleCsv(csv(HEADER, 'E1,Ann,a@x.io,Eng,3', 'E2,"Bob,b@x.io,Eng,4', 'E3,Cy,c@x.io,Eng,5'));
    expect(result.headerErrors).toEqual([
      {
        row: 3,
        column: null,
        message: 'row 3 opens a quoted field that is never closed; look for a stray " character',
      },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([2]);
  });
});

describe('readPeopleCsv: properties', () => {
  const csvish = fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', ' ', 'a', 'é', '🚀', '\uFEFF', '\u0000') });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          csvish,
          csvish.map((s) => `${HEADER}\n${s}`),
        ),
        (text) => {
          const result = readPeopleCsv(text);
          expect(Array.isArray(result.rows) && Array.isArray(result.headerErrors)).toBe(true);
          for (const { row } of result.rows) expect(row).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back any values written with CSV quoting, trimmed', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Я', '王', '🚀', ',', '"', '\n', '\r\n', ' ', "'") });
    const rowArb = fc.array(cell, { minLength: PEOPLE_COLUMNS.length, maxLength: PEOPLE_COLUMNS.length });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const text = [PEOPLE_COLUMNS.join(','), ...rows.map((r) => r.map(csvField).join(','))].join(eol);
        const result = readPeopleCsv(text);
        const expected = rows.filter((r) => r.some((v) => v.trim() !== ''));
        expect(result.headerErrors).toEqual([]);
        expect(result.rows.map((r) => PEOPLE_COLUMNS.map((c) => r.values[c]))).toEqual(
          expected.map((r) => r.map((v) => v.trim())),
        );
      }),
    );
  });
});
