import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParticipantsCsv } from '../../../src/core/matching/read-participants-csv.js';

const HEADER = 'id,name,side,department,level,manager_id,knows,wants,capacity,timezone,prefer,avoid';
const file = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('reading the matching people file', () => {
  it('reads mentors and mentees with skills, capacity and preferences', () => {
    const r = readParticipantsCsv(
      file(
        'j1,Jo,mentor,Marketing,2,m1,tiktok:5;ai-tools:4,negotiation:3,2,Europe/London,s1,',
        's1,Sam,mentee,Finance,8,,negotiation:5,tiktok:3;ai-tools:1,,America/New_York,,j1',
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.participants).toHaveLength(2);
    const [j1, s1] = r.participants;
    expect(j1).toMatchObject({ id: 'j1', side: 'mentor', level: 2, managerId: 'm1', capacity: 2, timeZone: 'Europe/London', prefer: ['s1'] });
    expect([...j1!.knows]).toEqual([['tiktok', 5], ['ai-tools', 4]]);
    expect([...s1!.wants]).toEqual([['tiktok', 3], ['ai-tools', 1]]);
    expect(s1!.avoid).toEqual(['j1']);
    expect(r.managerOf.get('j1')).toBe('m1');
  });

  it.each([
    ['an unknown column', 'id,side,department,level,colour', 1, 'colour', /unknown column/],
    ['a missing required column', 'id,side,level', 1, 'department', /required column/],
  ])('rejects %s', (_, header, row, column, message) => {
    const r = readParticipantsCsv(`${header}\n`);
    expect(r.errors).toContainEqual({ row, column, message: expect.stringMatching(message) });
    expect(r.participants).toEqual([]);
  });

  it.each([
    ['a skill level of 7', 'a,,mentor,D,2,,tiktok:7,,,,,', 'knows'],
    ['a priority of 4', 'a,,mentor,D,2,,,tiktok:4,,,,', 'wants'],
    ['a level that is not a number', 'a,,mentor,D,two,,,,,,,', 'level'],
    ['an unknown side', 'a,,coach,D,2,,,,,,,', 'side'],
    ['a capacity on a mentee', 'a,,mentee,D,2,,,,1,,,', 'capacity'],
    ['an unknown time zone', 'a,,mentor,D,2,,,,,Mars/Olympus,,', 'timezone'],
    ['an unknown id in prefer', 'a,,mentor,D,2,,,,,,zz,', 'prefer'],
  ])('names the row and column of %s, and returns no one', (_, row, column) => {
    const r = readParticipantsCsv(file(row, 'b,,mentee,D,8,,,,,,,'));
    expect(r.errors).toEqual([expect.objectContaining({ row: 2, column })]);
    expect(r.participants).toEqual([]);
  });

  it('reports a duplicate id on its second row', () => {
    const r = readParticipantsCsv(file('a,,mentor,D,2,,,,,,,', 'b,,mentee,D,8,,,,,,,', 'a,,mentee,D,7,,,,,,,'));
    expect(r.errors).toEqual([{ row: 4, column: 'id', message: 'duplicate id "a" (first on row 2)' }]);
  });

  it('reports every row of a manager cycle', () => {
    const r = readParticipantsCsv(file('a,,mentor,D,2,c,,,,,,', 'b,,mentee,D,8,a,,,,,,', 'c,,mentee,D,8,b,,,,,,'));
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[2, 'manager_id'], [3, 'manager_id'], [4, 'manager_id']]);
    expect(r.errors[0]!.message).toMatch(/cycle: a → c → b → a|cycle: a → .* → a/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => void readParticipantsCsv(`${HEADER}\n${text}`)));
    fc.assert(fc.property(fc.string(), (text) => void readParticipantsCsv(text)));
  });
});
