// Benchmark of `tandem match` (issue 3; not a test — it prints its figures).
//   npx tsx bench/matching.bench.ts                  1,000, 10,000 and 100,000 per side
//   npx tsx bench/matching.bench.ts 10000            chosen sizes
//   npx tsx bench/matching.bench.ts --incremental    a late joiner and a re-match after a decline
//   options: --mode mutual   --no-scipy   --time-limit <s>   --keep (keep the files)
//
// Each size: a seeded synthetic program (bench/synthetic-program.ts: 80 skills, ~10 known and
// ~5 wanted per person, 8 departments, a manager tree, minimum level gap 2, capacity 1) is
// written as a people CSV (not timed). Then, each in a process of its own:
//   • people CSV → pairs CSV through the matching use case (bench/match-run.ts), with the time
//     of the scoring (table, candidate lists, every pricing scan) and of the solves, rounds,
//     certified or proven gap, and the peak memory of that process;
//   • the same with the real command, `node bin/tandem.js match`, wall clock;
//   • up to 10,000 per side, scipy's linear_sum_assignment on the same dense score matrix
//     (bench/lsa_dense.py; the matrix is built here, not timed), its time, its optimal total,
//     and the ratio of the command's time to scipy's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readParticipantsCsv } from '../src/core/matching/read-participants-csv.js';
import { buildScoringTable, rowScratch, scoreRow } from '../src/core/matching/scoring-table.js';
import type { MatchRules } from '../src/core/matching/types.js';
import { generateProgram, programCsv } from './synthetic-program.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const mode = value('--mode') === 'mutual' ? 'mutual' : 'reverse';
const timeLimit = value('--time-limit');
const sizes = args.filter((a, i) => /^\d+$/.test(a) && !['--time-limit'].includes(args[i - 1] ?? '')).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
const PYTHON = '/usr/bin/python3';
const hasScipy = !flag('--no-scipy') && spawnSync(PYTHON, ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;

interface Run {
  summary: { pairs: number; total: number; optimal: boolean; gap: number | null; unmatched_mentees: number };
  seconds: number;
  scoring: number;
  solving: number;
  rounds: number;
  candidates: number;
  blocking: number;
  peakRssMB: number;
}

function runUseCase(people: string, out: string, extra: string[] = []): Run {
  const res = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/match-run.ts',
      people,
      out,
      '--mode',
      mode,
      ...(timeLimit ? ['--time-limit', timeLimit] : []),
      ...extra,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  if (res.status !== 0) throw new Error(`match-run failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1) as string) as Run;
}

function runCommand(people: string, out: string): { seconds: number; summary: Run['summary'] } {
  const started = performance.now();
  const cli = [
    'bin/tandem.js',
    'match',
    '--people',
    people,
    '--out',
    out,
    '--mode',
    mode,
    '--min-level-gap',
    '2',
    ...(timeLimit ? ['--time-limit', timeLimit] : []),
  ];
  const res = spawnSync(process.execPath, cli, { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 0) throw new Error(`tandem match failed: ${res.stderr}`);
  return { seconds, summary: JSON.parse(res.stdout.trim().split('\n').at(-1) as string) as Run['summary'] };
}

/** The dense mentor × mentee score matrix (−1: not eligible) of a people file, for scipy. */
function denseMatrix(peopleCsv: string, path: string): void {
  const file = readParticipantsCsv(peopleCsv);
  const mentors = file.participants.filter((p) => p.side === 'mentor');
  const mentees = file.participants.filter((p) => p.side === 'mentee');
  const rules: MatchRules = {
    mode,
    minLevelGap: 2,
    scope: 'any',
    defaultCapacity: 1,
    managerOf: file.managerOf,
    previousPairs: [],
    forbiddenPairs: [],
    lockedPairs: [],
  };
  const table = buildScoringTable(mentors, mentees, rules);
  const matrix = new Int32Array(mentors.length * mentees.length);
  const row = new Int32Array(mentors.length);
  const scratch = rowScratch(table);
  for (let j = 0; j < mentees.length; j++) {
    scoreRow(table, j, row, scratch);
    for (let m = 0; m < mentors.length; m++) matrix[m * mentees.length + j] = Math.max(-1, row[m] as number);
  }
  writeFileSync(path, matrix);
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);

function benchSize(n: number): void {
  const program = generateProgram(n, 20261201 + n, { capacity: 1 });
  const people = join(dir, `people-${n}.csv`);
  writeFileSync(people, programCsv(program).people);
  const run = runUseCase(people, join(dir, `pairs-${n}.csv`));
  const gap = run.summary.optimal
    ? 'certified optimal'
    : `proven gap ${run.summary.gap === null ? 'none' : `${fmt(100 * run.summary.gap, 4)} %`}`;
  console.log(
    `${String(n).padStart(7)} per side (${mode}): ${fmt(run.seconds)} s people CSV → pairs CSV (scoring ${fmt(run.scoring)} s, solving ${fmt(run.solving)} s, ` +
      `${run.rounds} rounds, ${run.candidates} candidate pairs) — pairs ${run.summary.pairs}, total ${run.summary.total}, ${gap}, ` +
      `blocking pairs ${run.blocking}, peak RSS ${run.peakRssMB} MB`,
  );
  const command = runCommand(people, join(dir, `pairs-cli-${n}.csv`));
  console.log(
    `${' '.repeat(17)}the command (node bin/tandem.js match, wall clock, start-up included): ${fmt(command.seconds)} s, total ${command.summary.total}`,
  );
  if (!hasScipy || n > 10_000) return;
  const matrix = join(dir, `dense-${n}.bin`);
  denseMatrix(readFileSync(people, 'utf8'), matrix);
  const lsa = spawnSync(PYTHON, ['bench/lsa_dense.py', matrix, String(n), String(n)], { encoding: 'utf8' });
  rmSync(matrix, { force: true });
  if (lsa.status !== 0) throw new Error(`lsa_dense.py failed: ${lsa.stderr}`);
  const ref = JSON.parse(lsa.stdout) as { pairs: number; total: number; seconds: number };
  const same = ref.total === command.summary.total && ref.pairs === command.summary.pairs;
  console.log(
    `${' '.repeat(17)}scipy linear_sum_assignment on the dense ${n} × ${n} matrix: ${fmt(ref.seconds)} s, pairs ${ref.pairs}, total ${ref.total} ` +
      `(${same ? 'the same optimal total' : 'A DIFFERENT TOTAL'}); command / scipy = ${fmt(command.seconds / ref.seconds, 3)}`,
  );
}

/** A 10,000-person program (5,000 per side): everyone paired, then one late joiner, then a decline. */
function benchIncremental(): void {
  const n = 5000;
  const program = generateProgram(n, 777, { capacity: 1 });
  const csv = programCsv(program);
  const people = join(dir, 'incremental-people.csv');
  writeFileSync(people, csv.people);
  const first = runUseCase(people, join(dir, 'incremental-pairs.csv'));
  const pairs = readFileSync(join(dir, 'incremental-pairs.csv'), 'utf8');
  console.log(`incremental, ${2 * n} people: first match ${fmt(first.seconds)} s, ${first.summary.pairs} pairs`);
  // A late joiner: a new senior who wants what many juniors know.
  const mentee = program.mentees[0] as (typeof program.mentees)[number];
  const joiner = [
    'late1',
    'Late Joiner',
    'mentee',
    mentee.department,
    String(mentee.level),
    '',
    [...mentee.knows].map(([s, l]) => `${s}:${l}`).join(';'),
    [...mentee.wants].map(([s, p]) => `${s}:${p}`).join(';'),
    '',
    mentee.timeZone ?? '',
    '',
    '',
  ].join(',');
  // Free one mentor so the late joiner can have a place (someone left the program).
  const [header, ...lines] = pairs.trim().split('\n');
  const leaving = (lines[0] as string).split(',')[0] as string;
  const kept = lines.filter((l) => !l.startsWith(`${leaving},`));
  writeFileSync(join(dir, 'incremental-locked.csv'), [header, ...kept].join('\n') + '\n');
  const withJoiner = join(dir, 'incremental-people-joiner.csv');
  writeFileSync(withJoiner, readFileSync(people, 'utf8') + joiner + '\n');
  const late = runUseCase(withJoiner, join(dir, 'incremental-late.csv'), [
    '--locked',
    join(dir, 'incremental-locked.csv'),
  ]);
  console.log(
    `  late joiner with ${kept.length} locked pairs: ${fmt(late.seconds)} s (use case, CSV in and out), ${late.summary.pairs} pairs, ${late.summary.optimal ? 'certified optimal' : 'not certified'}`,
  );
  // A decline: the pair breaks up, both return to the pool, never paired again.
  const declined = (lines[1] as string).split(',');
  const others = lines.filter((l) => l !== lines[1]);
  writeFileSync(join(dir, 'incremental-locked2.csv'), [header, ...others].join('\n') + '\n');
  writeFileSync(join(dir, 'incremental-previous.csv'), `mentor,mentee\n${declined[0]},${declined[1]}\n`);
  const rematch = runUseCase(people, join(dir, 'incremental-rematch.csv'), [
    '--locked',
    join(dir, 'incremental-locked2.csv'),
    '--previous',
    join(dir, 'incremental-previous.csv'),
  ]);
  console.log(
    `  re-match after a decline with ${others.length} locked pairs: ${fmt(rematch.seconds)} s, ${rematch.summary.pairs} pairs, ${rematch.summary.optimal ? 'certified optimal' : 'not certified'}`,
  );
}

try {
  if (flag('--incremental')) benchIncremental();
  else for (const n of sizes.length ? sizes : [1_000, 10_000, 100_000]) benchSize(n);
} finally {
  if (!flag('--keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`files kept in ${dir}`);
}
