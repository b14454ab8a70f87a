import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../support/tandem-cli.js';

// `tandem program outcomes` on the demo organization's finished program, in a temporary embedded database.
const dataDir = mkdtempSync(join(tmpdir(), 'tandem-outcomes-cli-'));
const PROGRAM = 'Digital fluency for leaders';

const tandem = (args: string[]) => runTandem(args, { dataDir, timeoutMs: 120_000 });

describe('tandem program outcomes', { timeout: 240_000 }, () => {
  it('exports every figure of a program as CSV on standard output, or one figure to a file', () => {
    const seeded = tandem(['seed-demo']);
    expect(seeded.code).toBe(0);
    const slug = /^Loaded (\S+) /m.exec(seeded.out)?.[1] as string;
    const all = tandem(['program', 'outcomes', PROGRAM, '--org', slug]);
    expect(all.code).toBe(0);
    const rows = parse(all.out, { columns: true }) as Array<Record<string, string>>;
    expect(all.out.split('\r\n')[0]).toBe('figure,series,label,value,people,suppressed');
    expect([...new Set(rows.map((r) => r.figure))].sort()).toEqual(['engagement', 'funnel', 'learning', 'reach', 'retention', 'satisfaction']);
    // No number for a group of fewer than 5 people: a row names 5 or more, or is suppressed with no value.
    for (const r of rows) {
      if (r.suppressed === 'suppressed') expect([r.value, r.people], JSON.stringify(r)).toEqual(['', '']);
      else if (r.people !== '') expect(Number(r.people), JSON.stringify(r)).toBeGreaterThanOrEqual(5);
    }
    expect(rows.some((r) => r.suppressed === '' && r.value !== '')).toBe(true);
    expect(all.err).toMatch(/^Figures as of \d{4}-\d\d-\d\dT/);

    const file = join(dataDir, 'funnel.csv');
    const one = tandem(['program', 'outcomes', PROGRAM, '--org', slug, '--figure', 'funnel', '--out', file]);
    expect(one).toMatchObject({ code: 0, out: '' });
    const funnel = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(funnel.slice(1).every((l) => l.startsWith('funnel,'))).toBe(true);
    expect(funnel.length).toBeGreaterThan(7);
  });

  it('names what is wrong and exits non-zero', () => {
    const slug = /^(\S+) already exists/m.exec(tandem(['seed-demo']).out)?.[1] as string;
    expect(tandem(['program', 'outcomes', 'No such program', '--org', slug])).toMatchObject({ code: 1, err: expect.stringContaining('No program "No such program"') });
    expect(tandem(['program', 'outcomes', PROGRAM, '--org', slug, '--figure', 'mood']).code).not.toBe(0);
    expect(tandem(['program', 'outcomes', PROGRAM, '--org', 'nope']).err).toContain('No organization with slug "nope"');
  });
});
