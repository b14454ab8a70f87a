// Cross-check against the independent scipy reference (../shared/bench/lap_reference.py) on a few
// medium instances. Runs only where Debian's scipy is installed (`apt-get install -y python3-scipy`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../src/core/demo/prng.js';
import { solve } from '../../../../src/core/matching/solver/solve.js';
import type { Edge, Objective } from '../../../../src/core/matching/types.js';

const PYTHON = '/usr/bin/python3';
// ../shared beside the repository (as in CI: a clean clone with shared next to it).
const REFERENCE = fileURLToPath(new URL('../../../../../shared/bench/lap_reference.py', import.meta.url));
const hasScipy = existsSync(REFERENCE) && spawnSync(PYTHON, ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'tandem-lap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function instance(n: number, perMentee: number, maxCapacity: number, seed: number) {
  const rand = mulberry32(seed);
  const edges: Edge[] = [];
  for (let j = 0; j < n; j++) {
    const picked = new Set<number>();
    while (picked.size < perMentee) picked.add(Math.floor(rand() * n));
    for (const m of picked) edges.push({ mentor: m, mentee: j, score: Math.floor(rand() * 51) });
  }
  const capacities = Array.from({ length: n }, () => 1 + Math.floor(rand() * maxCapacity));
  return { edges, capacities };
}

describe.skipIf(!hasScipy)('solver vs scipy linear_sum_assignment', () => {
  const cases: Array<[number, number, number, Objective, number]> = [
    [300, 3, 1, 'coverage', 1],
    [300, 3, 1, 'score', 2],
    [250, 8, 2, 'coverage', 3],
    [400, 12, 1, 'coverage', 4],
    [400, 12, 1, 'score', 5],
  ];
  it.each(cases)('%i per side, %i edges per mentee, capacity ≤ %i, %s', (n, perMentee, maxCapacity, objective, seed) => {
    const { edges, capacities } = instance(n, perMentee, maxCapacity, seed);
    const result = solve({ mentorCount: n, menteeCount: n, capacities, edges, objective });
    expect(result.optimal).toBe(true);
    const edgesCsv = join(dir, `edges-${seed}.csv`);
    const capsCsv = join(dir, `caps-${seed}.csv`);
    const pairsCsv = join(dir, `pairs-${seed}.csv`);
    writeFileSync(edgesCsv, ['mentor,mentee,score', ...edges.map((e) => `m${e.mentor},e${e.mentee},${e.score}`)].join('\n'));
    writeFileSync(capsCsv, ['mentor,capacity', ...capacities.map((c, i) => `m${i},${c}`)].join('\n'));
    const score = new Map(edges.map((e) => [`${e.mentor}:${e.mentee}`, e.score]));
    writeFileSync(pairsCsv, ['mentor,mentee,score', ...result.pairs.map(([m, j]) => `m${m},e${j},${score.get(`${m}:${j}`)}`)].join('\n'));
    const run = spawnSync(PYTHON, [REFERENCE, edgesCsv, '--capacities', capsCsv, '--objective', objective, '--pairs', pairsCsv], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { pairs: number; total: number; proposed_is_optimal: boolean };
    expect(out.total).toBe(result.total);
    if (objective === 'coverage') expect(out.pairs).toBe(result.pairs.length);
    expect(out.proposed_is_optimal).toBe(true);
  });
});
