import { describe, it, expect } from 'vitest';
import { validatePeopleRows } from '../../../src/core/people/validate-people.js';
import { rawRow } from './fixtures.js';

const noDirectory = new Map();

function validateOne(overrides: Record<string, string>) {
  return validatePeopleRows([rawRow(2, 'E1', overrides)], noDirectory);
}

function messagesFor(overrides: Record<string, string>): string[] {
  return validateOne(overrides).errors.map((e) => e.message);
}

describe('validatePeopleRows: status and termination_date', () => {
  it.each([
    ['active', 'active'],
    ['ACTIVE', 'active'],
    ['on_leave', 'on_leave'],
    ['on-leave', 'on_leave'],
  ])('reads status %j as %j', (status, expected) => {
    expect(validateOne({ status }).records[0]?.status).toBe(expected);
  });

  it('rejects an unknown status', () => {
    expect(messagesFor({ status: 'retired' })).toEqual(['status "retired" must be one of: active, on_leave, departed']);
  });

  it('treats an empty status with a termination date as departed', () => {
    const { records } = validateOne({ hire_date: '2020-01-01', termination_date: '2024-06-30' });
    expect(records[0]).toMatchObject({ status: 'departed', terminationDate: '2024-06-30' });
  });

  it('requires a termination date when departed', () => {
    expect(validateOne({ status: 'departed' }).errors).toEqual([
      { row: 2, column: 'termination_date', message: 'termination_date is required when status is departed' },
    ]);
  });

  it('rejects a termination date with status active', () => {
    expect(messagesFor({ status: 'active', termination_date: '2024-01-01' })).toEqual([
      'termination_date is set but status is active',
    ]);
  });

  it('allows a termination date while on leave', () => {
    expect(validateOne({ status: 'on_leave', termination_date: '2024-01-01' }).records[0]?.terminationDate).toBe(
      '2024-01-01',
    );
  });

  it('rejects a termination date before the hire date but allows the same day', () => {
    const cells = { status: 'departed', hire_date: '2024-03-10' };
    expect(messagesFor({ ...cells, termination_date: '2024-03-09' })).toEqual([
      'termination_date "2024-03-09" is before hire_date "2024-03-10"',
    ]);
    expect(messagesFor({ ...cells, termination_date: '2024-03-10' })).toEqual([]);
  });
});

describe('validatePeopleRows: generation_band', () => {
  it.each([
    ['millennial', 'millennial'],
    ['Gen X', 'gen_x'],
    ['GEN-ALPHA', 'gen_alpha'],
  ])('reads %j as %j', (band, expected) => {
    expect(validateOne({ generation_band: band }).records[0]?.generationBand).toBe(expected);
  });

  it('rejects an unknown band', () => {
    expect(messagesFor({ generation_band: 'hippie' })).toEqual([
      'generation_band "hippie" must be one of: silent, boomer, gen_x, millennial, gen_z, gen_alpha',
    ]);
  });
});
