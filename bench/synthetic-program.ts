// A seeded synthetic reverse/mutual mentoring program for benchmarks (not tests): an 80-skill
// catalogue (0–39 "digital", 40–79 "business"), 8 departments and a manager tree (department
// heads, seniors under seniors, juniors under seniors or team leads who are not participants).
// Mentors (juniors) have levels 1–4, know ~10 skills (mostly digital, levels 1–5) and want ~5
// (mostly business); mentees (seniors) have levels 5–9, know ~10 (mostly business) and want ~5
// (mostly digital). A few prefer / avoid / previous / forbidden pairs. Same (n, seed), same program.
// Mentors take 1–2 mentees unless `capacity` says otherwise.
import { mulberry32 } from '../src/core/demo/prng.js';
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

export interface Program {
  mentors: Participant[];
  mentees: Participant[];
  managerOf: Map<string, string | null>;
  previousPairs: Array<readonly [string, string]>;
  forbiddenPairs: Array<readonly [string, string]>;
}

export function generateProgram(n: number, seed: number, options: { capacity?: number } = {}): Program {
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
      capacity: options.capacity ?? int(1, 2),
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

export function rulesFor(p: Program, mode: 'reverse' | 'mutual'): MatchRules {
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


const COLUMNS = 'id,name,side,department,level,manager_id,knows,wants,capacity,timezone,prefer,avoid';

/** The program as a `tandem match` people file (previous and forbidden pairs as pairs files). */
export function programCsv(program: Program): { people: string; previous: string; forbidden: string } {
  const skills = (m: ReadonlyMap<string, number>) => [...m].map(([s, v]) => `${s}:${v}`).join(';');
  const row = (p: Participant) =>
    [p.id, `Person ${p.id}`, p.side, p.department, p.level, p.managerId ?? '', skills(p.knows), skills(p.wants), p.capacity ?? '', p.timeZone ?? '', p.prefer.join(';'), p.avoid.join(';')].join(',');
  const pairs = (list: ReadonlyArray<readonly [string, string]>) => ['mentor,mentee', ...[...new Set(list.map(([m, e]) => `${m},${e}`))]].join('\n') + '\n';
  return {
    people: [COLUMNS, ...program.mentors.map(row), ...program.mentees.map(row)].join('\n') + '\n',
    previous: pairs(program.previousPairs),
    forbidden: pairs(program.forbiddenPairs),
  };
}
