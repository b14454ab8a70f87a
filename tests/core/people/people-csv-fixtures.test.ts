import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readPeopleCsv } from '../../../src/core/people/read-people-csv.js';
import { validatePeopleRows } from '../../../src/core/people/validate-people.js';
import { generatePeopleCsv } from '../../../bench/people-csv.js';

function importText(text: string) {
  const read = readPeopleCsv(text);
  return { read, validated: validatePeopleRows(read.rows, new Map()) };
}

describe('generatePeopleCsv', () => {
  const text = generatePeopleCsv(2000);
  const { read, validated } = importText(text);

  it('produces 2,000 people that read and validate with zero errors', () => {
    expect(read.headerErrors).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(validated.errors).toEqual([]);
    expect(validated.records).toHaveLength(2000);
  });

  it('is deterministic for a seed and varies between seeds', () => {
    expect(generatePeopleCsv(2000)).toBe(text);
    expect(generatePeopleCsv(2000, 2)).not.toBe(text);
    expect(importText(generatePeopleCsv(500, 2)).validated.errors).toEqual([]);
  });

  it('has the promised shape', () => {
    const { records } = validated;
    const departed = records.filter((r) => r.status === 'departed');
    expect(departed.length / records.length).toBeGreaterThan(0.07);
    expect(departed.length / records.length).toBeLessThan(0.13);
    expect(
      departed.every((r) => r.terminationDate !== null && r.hireDate !== null && r.terminationDate > r.hireDate),
    ).toBe(true);
    expect(records.filter((r) => r.managerEmployeeId === null)).toHaveLength(1);
    expect(new Set(records.map((r) => r.level))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(records.some((r) => /[^\p{Script=Latin}\p{Zs}\p{P}]/u.test(r.name))).toBe(true);
    expect(text).toMatch(/"[^"\n]*,[^"\n]*"/);
  });

  it('gives every manager about 8 reports', () => {
    const reports = new Map<string, number>();
    for (const r of validated.records)
      if (r.managerEmployeeId) reports.set(r.managerEmployeeId, (reports.get(r.managerEmployeeId) ?? 0) + 1);
    const full = [...reports.values()].filter((n) => n === 8).length;
    expect(full).toBeGreaterThanOrEqual(reports.size - 1);
  });
});

describe('example files', () => {
  const example = (name: string) =>
    importText(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'));

  it('examples/people.csv imports cleanly with every column', () => {
    const { read, validated } = example('people.csv');
    expect(read.headerErrors).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(validated.errors).toEqual([]);
    expect(validated.records).toHaveLength(15);
    expect(validated.records.filter((r) => r.status === 'departed')).toHaveLength(1);
  });

  it('examples/people-with-errors.csv has exactly one bad row', () => {
    const { read, validated } = example('people-with-errors.csv');
    expect(read.headerErrors).toEqual([]);
    expect(validated.errors).toEqual([
      { row: 7, column: 'email', message: 'email "liam.walsh@example" is not a valid email address' },
    ]);
  });
});
