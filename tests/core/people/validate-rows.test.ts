import { describe, it, expect } from 'vitest';
import { MAX_REPORTED_ERRORS, validatePeopleRows } from '../../../src/core/people/validate-people.js';
import { chainRows, directoryOf, rawRow } from './fixtures.js';

const noDirectory = new Map();

describe('validatePeopleRows: duplicate employee ids', () => {
  it('reports each later duplicate, naming the first row, and keeps only the first', () => {
    const rows = [
      rawRow(2, 'E1'),
      rawRow(3, 'E2'),
      rawRow(4, 'E1', { email: 'x@example.com' }),
      rawRow(5, 'E1', { email: 'y@example.com' }),
    ];
    const { errors, records } = validatePeopleRows(rows, noDirectory);
    expect(errors).toEqual([
      { row: 4, column: 'employee_id', message: 'employee_id "E1" already appears in row 2' },
      { row: 5, column: 'employee_id', message: 'employee_id "E1" already appears in row 2' },
    ]);
    expect(records.map((r) => r.employeeId)).toEqual(['E1', 'E2']);
  });

  it('treats employee ids as case-sensitive', () => {
    expect(validatePeopleRows([rawRow(2, 'e1', { email: 'a@x.io' }), rawRow(3, 'E1')], noDirectory).errors).toEqual([]);
  });
});

describe('validatePeopleRows: duplicate emails', () => {
  it('reports a repeated email regardless of case', () => {
    const rows = [rawRow(2, 'E1', { email: 'Ann@Example.com' }), rawRow(3, 'E2', { email: 'ann@example.COM' })];
    expect(validatePeopleRows(rows, noDirectory).errors).toEqual([
      { row: 3, column: 'email', message: 'email "ann@example.com" already appears in row 2' },
    ]);
  });
});

describe('validatePeopleRows: emails already in the directory', () => {
  const directory = directoryOf({ D9: { email: 'Ann@Example.com' } });

  it('rejects an email that belongs to another directory employee', () => {
    const { errors } = validatePeopleRows([rawRow(2, 'E1', { email: 'ann@example.com' })], directory);
    expect(errors).toEqual([
      { row: 2, column: 'email', message: 'email "ann@example.com" already belongs to employee "D9" in the directory' },
    ]);
  });

  it('accepts the same employee keeping their email', () => {
    expect(validatePeopleRows([rawRow(2, 'D9', { email: 'ann@example.com' })], directory).errors).toEqual([]);
  });

  it('accepts the email when its owner is re-imported with a new one', () => {
    const rows = [rawRow(2, 'E1', { email: 'ann@example.com' }), rawRow(3, 'D9', { email: 'ann.new@example.com' })];
    expect(validatePeopleRows(rows, directory).errors).toEqual([]);
  });

  it('still rejects it when the owner is re-imported with the same email', () => {
    const rows = [rawRow(2, 'E1', { email: 'ann@example.com' }), rawRow(3, 'D9', { email: 'ann@example.com' })];
    const { errors } = validatePeopleRows(rows, directory);
    expect(errors.map((e) => [e.row, e.message])).toEqual([
      [2, 'email "ann@example.com" already belongs to employee "D9" in the directory'],
      [3, 'email "ann@example.com" already appears in row 2'],
    ]);
  });
});

describe('validatePeopleRows: manager_id', () => {
  it('accepts a manager later in the file or in the directory', () => {
    const rows = chainRows([
      ['E2', 'E1'],
      ['E1', 'D1'],
    ]);
    expect(validatePeopleRows(rows, directoryOf({ D1: {} })).errors).toEqual([]);
  });

  it('rejects a manager that exists nowhere', () => {
    expect(validatePeopleRows(chainRows([['E1', 'NOPE']]), noDirectory).errors).toEqual([
      {
        row: 2,
        column: 'manager_id',
        message: 'manager_id "NOPE" does not match any employee in the file or the directory',
      },
    ]);
  });

  it('rejects being one’s own manager once, without also calling it a cycle', () => {
    expect(validatePeopleRows(chainRows([['E1', 'E1']]), noDirectory).errors).toEqual([
      { row: 2, column: 'manager_id', message: 'manager_id "E1" is the employee\'s own id' },
    ]);
  });
});

describe('validatePeopleRows: result shape', () => {
  it('returns only rows without errors as records, and errors sorted by row', () => {
    const rows = [rawRow(4, 'E3', { level: 'x' }), rawRow(2, 'E1'), rawRow(3, 'E2', { email: 'e1@example.com' })];
    const { errors, records, warnings } = validatePeopleRows(rows, noDirectory);
    expect(errors.map((e) => e.row)).toEqual([3, 4]);
    expect(records.map((r) => r.employeeId)).toEqual(['E1']);
    expect(warnings).toEqual([]);
  });

  it('returns nothing for no rows', () => {
    expect(validatePeopleRows([], noDirectory)).toEqual({ errors: [], errorCount: 0, warnings: [], records: [] });
  });
});

describe('validatePeopleRows: error cap', () => {
  const badRows = (count: number) => Array.from({ length: count }, (_, i) => rawRow(i + 2, `E${i}`, { level: 'x' }));

  it(`returns every error when there are exactly ${MAX_REPORTED_ERRORS}`, () => {
    const { errors } = validatePeopleRows(badRows(MAX_REPORTED_ERRORS), noDirectory);
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(errors.at(-1)?.row).toBe(MAX_REPORTED_ERRORS + 1);
  });

  it(`caps the list at ${MAX_REPORTED_ERRORS} entries, the last one counting the rest`, () => {
    const { errors } = validatePeopleRows(badRows(1500), noDirectory);
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(errors[MAX_REPORTED_ERRORS - 2]?.row).toBe(MAX_REPORTED_ERRORS);
    expect(errors.at(-1)).toEqual({ row: 0, column: null, message: '501 more errors were omitted' });
  });
});
