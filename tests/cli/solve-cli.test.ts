import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../support/tandem-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-solve-'));
const path = (name: string) => join(dir, name);

const tandem = (args: string[]) => runTandem(args);

describe('tandem solve', { timeout: 120_000 }, () => {
  it('writes the optimal pairs and prints the summary as the last line of stdout', () => {
    // Greedy would take j1–s1 (10) and leave 1 for j2–s2; the optimum is 9 + 9.
    writeFileSync(path('edges.csv'), 'mentor,mentee,score\nj1,s1,10\nj1,s2,9\nj2,s1,9\nj2,s2,1\n');
    const res = tandem(['solve', '--edges', path('edges.csv'), '--out', path('pairs.csv')]);
    expect(res.code).toBe(0);
    const summary = JSON.parse(res.out.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ pairs: 2, unmatched_mentees: 0, unmatched_mentors: 0, total: 18, min_pair: 9, optimal: true, gap: 0 });
    expect(readFileSync(path('pairs.csv'), 'utf8')).toBe('mentor,mentee,score\nj1,s2,9\nj2,s1,9\n');
  });

  it('honours capacities and the score objective', () => {
    writeFileSync(path('caps.csv'), 'mentor,capacity\nj1,2\nj2,0\n');
    const res = tandem(['solve', '--edges', path('edges.csv'), '--out', path('pairs2.csv'), '--capacities', path('caps.csv'), '--objective', 'score']);
    expect(JSON.parse(res.out.trim().split('\n').at(-1)!)).toMatchObject({ pairs: 2, total: 19, unmatched_mentors: 1 });
  });

  it('exits 2 on bad input, names the row and column, and writes no file', () => {
    writeFileSync(path('bad.csv'), 'mentor,mentee,score\nj1,s1,ten\n');
    const res = tandem(['solve', '--edges', path('bad.csv'), '--out', path('never.csv')]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('row 2, score');
    expect(existsSync(path('never.csv'))).toBe(false);
  });
});
