// Benchmark of the matching engine's rules and scoring (not a timed test; prints its figures).
//   npx tsx bench/matching-score.bench.ts              (2k and 10k per side)
//   npx tsx bench/matching-score.bench.ts 1000 5000    (chosen sizes)
// A seeded synthetic program: an 80-skill catalogue (0–39 "digital", 40–79 "business"), 8
// departments, a manager tree (department heads, seniors under seniors of a higher level,
// juniors under seniors or team leads who are not participants). Mentors (juniors) have levels
// 1–4, know ~10 skills (mostly digital, levels 1–5) and want ~5 (mostly business); mentees
// (seniors) have levels 5–9, know ~10 (mostly business) and want ~5 (mostly digital). A few
// prefer / avoid / previous / forbidden pairs. For each size it times: buildRulesIndex, every
// rule check alone (n × n calls of exclusionCode), buildCandidateEdges in reverse and mutual
// mode — all pairs up to 2k per side, each side's best 30 above — and prints edges and eligible
// pairs. Generation is not timed.
import { mulberry32 } from '../src/core/demo/prng.js';
import { buildCandidateEdges } from '../src/core/matching/build-edges.js';
import { buildRulesIndex, exclusionCode, scopeCode } from '../src/core/matching/eligibility.js';
import type { MatchRules, Participant } from '../src/core/matching/types.js';

const SKILLS = 80;
const DEPARTMENTS = 8;
const ZONES = [
  'Europe/London',
  'Europe/Paris',
  'Europe/Helsinki',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Singapore',
];
const K = 30;
const FULL_UP_TO = 2000;

export interface Program {
  mentors: Participant[];
  mentees: Participant[];
  managerOf: Map<string, string | null>;
  previousPairs: Array<readonly [string, string]>;
  forbiddenPairs: Array<readonly [string, string]>;
}

export function generateProgram(n: number, seed: number): Program {
  const rand = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const half = SKILLS / 2;
  // 85 % of a person's skills come from their side's half of the catalogue.
  const skill = (digital: boolean): string => {
    const fromDigital = rand() < 0.85 ? digital : !digital;
    return `s${fromDigital ? int(0, half - 1) : int(half, SKILLS - 1)}`;
  };
  const skills = (count: number, digital: boolean, value: () => number): Map<string, number> => {
    const out = new Map<string, number>();
    while (out.size < count) out.set(skill(digital), value());
    return out;
  };
  const managerOf = new Map<string, string | null>();
  // Department heads and team leads: not participants.
  const heads: string[] = [];
  for (let d = 0; d < DEPARTMENTS; d++) {
    heads.push(`head${d}`);
    managerOf.set(`head${d}`, 'ceo');
  }
  managerOf.set('ceo', null);
  const seniorsByDept: string[][] = Array.from({ length: DEPARTMENTS }, (_, d) => [`head${d}`]);
  const mentees: Participant[] = [];
  const levels = Array.from({ length: n }, () => int(5, 9)).sort((a, b) => b - a);
  for (let i = 0; i < n; i++) {
    const d = int(0, DEPARTMENTS - 1);
    const pool = seniorsByDept[d] as string[];
    const manager = pool[int(0, pool.length - 1)] as string;
    const id = `e${i}`;
    managerOf.set(id, manager);
    pool.push(id);
    mentees.push({
      id,
      side: 'mentee',
      department: `dept${d}`,
      level: levels[i] as number,
      managerId: manager,
      knows: skills(int(8, 12), false, () => int(2, 5)),
      wants: skills(int(3, 7), true, () => int(1, 3)),
      timeZone: ZONES[int(0, ZONES.length - 1)] as string,
      prefer: [],
      avoid: [],
    });
  }
  const mentors: Participant[] = [];
  for (let i = 0; i < n; i++) {
    const d = int(0, DEPARTMENTS - 1);
    const pool = seniorsByDept[d] as string[];
    const lead = rand() < 0.3 ? `lead${d}-${int(0, 19)}` : (pool[int(0, pool.length - 1)] as string);
    if (!managerOf.has(lead)) managerOf.set(lead, `head${d}`);
    const id = `r${i}`;
    managerOf.set(id, lead);
    mentors.push({
      id,
      side: 'mentor',
      department: `dept${d}`,
      level: int(1, 4),
      managerId: lead,
      knows: skills(int(8, 12), true, () => int(1, 5)),
      wants: skills(int(3, 7), false, () => int(1, 3)),
      capacity: int(1, 2),
      timeZone: rand() < 0.9 ? (ZONES[int(0, ZONES.length - 1)] as string) : null,
      prefer: [],
      avoid: [],
    });
  }
  const previousPairs: Array<readonly [string, string]> = [];
  const forbiddenPairs: Array<readonly [string, string]> = [];
  for (let i = 0; i < n / 20; i++) {
    const m = mentors[int(0, n - 1)] as Participant;
    const j = mentees[int(0, n - 1)] as Participant;
    (m.prefer as string[]).push(j.id);
    const a = mentors[int(0, n - 1)] as Participant;
    const b = mentees[int(0, n - 1)] as Participant;
    (b.avoid as string[]).push(a.id);
    previousPairs.push([mentors[int(0, n - 1)]!.id, mentees[int(0, n - 1)]!.id]);
    forbiddenPairs.push([mentors[int(0, n - 1)]!.id, mentees[int(0, n - 1)]!.id]);
  }
  return { mentors, mentees, managerOf, previousPairs, forbiddenPairs };
}

function rulesFor(p: Program, mode: 'reverse' | 'mutual'): MatchRules {
  return {
    mode,
    minLevelGap: 2,
    scope: 'any',
    defaultCapacity: 1,
    managerOf: p.managerOf,
    previousPairs: p.previousPairs,
    forbiddenPairs: p.forbiddenPairs,
    lockedPairs: [],
  };
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function run(n: number): void {
  const program = generateProgram(n, 20260115 + n);
  const rules = rulesFor(program, 'reverse');
  let t = process.hrtime.bigint();
  const index = buildRulesIndex([...program.mentors, ...program.mentees], rules);
  const indexSeconds = seconds(t);

  // Every rule check alone, on the hot path's typed inputs.
  const mNode = Int32Array.from(program.mentors, (p) => index.nodeOf.get(p.id) as number);
  const mLevel = Float64Array.from(program.mentors, (p) => p.level);
  const scope = scopeCode(rules.scope);
  t = process.hrtime.bigint();
  let eligible = 0;
  for (const mentee of program.mentees) {
    const jNode = index.nodeOf.get(mentee.id) as number;
    for (let m = 0; m < n; m++)
      if (
        exclusionCode(
          index,
          mNode[m] as number,
          jNode,
          mentee.level - (mLevel[m] as number),
          false,
          rules.minLevelGap,
          scope,
        ) === 0
      )
        eligible++;
  }
  const checkSeconds = seconds(t);
  console.log(
    `${n} × ${n}: index ${indexSeconds.toFixed(3)} s; ${((n * n) / 1e6).toFixed(0)}M rule checks ${checkSeconds.toFixed(2)} s (${((checkSeconds / (n * n)) * 1e9).toFixed(1)} ns each), ${eligible} eligible`,
  );

  for (const mode of ['reverse', 'mutual'] as const) {
    const limit = n > FULL_UP_TO ? K : undefined;
    t = process.hrtime.bigint();
    const { edges, exclusions } = buildCandidateEdges(
      program.mentors,
      program.mentees,
      rulesFor(program, mode),
      undefined,
      { index, limitPerMentee: limit },
    );
    const s = seconds(t);
    const excluded = exclusions.byMentee.reduce(
      (sum, e) => sum + Object.values(e.excluded).reduce((a, b) => a + b, 0),
      0,
    );
    const elig = exclusions.byMentee.reduce((sum, e) => sum + e.eligible, 0);
    const max = edges.reduce((a, e) => Math.max(a, e.score), 0);
    console.log(
      `  ${mode.padEnd(7)} buildCandidateEdges(${limit === undefined ? 'all pairs' : `best ${limit} per side`}): ${s.toFixed(2)} s, ${edges.length} edges, ${elig} eligible / ${excluded} excluded, max score ${max}, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
    );
  }
}

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes.length ? sizes : [2000, 10000]) run(n);
