import { describe, it, expect } from 'vitest';
import { validatePeopleRows } from '../../../src/core/people/validate-people.js';
import { person, rawRow } from './fixtures.js';

const noDirectory = new Map();

function validateOne(overrides: Record<string, string>) {
  return validatePeopleRows([rawRow(2, 'E1', overrides)], noDirectory);
}

function messagesFor(overrides: Record<string, string>): string[] {
  return validateOne(overrides).errors.map((e) => e.message);
}

describe('validatePeopleRows: a valid row', () => {
  it('builds a record with nulls for empty optional cells and active status', () => {
    const { errors, records } = validateOne({});
    expect(errors).toEqual([]);
    expect(records).toEqual([
      person('E1'),
    ]);
  });

  it('trims every value and lower-cases the email', () => {
    const { records } = validateOne({
      employee_id: ' E1 ',
      name: '  Zoë Li ',
      email: ' Zoe.Li@Example.COM ',
      job_title: ' Engineer, Platform ',
      level: ' 7 ',
      location: ' Paris ',
      time_zone: ' Europe/Paris ',
      hire_date: ' 2020-01-31 ',
      status: ' On Leave ',
      generation_band: ' Gen Z ',
    });
    expect(records[0]).toMatchObject({
      employeeId: 'E1',
      name: 'Zoë Li',
      email: 'zoe.li@example.com',
      jobTitle: 'Engineer, Platform',
      level: 7,
      location: 'Paris',
      timeZone: 'Europe/Paris',
      hireDate: '2020-01-31',
      status: 'on_leave',
      generationBand: 'gen_z',
    });
  });

  it('treats a missing key like an empty cell', () => {
    const { errors } = validatePeopleRows([{ row: 2, values: { employee_id: 'E1' } }], noDirectory);
    expect(errors.map((e) => e.column)).toEqual(['name', 'email', 'department', 'level']);
  });
});

describe('validatePeopleRows: required cells', () => {
  it.each(['employee_id', 'name', 'email', 'department', 'level'])('requires %s', (column) => {
    const { errors, records } = validateOne({ [column]: '   ' });
    expect(errors).toEqual([{ row: 2, column, message: `${column} is required` }]);
    expect(records).toEqual([]);
  });
});

describe('validatePeopleRows: length limits', () => {
  it.each([
    ['employee_id', 64],
    ['name', 200],
    ['department', 200],
    ['job_title', 200],
    ['location', 200],
  ])('%s allows %i characters but not one more', (column, limit) => {
    expect(messagesFor({ [column]: 'x'.repeat(limit) })).toEqual([]);
    expect(messagesFor({ [column]: 'x'.repeat(limit + 1) })).toEqual([
      `${column} is ${limit + 1} characters long; the limit is ${limit}`,
    ]);
  });

  it('allows a 254-character email but not 255', () => {
    const email = (length: number) => `${'a'.repeat(length - 12)}@example.com`;
    expect(messagesFor({ email: email(254) })).toEqual([]);
    expect(messagesFor({ email: email(255) })).toEqual(['email is 255 characters long; the limit is 254']);
  });

  it('counts an emoji as one character', () => {
    expect(messagesFor({ name: '🚀'.repeat(200) })).toEqual([]);
    expect(messagesFor({ name: '🚀'.repeat(201) })).toEqual(['name is 201 characters long; the limit is 200']);
  });
});

describe('validatePeopleRows: email', () => {
  it.each(['first.last+tag@sub.example.co.uk', "o'neil@example.com", 'x@y.io'])('accepts %s', (email) => {
    expect(messagesFor({ email })).toEqual([]);
  });

  it.each([
    'no-at-sign',
    'a@@example.com',
    'a@b@example.com',
    '@example.com',
    'a@',
    'a@example',
    'a b@example.com',
    'a@.example.com',
    'a@example.com.',
    'a@example..com',
  ])('rejects %j', (email) => {
    expect(messagesFor({ email })).toEqual([`email "${email}" is not a valid email address`]);
  });
});

describe('validatePeopleRows: level', () => {
  it.each([
    ['-1000', -1000],
    ['1000', 1000],
    ['+5', 5],
    ['0', 0],
    ['007', 7],
  ])('accepts %j as %i', (level, expected) => {
    expect(validateOne({ level }).records[0]?.level).toBe(expected);
  });

  it.each(['abc', '3.5', '3.0', '1e3', '- 3', '0x10'])('rejects %j as not whole', (level) => {
    expect(messagesFor({ level })).toEqual([`level "${level}" is not a whole number`]);
  });

  it.each(['1001', '-1001', '99999999999999999999'])('rejects %j as out of range', (level) => {
    expect(messagesFor({ level })).toEqual([`level "${level}" is outside the allowed range -1000 to 1000`]);
  });
});

describe('validatePeopleRows: time_zone', () => {
  it.each([
    ['Europe/Paris', 'Europe/Paris'],
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['america/new_york', 'America/New_York'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
  ])('accepts %j as %j', (zone, expected) => {
    expect(validateOne({ time_zone: zone }).records[0]?.timeZone).toBe(expected);
  });

  it.each(['Mars/Olympus_Mons', 'Paris', '+05:00', 'GMT+2', 'Europe/'])('rejects %j', (zone) => {
    expect(messagesFor({ time_zone: zone })).toEqual([`time_zone "${zone}" is not a known IANA time zone`]);
  });
});

describe('validatePeopleRows: dates', () => {
  it.each(['2024-02-29', '2000-02-29', '1999-12-31'])('accepts hire_date %s', (date) => {
    expect(validateOne({ hire_date: date }).records[0]?.hireDate).toBe(date);
  });

  it.each(['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00'])(
    'rejects %s as not a real date',
    (date) => {
      expect(messagesFor({ hire_date: date })).toEqual([`hire_date "${date}" is not a real calendar date`]);
    },
  );

  it.each(['03/04/2023', '2023-1-01', '20230101', '2023-01-01T00:00', 'yesterday'])(
    'rejects %s as badly formed',
    (date) => {
      expect(messagesFor({ hire_date: date })).toEqual([`hire_date "${date}" is not a date in YYYY-MM-DD form`]);
    },
  );

  it('checks termination_date the same way', () => {
    expect(messagesFor({ status: 'departed', termination_date: '2023-02-30' })).toEqual([
      'termination_date "2023-02-30" is not a real calendar date',
    ]);
  });
});

describe('validatePeopleRows: collecting errors', () => {
  it('reports every problem in a row, each with its column', () => {
    const { errors } = validateOne({ email: 'bad', level: 'x', time_zone: 'Nowhere', status: 'gone' });
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'email'],
      [2, 'level'],
      [2, 'time_zone'],
      [2, 'status'],
    ]);
  });
});
