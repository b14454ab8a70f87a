import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../support/tandem-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-match-'));
const path = (name: string) => join(dir, name);
const PYTHON = '/usr/bin/python3';
const REFERENCE = fileURLToPath(new URL('../../../shared/bench/lap_reference.py', import.meta.url));
const hasScipy = existsSync(REFERENCE) && spawnSync(PYTHON, ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;

const tandem = (args: string[]) => runTandem(args, { timeoutMs: 120_000 });

const summaryOf = (out: string) => JSON.parse(out.trim().split('\n').at(-1) as string) as Record<string, unknown>;
const HEADER = 'id,name,side,department,level,manager_id,knows,wants,capacity,timezone,prefer,avoid';

describe('tandem match', { timeout: 180_000 }, () => {
  it('pairs the example program, explains every pair, and prints the summary as the last line of stdout', () => {
    const res = tandem(['match', '--people', 'examples/match-people.csv', '--out', path('pairs.csv'), '--explain', path('explain.json'), '--edges-out', path('edges.csv')]);
    expect(res.code).toBe(0);
    expect(Object.keys(summaryOf(res.out))).toEqual(['pairs', 'unmatched_mentees', 'unmatched_mentors', 'total', 'min_pair', 'optimal', 'gap', 'seconds']);
    expect(summaryOf(res.out)).toMatchObject({ pairs: 6, unmatched_mentees: 0, unmatched_mentors: 1, optimal: true, gap: 0 });
    const pairs = readFileSync(path('pairs.csv'), 'utf8').trim().split('\n');
    expect(pairs[0]).toBe('mentor,mentee,score');
    const explain = JSON.parse(readFileSync(path('explain.json'), 'utf8')) as { pairs: Array<{ mentor: string; mentee: string; score: number; parts: Array<{ points: number }> }>; unmatched_mentors: unknown[] };
    expect(explain.pairs).toHaveLength(6);
    for (const p of explain.pairs) {
      expect(p.parts.reduce((sum, part) => sum + part.points, 0)).toBe(p.score);
      expect(pairs).toContain(`${p.mentor},${p.mentee},${p.score}`);
    }
    expect(explain.unmatched_mentors).toEqual([{ id: 'J06', reason: 'partners_taken', excluded: null }]);
    // Age is never an input, and J05 avoids S03; J03 reports to S01: none of these pairs appear.
    expect(pairs.some((l) => l.startsWith('J05,S03,') || l.startsWith('J03,S01,'))).toBe(false);
    const edges = readFileSync(path('edges.csv'), 'utf8').trim().split('\n');
    expect(edges[0]).toBe('mentor,mentee,score');
    expect(readFileSync(path('edges.capacities.csv'), 'utf8')).toContain('J03,2');
  });

  it.skipIf(!hasScipy)('is optimal according to the scipy reference on its own --edges-out', () => {
    const res = tandem(['match', '--people', 'examples/match-people.csv', '--out', path('p.csv'), '--edges-out', path('e.csv'), '--objective', 'score']);
    expect(res.code).toBe(0);
    const check = spawnSync(PYTHON, [REFERENCE, path('e.csv'), '--capacities', path('e.capacities.csv'), '--objective', 'score', '--pairs', path('p.csv')], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toMatchObject({ proposed_is_optimal: true });
  });

  it('keeps locked pairs, warns when one breaks a rule, and never pairs former partners again', () => {
    writeFileSync(path('locked.csv'), 'mentor,mentee\nJ04,S04\n');
    writeFileSync(path('previous.csv'), 'mentor,mentee\nJ02,S03\n');
    const res = tandem(['match', '--people', 'examples/match-people.csv', '--out', path('locked-pairs.csv'), '--locked', path('locked.csv'), '--previous', path('previous.csv')]);
    expect(res.code).toBe(0);
    const pairs = readFileSync(path('locked-pairs.csv'), 'utf8');
    expect(pairs).toMatch(/^J04,S04,/m);
    expect(pairs).not.toMatch(/^J02,S03,/m);
    expect(res.err).toContain('Warning: locked pair J04 – S04 is kept although it breaks: reporting_chain');
  });

  it.each([
    ['an unknown column', `${HEADER},age\nJ1,A,mentor,X,1,,,,,,,,30\n`, 'row 1, age: unknown column'],
    ['a level of 7', `${HEADER}\nJ1,A,mentor,X,1,,ai:7,,,,,\n`, 'row 2, knows: "ai:7"'],
    ['a manager cycle', `${HEADER}\nJ1,A,mentor,X,1,S1,,,,,,\nS1,B,mentee,X,5,J1,,,,,,\n`, 'row 2, manager_id: reporting line forms a cycle'],
    ['a duplicate id', `${HEADER}\nJ1,A,mentor,X,1,,,,,,,\nJ1,B,mentee,X,5,,,,,,,\n`, 'row 3, id: duplicate id "J1"'],
    ['an unknown id in prefer', `${HEADER}\nJ1,A,mentor,X,1,,,,,,S9,\n`, 'row 2, prefer: unknown id "S9"'],
  ])('exits 2 on %s, names the row and column, and writes no file', (_what, csv, message) => {
    writeFileSync(path('bad.csv'), csv);
    const res = tandem(['match', '--people', path('bad.csv'), '--out', path('never.csv'), '--explain', path('never.json')]);
    expect(res.code).toBe(2);
    expect(res.err).toContain(message);
    expect(existsSync(path('never.csv'))).toBe(false);
    expect(existsSync(path('never.json'))).toBe(false);
  });

  it('exits 2 on a bad locked pairs file and on bad options', () => {
    writeFileSync(path('bad-locked.csv'), 'mentor,mentee\nS01,J01\nJ01,S99\n');
    const res = tandem(['match', '--people', 'examples/match-people.csv', '--out', path('never2.csv'), '--locked', path('bad-locked.csv')]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('row 2, mentor: "S01" is a mentee, not a mentor');
    expect(res.err).toContain('row 3, mentee: unknown id "S99"');
    expect(existsSync(path('never2.csv'))).toBe(false);
    const gap = tandem(['match', '--people', 'examples/match-people.csv', '--out', path('never3.csv'), '--min-level-gap', 'two']);
    expect(gap.code).not.toBe(0);
    expect(gap.err).toContain('--min-level-gap must be a whole number');
  });
});
