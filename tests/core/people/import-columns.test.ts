import { describe, it, expect } from 'vitest';
import {
  PEOPLE_COLUMNS,
  REQUIRED_COLUMNS,
  normalizeHeader,
  resolveHeader,
} from '../../../src/core/people/import-columns.js';

describe('normalizeHeader', () => {
  it.each([
    ['employee_id', 'employee_id'],
    ['  Employee ID ', 'employee_id'],
    ['EMPLOYEE-ID', 'employee_id'],
    ['Time  Zone', 'time_zone'],
    ['termination - date', 'termination_date'],
  ])('maps %j to %j', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe('resolveHeader', () => {
  it('maps every canonical column to its position, in any order and spelling', () => {
    const headers = ['Level', 'E-mail', 'Email', 'Employee ID', 'NAME', ' department '];
    const { columns, errors, warnings } = resolveHeader(headers);
    expect(columns).toEqual(['level', null, 'email', 'employee_id', 'name', 'department']);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([{ row: 1, column: null, message: 'unknown column "E-mail" is ignored' }]);
  });

  it('accepts only the required columns', () => {
    expect(resolveHeader([...REQUIRED_COLUMNS]).errors).toEqual([]);
  });

  it('accepts every known column without warnings', () => {
    const result = resolveHeader([...PEOPLE_COLUMNS]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.columns).toEqual([...PEOPLE_COLUMNS]);
  });

  it.each(REQUIRED_COLUMNS.map((c) => [c]))('reports a missing required column %s on row 1', (missing) => {
    const { errors } = resolveHeader(REQUIRED_COLUMNS.filter((c) => c !== missing));
    expect(errors).toEqual([{ row: 1, column: missing, message: `required column "${missing}" is missing` }]);
  });

  it('reports a duplicate column as an error and ignores the second copy', () => {
    const { columns, errors } = resolveHeader([...REQUIRED_COLUMNS, 'Email']);
    expect(errors).toEqual([{ row: 1, column: 'email', message: 'header "Email" (column 6) repeats column 3' }]);
    expect(columns[5]).toBeNull();
  });

  it('reports an unknown column twice as an error too', () => {
    expect(resolveHeader([...REQUIRED_COLUMNS, 'notes', 'Notes']).errors).toHaveLength(1);
  });

  it('warns about columns without a header but does not call them duplicates', () => {
    const { errors, warnings } = resolveHeader([...REQUIRED_COLUMNS, '', ' ']);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      'column 6 has no header; its values are ignored',
      'column 7 has no header; its values are ignored',
    ]);
  });

  it('reports errors on the row the header was found on', () => {
    expect(resolveHeader(['name'], 3).errors.every((e) => e.row === 3)).toBe(true);
  });
});
