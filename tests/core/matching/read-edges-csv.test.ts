import { describe, expect, it } from 'vitest';
import { readCapacitiesCsv, readEdgesCsv } from '../../../src/core/matching/read-edges-csv.js';

describe('reading scored edges', () => {
  it('indexes mentors and mentees in order of appearance', () => {
    const r = readEdgesCsv('mentor,mentee,score\nj1,s1,10\nj2,s1,4\nj1,s2,0\n');
    expect(r.errors).toEqual([]);
    expect(r.mentorIds).toEqual(['j1', 'j2']);
    expect(r.menteeIds).toEqual(['s1', 's2']);
    expect(r.edges).toEqual([{ mentor: 0, mentee: 0, score: 10 }, { mentor: 1, mentee: 0, score: 4 }, { mentor: 0, mentee: 1, score: 0 }]);
    expect(r.scale).toBe(1);
  });

  it('scales decimal scores to exact integers', () => {
    const r = readEdgesCsv('mentor,mentee,score\na,x,1.5\nb,x,0.25\nc,x,3\n');
    expect(r.scale).toBe(100);
    expect(r.edges.map((e) => e.score)).toEqual([150, 25, 300]);
  });

  it.each([
    ['a negative score', 'a,x,-1', 'score'],
    ['a score that is not a number', 'a,x,lots', 'score'],
    ['a missing mentor', ',x,1', 'mentor'],
  ])('names the row and column of %s', (_, line, column) => {
    const r = readEdgesCsv(`mentor,mentee,score\nb,y,2\n${line}\n`);
    expect(r.errors).toContainEqual(expect.objectContaining({ row: 3, column }));
  });

  it('rejects a wrong header, a duplicate pair and a short row', () => {
    expect(readEdgesCsv('from,to,score\n').errors[0]).toMatchObject({ row: 1 });
    expect(readEdgesCsv('mentor,mentee,score\na,x,1\na,x,2\n').errors[0]).toMatchObject({ row: 3, message: expect.stringMatching(/twice/) });
    expect(readEdgesCsv('mentor,mentee,score\na,x\n').errors[0]).toMatchObject({ row: 2 });
  });
});

describe('reading capacities', () => {
  it('sets listed mentors and keeps the default for others', () => {
    const r = readCapacitiesCsv('mentor,capacity\nb,3\n', ['a', 'b'], 1);
    expect(r).toEqual({ errors: [], capacities: [1, 3] });
  });

  it('rejects unknown mentors and bad numbers', () => {
    const r = readCapacitiesCsv('mentor,capacity\nz,1\na,two\n', ['a'], 1);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[2, 'mentor'], [3, 'capacity']]);
  });
});
