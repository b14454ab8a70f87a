// The people of one matching run as dense typed arrays, for the hot loops (issue 3). Pure: no I/O.
//
// A `ScoringTable` is plain data (numbers and typed arrays), so it can be copied to worker
// threads. It holds what the rules need per person (level, department, UTC offset, the Euler-tour
// interval of their manager-forest component, pair-relation bits), each person's skills, and per
// skill and level the people who know or want it ("buckets"). With the buckets, the teach units
// from one person towards everyone on the other side are accumulated in one pass over the people
// who know a wanted skill better, never over the whole other side skill by skill.
//
// `scoreRow` gives the exact score (or the first failing rule) of one mentee against every mentor:
// the reference the fast scanners are tested against, and the source of per-rule exclusion counts.
// Scores are exactly `scorePair(...)` and codes exactly `exclusionCode(...)` (property-tested).
import {
  BIT_AVOID,
  BIT_FORBIDDEN,
  BIT_PREFER,
  BIT_PREVIOUS,
  buildRulesIndex,
  R_AVOID,
  R_FORBIDDEN,
  R_LEVEL_GAP,
  R_LOCKED_ELSEWHERE,
  R_PREVIOUS,
  R_REPORTING_CHAIN,
  R_SAME_PERSON,
  R_SCOPE,
  SCOPE_CROSS,
  SCOPE_SAME,
  scopeCode,
  type RulesIndex,
} from './eligibility.js';
import { checkWeights, DEFAULT_WEIGHTS, TEACH_POINTS, utcOffsetMinutes, type ScoringWeights } from './score.js';
import type { MatchRules, Participant } from './types.js';

/** Organizational levels are whole numbers in ±LEVEL_LIMIT (the scan kernel compares them as i32). */
export const LEVEL_LIMIT = 1_000_000;

/** Levels 0..5 (0 = does not know the skill): bucket key = skill·LEVELS + level. */
export const LEVELS = 6;

/** People by (skill, level), CSR over keys skill·LEVELS + level, each bucket in person order. */
export interface Buckets {
  start: Int32Array;
  person: Int32Array;
  /** The priority of the wanted skill (wanting buckets), else 0. */
  priority: Int32Array;
}

/** One side's skills per person (CSR by person): skill, level or priority, own level (wanted skills). */
export interface PersonSkills {
  start: Int32Array;
  skill: Int32Array;
  value: Int32Array;
  own: Int32Array;
}

/** Rule attributes of one side. tin/tout = Euler-tour interval of the manager-forest component. */
export interface SideAttributes {
  level: Float64Array;
  dept: Int32Array;
  /** UTC offset in minutes, NaN when unknown (|NaN − x| ≤ w is false: no bonus). */
  tz: Float64Array;
  tin: Int32Array;
  tout: Int32Array;
  node: Int32Array;
  bits: Uint8Array;
  /** CSR: the people of the other side this person has a `prefer` relation with (either way). */
  preferStart: Int32Array;
  prefer: Int32Array;
}

export interface ScoringTable {
  mentorCount: number;
  menteeCount: number;
  skillCount: number;
  mutual: boolean;
  minGap: number;
  scope: number;
  weights: ScoringWeights;
  mentor: SideAttributes;
  mentee: SideAttributes;
  /** Mentees: the mentee of a locked pair (for `scoreRow`'s locked rules). */
  menteeLocked: Uint8Array;
  mentorKnows: PersonSkills;
  mentorWants: PersonSkills;
  menteeKnows: PersonSkills;
  menteeWants: PersonSkills;
  mentorsKnowing: Buckets;
  mentorsWanting: Buckets;
  menteesKnowing: Buckets;
  menteesWanting: Buckets;
  /** Pair relations for the rare pairs some list mentions (see eligibility.ts), sorted keys. */
  nodeCount: number;
  pairKeys: Float64Array;
  pairValues: Uint8Array;
  lockedKeys: Float64Array;
}

export function checkParticipant(p: Participant, side: string, i: number): void {
  for (const [skill, level] of p.knows) {
    if (!Number.isInteger(level) || level < 1 || level > 5)
      throw new Error(`${side} ${i} ("${p.id}") knows "${skill}" at level ${String(level)}; levels are integers 1..5.`);
  }
  for (const [skill, priority] of p.wants) {
    if (!Number.isInteger(priority) || priority < 1 || priority > 3)
      throw new Error(`${side} ${i} ("${p.id}") wants "${skill}" with priority ${String(priority)}; priorities are integers 1..3.`);
  }
  if (!Number.isInteger(p.level) || Math.abs(p.level) > LEVEL_LIMIT)
    throw new Error(`${side} ${i} ("${p.id}") has level ${String(p.level)}; a level is a whole number between −${LEVEL_LIMIT} and ${LEVEL_LIMIT}.`);
}

export function buildScoringTable(
  mentors: readonly Participant[],
  mentees: readonly Participant[],
  rules: MatchRules,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
  index: RulesIndex = buildRulesIndex([...mentors, ...mentees], rules),
): ScoringTable {
  checkWeights(weights);
  if (!Number.isInteger(rules.minLevelGap) || Math.abs(rules.minLevelGap) > LEVEL_LIMIT)
    throw new Error(`minLevelGap must be a whole number between −${LEVEL_LIMIT} and ${LEVEL_LIMIT}, got ${String(rules.minLevelGap)}.`);
  mentors.forEach((p, i) => checkParticipant(p, 'mentor', i));
  mentees.forEach((p, i) => checkParticipant(p, 'mentee', i));
  const mutual = rules.mode === 'mutual';
  const depts = new Map<string, number>();
  const skills = new Map<string, number>();
  const intern = (map: Map<string, number>, key: string): number => {
    let id = map.get(key);
    if (id === undefined) map.set(key, (id = map.size));
    return id;
  };
  for (const p of mentors) for (const s of [...p.knows.keys(), ...p.wants.keys()]) intern(skills, s);
  for (const p of mentees) for (const s of [...p.knows.keys(), ...p.wants.keys()]) intern(skills, s);
  const mentorKnows = personSkills(mentors, skills, (p) => p.knows, () => 0);
  const mentorWants = personSkills(mentors, skills, (p) => p.wants, (p, s) => p.knows.get(s) ?? 0);
  const menteeKnows = personSkills(mentees, skills, (p) => p.knows, () => 0);
  const menteeWants = personSkills(mentees, skills, (p) => p.wants, (p, s) => p.knows.get(s) ?? 0);
  const table: ScoringTable = {
    mentorCount: mentors.length,
    menteeCount: mentees.length,
    skillCount: skills.size,
    mutual,
    minGap: rules.minLevelGap,
    scope: scopeCode(rules.scope),
    weights: { ...weights },
    mentor: attributes(mentors, index, (d) => intern(depts, d)),
    mentee: attributes(mentees, index, (d) => intern(depts, d)),
    menteeLocked: Uint8Array.from(mentees, (p) => index.lockedAsMentee[index.nodeOf.get(p.id) as number] as number),
    mentorKnows,
    mentorWants,
    menteeKnows,
    menteeWants,
    mentorsKnowing: buckets(mentorKnows, skills.size, false),
    mentorsWanting: buckets(mentorWants, skills.size, true),
    menteesKnowing: buckets(menteeKnows, skills.size, false),
    menteesWanting: buckets(menteeWants, skills.size, true),
    nodeCount: index.nodeCount,
    pairKeys: new Float64Array(0),
    pairValues: new Uint8Array(0),
    lockedKeys: Float64Array.from([...index.lockedKeys].sort((a, b) => a - b)),
  };
  const pairs = [...index.pairRelations].sort((a, b) => a[0] - b[0]);
  table.pairKeys = Float64Array.from(pairs, ([k]) => k);
  table.pairValues = Uint8Array.from(pairs, ([, v]) => v);
  linkPreferences(table);
  checkScoreRange(table);
  return table;
}

function attributes(people: readonly Participant[], index: RulesIndex, dept: (d: string) => number): SideAttributes {
  const n = people.length;
  const out: SideAttributes = {
    level: new Float64Array(n),
    dept: new Int32Array(n),
    tz: new Float64Array(n),
    tin: new Int32Array(n),
    tout: new Int32Array(n),
    node: new Int32Array(n),
    bits: new Uint8Array(n),
    preferStart: new Int32Array(n + 1),
    prefer: new Int32Array(0),
  };
  people.forEach((p, k) => {
    const node = index.nodeOf.get(p.id);
    if (node === undefined) throw new Error(`participant "${p.id}" is not in the rules index; pass everyone to buildRulesIndex.`);
    const comp = index.comp[node] as number;
    out.level[k] = p.level;
    out.dept[k] = dept(p.department);
    out.tz[k] = utcOffsetMinutes(p.timeZone) ?? NaN;
    out.tin[k] = index.tin[comp] as number;
    out.tout[k] = index.tout[comp] as number;
    out.node[k] = node;
    out.bits[k] = index.pairBits[node] as number;
  });
  return out;
}

function personSkills(
  people: readonly Participant[],
  skills: ReadonlyMap<string, number>,
  pick: (p: Participant) => ReadonlyMap<string, number>,
  own: (p: Participant, skill: string) => number,
): PersonSkills {
  const start = new Int32Array(people.length + 1);
  people.forEach((p, k) => (start[k + 1] = (start[k] as number) + pick(p).size));
  const total = start[people.length] as number;
  const out: PersonSkills = { start, skill: new Int32Array(total), value: new Int32Array(total), own: new Int32Array(total) };
  people.forEach((p, k) => {
    let at = start[k] as number;
    for (const [s, value] of pick(p)) {
      out.skill[at] = skills.get(s) as number;
      out.value[at] = value;
      out.own[at] = own(p, s);
      at++;
    }
  });
  return out;
}

/**
 * Known skills by (skill, level), or wanted skills by (skill, the person's own level) with the
 * priority: a counting sort, so each bucket lists people in index order.
 */
function buckets(skills: PersonSkills, skillCount: number, wanted: boolean): Buckets {
  const people = skills.start.length - 1;
  const start = new Int32Array(skillCount * LEVELS + 1);
  const keyOf = (at: number) => (skills.skill[at] as number) * LEVELS + (wanted ? (skills.own[at] as number) : (skills.value[at] as number));
  for (let at = 0; at < skills.skill.length; at++) start[keyOf(at) + 1]! += 1;
  for (let k = 0; k < skillCount * LEVELS; k++) start[k + 1]! += start[k] as number;
  const fill = start.slice(0, skillCount * LEVELS);
  const person = new Int32Array(skills.skill.length);
  const priority = new Int32Array(skills.skill.length);
  for (let p = 0; p < people; p++) {
    for (let at = skills.start[p] as number; at < (skills.start[p + 1] as number); at++) {
      const slot = fill[keyOf(at)]!++;
      person[slot] = p;
      priority[slot] = wanted ? (skills.value[at] as number) : 0;
    }
  }
  return { start, person, priority };
}

/** Fills each side's `prefer` lists: the people of the other side it has a prefer relation with. */
function linkPreferences(table: ScoringTable): void {
  const mentorAt = new Map<number, number>();
  for (let m = 0; m < table.mentorCount; m++) mentorAt.set(table.mentor.node[m] as number, m);
  const menteeAt = new Map<number, number>();
  for (let j = 0; j < table.menteeCount; j++) menteeAt.set(table.mentee.node[j] as number, j);
  const n = table.nodeCount;
  const mentorLists: number[][] = Array.from({ length: table.mentorCount }, () => []);
  const menteeLists: number[][] = Array.from({ length: table.menteeCount }, () => []);
  table.pairKeys.forEach((key, at) => {
    if (((table.pairValues[at] as number) & BIT_PREFER) === 0) return;
    const a = Math.floor(key / n);
    const b = key - a * n;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const m = mentorAt.get(x);
      const j = menteeAt.get(y);
      if (m !== undefined && j !== undefined) {
        mentorLists[m]!.push(j);
        menteeLists[j]!.push(m);
      }
    }
  });
  for (const [side, lists] of [[table.mentor, mentorLists], [table.mentee, menteeLists]] as const) {
    const sorted = lists.map((l) => [...new Set(l)].sort((x, y) => x - y));
    sorted.forEach((l, k) => (side.preferStart[k + 1] = (side.preferStart[k] as number) + l.length));
    side.prefer = Int32Array.from(sorted.flat());
  }
}

/** Scores live in Int32Arrays: refuse weights that could overflow them rather than wrap. */
function checkScoreRange(table: ScoringTable): void {
  const most = (skills: PersonSkills, people: number): number => {
    let best = 0;
    for (let p = 0; p < people; p++) {
      let units = 0;
      for (let at = skills.start[p] as number; at < (skills.start[p + 1] as number); at++) units += (skills.value[at] as number) * 5;
      best = Math.max(best, units);
    }
    return best;
  };
  const w = table.weights;
  const teach = most(table.menteeWants, table.menteeCount);
  const give = table.mutual ? most(table.mentorWants, table.mentorCount) : 0;
  const bound = TEACH_POINTS * teach + w.giveBackPercent * give + w.balancePercent * Math.min(teach, give) + w.crossDepartment + w.timeZone + w.prefer;
  if (bound > 2 ** 31 - 1) throw new Error('scoring weights are too large: a pair score could exceed 2^31 − 1 points.');
  // The scan kernel adds units in 16-bit lanes.
  if (teach > 65535 || give > 65535) throw new Error('a participant wants too many skills: their units could exceed 65,535.');
}

/** The bonus points a non-preferred pair can get at most (cross-department and time zone). */
export function maxPlainBonus(table: ScoringTable): number {
  return table.weights.crossDepartment + table.weights.timeZone;
}

/** Binary search in a sorted Float64Array of keys. */
function indexOfKey(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = keys[mid] as number;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function pairRelation(table: ScoringTable, a: number, b: number): number {
  const n = table.nodeCount;
  const at = indexOfKey(table.pairKeys, a < b ? a * n + b : b * n + a);
  return at < 0 ? 0 : (table.pairValues[at] as number);
}

function isLocked(table: ScoringTable, mentorNode: number, menteeNode: number): boolean {
  return indexOfKey(table.lockedKeys, mentorNode * table.nodeCount + menteeNode) >= 0;
}

const LIST_BITS = BIT_PREVIOUS | BIT_FORBIDDEN | BIT_AVOID;

/** The first failing rule among previous / forbidden / avoid, or 0. */
export function listExclusion(table: ScoringTable, m: number, j: number): number {
  if (((table.mentor.bits[m] as number) & (table.mentee.bits[j] as number) & LIST_BITS) === 0) return 0;
  const bits = pairRelation(table, table.mentor.node[m] as number, table.mentee.node[j] as number);
  if (bits & BIT_PREVIOUS) return R_PREVIOUS;
  if (bits & BIT_FORBIDDEN) return R_FORBIDDEN;
  if (bits & BIT_AVOID) return R_AVOID;
  return 0;
}

/** The pair's first failing rule as a code (0 = eligible), exactly `exclusionCode`. */
export function pairCode(table: ScoringTable, m: number, j: number): number {
  const M = table.mentor;
  const J = table.mentee;
  const mNode = M.node[m] as number;
  const jNode = J.node[j] as number;
  if (mNode === jNode) return R_SAME_PERSON;
  const locked = table.menteeLocked[j] === 1;
  if (locked && isLocked(table, mNode, jNode)) return 0;
  const a = M.tin[m] as number;
  const b = J.tin[j] as number;
  if ((a <= b && b <= (M.tout[m] as number)) || (b <= a && a <= (J.tout[j] as number))) return R_REPORTING_CHAIN;
  if ((J.level[j] as number) - (M.level[m] as number) < table.minGap) return R_LEVEL_GAP;
  const same = M.dept[m] === J.dept[j];
  if (table.scope === SCOPE_SAME ? !same : table.scope === SCOPE_CROSS && same) return R_SCOPE;
  const list = listExclusion(table, m, j);
  if (list !== 0) return list;
  return locked ? R_LOCKED_ELSEWHERE : 0;
}

/** The score of an eligible pair from its teach and give-back units: exactly `scorePair`. */
export function pairScore(table: ScoringTable, m: number, j: number, teach: number, give: number): number {
  const w = table.weights;
  let score = TEACH_POINTS * teach;
  if (table.mutual) score += w.giveBackPercent * give + w.balancePercent * Math.min(teach, give);
  return score + pairBonus(table, m, j);
}

/** Cross-department, time-zone and prefer points of a pair. */
export function pairBonus(table: ScoringTable, m: number, j: number): number {
  const w = table.weights;
  let bonus = 0;
  if (table.mentor.dept[m] !== table.mentee.dept[j]) bonus += w.crossDepartment;
  if (Math.abs((table.mentor.tz[m] as number) - (table.mentee.tz[j] as number)) <= w.timeZoneWindowMinutes) bonus += w.timeZone;
  if (((table.mentor.bits[m] as number) & (table.mentee.bits[j] as number) & BIT_PREFER) !== 0) {
    if ((pairRelation(table, table.mentor.node[m] as number, table.mentee.node[j] as number) & BIT_PREFER) !== 0) bonus += w.prefer;
  }
  return bonus;
}

/** The score without bonuses, from the units (what the fast scanners bound before any rule). */
export function baseScore(table: ScoringTable, teach: number, give: number): number {
  const w = table.weights;
  return TEACH_POINTS * teach + (table.mutual ? w.giveBackPercent * give + w.balancePercent * (teach < give ? teach : give) : 0);
}

/**
 * Adds, for every person of the other side, the units the row's owner learns from them:
 * Σ over the owner's wanted skills (priority p, own level o) of p × (their level − o)+.
 */
export function accumulateLearned(owner: PersonSkills, row: number, others: Buckets, units: Int32Array): void {
  const { start, person } = others;
  for (let at = owner.start[row] as number, end = owner.start[row + 1] as number; at < end; at++) {
    const base = (owner.skill[at] as number) * LEVELS;
    const priority = owner.value[at] as number;
    const own = owner.own[at] as number;
    for (let lv = 5; lv > own; lv--) {
      const gain = priority * (lv - own);
      for (let e = start[base + lv] as number, stop = start[base + lv + 1] as number; e < stop; e++) {
        const x = person[e] as number;
        units[x] = (units[x] as number) + gain;
      }
    }
  }
}

/**
 * Adds, for every person of the other side, the units the row's owner teaches them:
 * Σ over the owner's known skills (level L) of their priority × (L − their own level)+.
 */
export function accumulateTaught(owner: PersonSkills, row: number, others: Buckets, units: Int32Array): void {
  const { start, person, priority } = others;
  for (let at = owner.start[row] as number, end = owner.start[row + 1] as number; at < end; at++) {
    const base = (owner.skill[at] as number) * LEVELS;
    const level = owner.value[at] as number;
    for (let own = 0; own < level; own++) {
      const gap = level - own;
      for (let e = start[base + own] as number, stop = start[base + own + 1] as number; e < stop; e++) {
        const x = person[e] as number;
        units[x] = (units[x] as number) + (priority[e] as number) * gap;
      }
    }
  }
}

/** Scratch space for `scoreRow`, one per thread. */
export interface RowScratch {
  teach: Int32Array;
  give: Int32Array;
}

export function rowScratch(table: ScoringTable): RowScratch {
  return { teach: new Int32Array(table.mentorCount), give: new Int32Array(table.mentorCount) };
}

/**
 * Fills `out[m]` with the score of (mentor m, mentee j), or with −code when a rule excludes the
 * pair (code as in EXCLUSION_REASONS: 1 = same_person … 8 = locked_elsewhere).
 */
export function scoreRow(table: ScoringTable, j: number, out: Int32Array, scratch: RowScratch): void {
  const { teach, give } = scratch;
  teach.fill(0);
  accumulateLearned(table.menteeWants, j, table.mentorsKnowing, teach);
  if (table.mutual) {
    give.fill(0);
    accumulateTaught(table.menteeKnows, j, table.mentorsWanting, give);
  }
  for (let m = 0; m < table.mentorCount; m++) {
    const code = pairCode(table, m, j);
    out[m] = code !== 0 ? -code : pairScore(table, m, j, teach[m] as number, give[m] as number);
  }
}
