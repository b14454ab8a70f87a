// Candidate edges for the solver (issue 3): every eligible mentor–mentee pair with its integer
// score, or — with `limitPerMentee: k` — each mentee's best k mentors plus each mentor's best k
// mentees (higher score first, ties to the lower index), plus every locked pair. Pure: no I/O.
//
// Speed. Rules are checked for every mentor × mentee pair (that is what lets us count, per
// person, how many candidates each rule excluded), with `exclusionCode`'s logic inlined on
// per-person typed arrays: no allocation per pair (a property test checks that the edges and
// counts equal exclusionReason + scorePair over every pair). Scores do not walk the full product skill by skill: skills are
// interned and, per skill, the mentors who know it are listed by level (descending), so a
// mentee's `teach` towards ALL mentors is accumulated in one pass over the mentors who know a
// skill it wants better than it does; `giveBack` (mutual mode) likewise from, per skill, the
// mentors who want it, by their own level (ascending). The per-pair work left is a few reads and
// additions. The scores are exactly scorePair(...) (a property test checks it).
import {
  BIT_AVOID,
  BIT_FORBIDDEN,
  BIT_PREFER,
  BIT_PREVIOUS,
  ELIGIBLE,
  R_LEVEL_GAP,
  R_LOCKED_ELSEWHERE,
  R_REPORTING_CHAIN,
  R_SAME_PERSON,
  R_SCOPE,
  SCOPE_CROSS,
  SCOPE_SAME,
  buildRulesIndex,
  EXCLUSION_REASONS,
  exclusionCode,
  scopeCode,
  type ExclusionReason,
  type RulesIndex,
} from './eligibility.js';
import {
  checkWeights,
  DEFAULT_WEIGHTS,
  scorePair,
  TEACH_POINTS,
  utcOffsetMinutes,
  type ScoringWeights,
} from './score.js';
import type { Edge, MatchRules, Participant } from './types.js';

export interface BuildEdgesOptions {
  /** Keep each mentee's best k mentors and each mentor's best k mentees (plus locked pairs). */
  limitPerMentee?: number;
  /** The mentors' k when it should differ from limitPerMentee (default: limitPerMentee). */
  limitPerMentor?: number;
  /** A prebuilt index over (at least) these mentors and mentees, to reuse across calls. */
  index?: RulesIndex;
}

/** For one person: how many candidates on the other side were eligible, and how many each rule excluded. */
export interface PartnerExclusions {
  eligible: number;
  /** Each excluded candidate is counted once, under its first failing rule (EXCLUSION_REASONS order). */
  excluded: Record<ExclusionReason, number>;
}

export interface ExclusionCounts {
  /** By mentee index: over all mentors. */
  byMentee: PartnerExclusions[];
  /** By mentor index: over all mentees. */
  byMentor: PartnerExclusions[];
}

export interface CandidateEdges {
  /** Sorted by mentee, then mentor; at most one edge per pair. */
  edges: Edge[];
  exclusions: ExclusionCounts;
}

const REASONS = EXCLUSION_REASONS.length;

function checkParticipant(p: Participant, side: string, i: number): void {
  for (const [skill, level] of p.knows) {
    if (!Number.isInteger(level) || level < 1 || level > 5)
      throw new Error(`${side} ${i} ("${p.id}") knows "${skill}" at level ${String(level)}; levels are integers 1..5.`);
  }
  for (const [skill, priority] of p.wants) {
    if (!Number.isInteger(priority) || priority < 1 || priority > 3)
      throw new Error(
        `${side} ${i} ("${p.id}") wants "${skill}" with priority ${String(priority)}; priorities are integers 1..3.`,
      );
  }
  if (!Number.isFinite(p.level))
    throw new Error(`${side} ${i} ("${p.id}") has level ${String(p.level)}; a level is a number.`);
}

/** Lists (CSR) of mentors per skill: mentor index, a sort key, and a value. */
interface SkillLists {
  start: Int32Array;
  mentor: Int32Array;
  level: Int32Array;
  priority: Int32Array;
}

function skillLists(
  mentors: readonly Participant[],
  skillOf: Map<string, number>,
  pick: (p: Participant) => ReadonlyMap<string, number>,
  descending: boolean,
): SkillLists {
  const s = skillOf.size;
  const start = new Int32Array(s + 1);
  for (const p of mentors) for (const skill of pick(p).keys()) start[(skillOf.get(skill) as number) + 1]! += 1;
  for (let i = 0; i < s; i++) start[i + 1]! += start[i] as number;
  const total = start[s] as number;
  const entries: Array<{ mentor: number; level: number; priority: number; skill: number }> = [];
  mentors.forEach((p, m) => {
    for (const [skill, value] of pick(p)) {
      // knows: value is the level; wants: value is the priority and the level is the mentor's own.
      const level = descending ? value : (p.knows.get(skill) ?? 0);
      entries.push({ mentor: m, level, priority: descending ? 0 : value, skill: skillOf.get(skill) as number });
    }
  });
  entries.sort(
    (a, b) => a.skill - b.skill || (descending ? b.level - a.level : a.level - b.level) || a.mentor - b.mentor,
  );
  const mentor = new Int32Array(total);
  const level = new Int32Array(total);
  const priority = new Int32Array(total);
  entries.forEach((e, i) => {
    mentor[i] = e.mentor;
    level[i] = e.level;
    priority[i] = e.priority;
  });
  return { start, mentor, level, priority };
}

/** Min-heap helpers over (score, index) where the root is the WORST kept entry. */
function worse(sa: number, ia: number, sb: number, ib: number): boolean {
  return sa < sb || (sa === sb && ia > ib);
}

function heapPush(
  scores: Float64Array,
  ids: Int32Array,
  base: number,
  size: number,
  k: number,
  score: number,
  id: number,
): number {
  if (size < k) {
    let i = size;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!worse(score, id, scores[base + up] as number, ids[base + up] as number)) break;
      scores[base + i] = scores[base + up] as number;
      ids[base + i] = ids[base + up] as number;
      i = up;
    }
    scores[base + i] = score;
    ids[base + i] = id;
    return size + 1;
  }
  if (k === 0 || worse(score, id, scores[base] as number, ids[base] as number)) return size;
  // Replace the root and sift down.
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    let c = l;
    if (
      r < size &&
      worse(scores[base + r] as number, ids[base + r] as number, scores[base + l] as number, ids[base + l] as number)
    )
      c = r;
    if (!worse(scores[base + c] as number, ids[base + c] as number, score, id)) break;
    scores[base + i] = scores[base + c] as number;
    ids[base + i] = ids[base + c] as number;
    i = c;
  }
  scores[base + i] = score;
  ids[base + i] = id;
  return size;
}

function countsToRecord(counts: Int32Array, base: number): Record<ExclusionReason, number> {
  const out = {} as Record<ExclusionReason, number>;
  EXCLUSION_REASONS.forEach((reason, r) => {
    out[reason] = counts[base + r] as number;
  });
  return out;
}

export function buildCandidateEdges(
  mentors: readonly Participant[],
  mentees: readonly Participant[],
  rules: MatchRules,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
  options: BuildEdgesOptions = {},
): CandidateEdges {
  checkWeights(weights);
  const limited = options.limitPerMentee !== undefined;
  const kMentee = options.limitPerMentee ?? 0;
  const kMentor = options.limitPerMentor ?? kMentee;
  for (const [name, k] of [
    ['limitPerMentee', kMentee],
    ['limitPerMentor', kMentor],
  ] as const) {
    if (!Number.isSafeInteger(k) || k < 0) throw new Error(`${name} must be a non-negative integer, got ${String(k)}.`);
  }
  if (!limited && options.limitPerMentor !== undefined) throw new Error('limitPerMentor needs limitPerMentee.');
  for (let i = 0; i < mentors.length; i++) checkParticipant(mentors[i] as Participant, 'mentor', i);
  for (let i = 0; i < mentees.length; i++) checkParticipant(mentees[i] as Participant, 'mentee', i);

  const index = options.index ?? buildRulesIndex([...mentors, ...mentees], rules);
  const nM = mentors.length;
  const nJ = mentees.length;
  const depts = new Map<string, number>();

  // Per-mentor dense attributes.
  const mNode = new Int32Array(nM);
  const mLevel = new Float64Array(nM);
  const mDept = new Int32Array(nM);
  const mTz = new Float64Array(nM); // NaN when unknown: |NaN − x| ≤ w is false
  const mTin = new Int32Array(nM);
  const mTout = new Int32Array(nM);
  for (let m = 0; m < nM; m++) {
    const p = mentors[m] as Participant;
    const node = nodeIn(index, p);
    mNode[m] = node;
    mTin[m] = index.tin[index.comp[node] as number] as number;
    mTout[m] = index.tout[index.comp[node] as number] as number;
    mLevel[m] = p.level;
    mDept[m] = internDepartment(depts, p.department);
    mTz[m] = utcOffsetMinutes(p.timeZone) ?? NaN;
  }

  // Skills the mentors know (for teach) and, in mutual mode, want (for give-back).
  const mutual = rules.mode === 'mutual';
  const skillOf = new Map<string, number>();
  for (const p of mentors) {
    for (const s of p.knows.keys()) if (!skillOf.has(s)) skillOf.set(s, skillOf.size);
    if (mutual) for (const s of p.wants.keys()) if (!skillOf.has(s)) skillOf.set(s, skillOf.size);
  }

  const scan: Scan = {
    index,
    nM,
    minGap: rules.minLevelGap,
    scope: scopeCode(rules.scope),
    weights,
    mNode,
    mLevel,
    mDept,
    mTz,
    mTin,
    mTout,
    teach: new Int32Array(nM),
    give: mutual ? new Int32Array(nM) : null,
    menteeCounts: new Int32Array(nJ * REASONS),
    mentorCounts: new Int32Array(nM * REASONS),
    limited,
    edges: [],
    kMentee,
    kMentor,
    ownScore: new Float64Array(limited ? nJ * kMentee : 0),
    ownMentor: new Int32Array(limited ? nJ * kMentee : 0),
    heapScore: new Float64Array(limited ? nM * kMentor : 0),
    heapMentee: new Int32Array(limited ? nM * kMentor : 0),
    heapSize: new Int32Array(limited ? nM : 0),
    heapFloor: new Float64Array(limited ? nM : 0).fill(kMentor === 0 ? Infinity : -Infinity),
  };
  const knowing = skillLists(mentors, skillOf, (p) => p.knows, true);
  const wanting = mutual ? skillLists(mentors, skillOf, (p) => p.wants, false) : null;
  const menteeEligible = new Int32Array(nJ);
  const ownSize = new Int32Array(limited ? nJ : 0);

  for (let j = 0; j < nJ; j++) {
    const mentee = mentees[j] as Participant;
    accumulate(scan, mentee, skillOf, knowing, wanting);
    const kept = scanMentee(
      scan,
      j,
      nodeIn(index, mentee),
      mentee.level,
      internDepartment(depts, mentee.department),
      utcOffsetMinutes(mentee.timeZone) ?? NaN,
    );
    menteeEligible[j] = kept.eligible;
    if (limited) ownSize[j] = kept.own;
  }

  const edges = limited ? assembleLimited(mentors, mentees, rules, weights, { ...scan, ownSize }) : scan.edges;
  const { menteeCounts, mentorCounts } = scan;
  const exclusions: ExclusionCounts = { byMentee: [], byMentor: [] };
  for (let j = 0; j < nJ; j++)
    exclusions.byMentee.push({
      eligible: menteeEligible[j] as number,
      excluded: countsToRecord(menteeCounts, j * REASONS),
    });
  for (let m = 0; m < nM; m++) {
    const excluded = countsToRecord(mentorCounts, m * REASONS);
    exclusions.byMentor.push({ eligible: nJ - Object.values(excluded).reduce((a, b) => a + b, 0), excluded });
  }
  return { edges, exclusions };
}

function nodeIn(index: RulesIndex, p: Participant): number {
  const node = index.nodeOf.get(p.id);
  if (node === undefined) throw new Error(`participant "${p.id}" is not in the rules index.`);
  return node;
}

function internDepartment(depts: Map<string, number>, d: string): number {
  let id = depts.get(d);
  if (id === undefined) depts.set(d, (id = depts.size));
  return id;
}

/** The state of the pair scan (kept out of closures so the hot loop reads plain locals). */
interface Scan {
  index: RulesIndex;
  nM: number;
  minGap: number;
  scope: number;
  weights: ScoringWeights;
  mNode: Int32Array;
  mLevel: Float64Array;
  mDept: Int32Array;
  mTz: Float64Array;
  mTin: Int32Array;
  mTout: Int32Array;
  /** Per mentor, for the current mentee: teach units, and give-back units in mutual mode. */
  teach: Int32Array;
  give: Int32Array | null;
  menteeCounts: Int32Array;
  mentorCounts: Int32Array;
  limited: boolean;
  /** All-pairs mode: the edges, in (mentee, mentor) order. */
  edges: Edge[];
  kMentee: number;
  kMentor: number;
  /** Limited mode: each mentee's own top k (a heap per mentee, flat), each mentor's top k heap. */
  ownScore: Float64Array;
  ownMentor: Int32Array;
  heapScore: Float64Array;
  heapMentee: Int32Array;
  heapSize: Int32Array;
  /** Per mentor: the worst kept score once its heap is full, −Infinity before (dense, cache-friendly). */
  heapFloor: Float64Array;
}

/** Fills scan.teach (and scan.give) for one mentee against every mentor, from the per-skill lists. */
function accumulate(
  scan: Scan,
  mentee: Participant,
  skillOf: ReadonlyMap<string, number>,
  knowing: SkillLists,
  wanting: SkillLists | null,
): void {
  const { teach, give } = scan;
  teach.fill(0);
  for (const [skill, priority] of mentee.wants) {
    const s = skillOf.get(skill);
    if (s === undefined) continue;
    const own = mentee.knows.get(skill) ?? 0;
    for (let e = knowing.start[s] as number, end = knowing.start[s + 1] as number; e < end; e++) {
      const lv = knowing.level[e] as number;
      if (lv <= own) break; // sorted by level, descending
      const m = knowing.mentor[e] as number;
      teach[m] = (teach[m] as number) + priority * (lv - own);
    }
  }
  if (!wanting || !give) return;
  give.fill(0);
  for (const [skill, lv] of mentee.knows) {
    const s = skillOf.get(skill);
    if (s === undefined) continue;
    for (let e = wanting.start[s] as number, end = wanting.start[s + 1] as number; e < end; e++) {
      const own = wanting.level[e] as number;
      if (own >= lv) break; // sorted by the mentor's own level, ascending
      const m = wanting.mentor[e] as number;
      give[m] = (give[m] as number) + (wanting.priority[e] as number) * (lv - own);
    }
  }
}

/** Checks and scores one mentee against every mentor. */
function scanMentee(
  scan: Scan,
  j: number,
  jNode: number,
  jLevel: number,
  jDept: number,
  jTz: number,
): { eligible: number; own: number } {
  const {
    index,
    nM,
    minGap,
    scope,
    mNode,
    mLevel,
    mDept,
    mTz,
    mTin,
    mTout,
    teach,
    give,
    menteeCounts,
    mentorCounts,
    limited,
    edges,
    kMentee,
    kMentor,
    ownScore,
    ownMentor,
    heapScore,
    heapMentee,
    heapSize,
    heapFloor,
  } = scan;
  const {
    giveBackPercent,
    balancePercent,
    crossDepartment,
    timeZone,
    timeZoneWindowMinutes: tzWindow,
    prefer,
  } = scan.weights;
  const { pairBits, pairRelations, nodeCount, lockedKeys } = index;
  const jBits = pairBits[jNode] as number;
  const jRuleBits = jBits & (BIT_PREVIOUS | BIT_FORBIDDEN | BIT_AVOID);
  const jLocked = index.lockedAsMentee[jNode] === 1;
  const jTin = index.tin[index.comp[jNode] as number] as number;
  const jTout = index.tout[index.comp[jNode] as number] as number;
  const countBase = j * REASONS;
  const ownBase = j * kMentee;
  let eligible = 0;
  let own = 0;
  for (let m = 0; m < nM; m++) {
    const node = mNode[m] as number;
    // exclusionCode(index, node, jNode, …) inlined on per-person arrays (the hot loop; a test
    // checks that both agree on every pair). The rare pair-list case calls it.
    let code = ELIGIBLE;
    if (node === jNode) code = R_SAME_PERSON;
    else if (jLocked && lockedKeys.has(node * nodeCount + jNode)) code = ELIGIBLE;
    else {
      const a = mTin[m] as number;
      if ((a <= jTin && jTin <= (mTout[m] as number)) || (jTin <= a && a <= jTout)) code = R_REPORTING_CHAIN;
      else if (jLevel - (mLevel[m] as number) < minGap) code = R_LEVEL_GAP;
      else if (scope === SCOPE_SAME ? mDept[m] !== jDept : scope === SCOPE_CROSS && mDept[m] === jDept) code = R_SCOPE;
      else if ((jRuleBits & (pairBits[node] as number)) !== 0)
        code = exclusionCode(index, node, jNode, jLevel - (mLevel[m] as number), mDept[m] === jDept, minGap, scope);
      else if (jLocked) code = R_LOCKED_ELSEWHERE;
    }
    if (code !== ELIGIBLE) {
      menteeCounts[countBase + code - 1]! += 1;
      mentorCounts[m * REASONS + code - 1]! += 1;
      continue;
    }
    eligible++;
    const t = teach[m] as number;
    let score = TEACH_POINTS * t;
    if (give) {
      const g = give[m] as number;
      score += giveBackPercent * g + balancePercent * (t < g ? t : g);
    }
    if (mDept[m] !== jDept) score += crossDepartment;
    if (Math.abs((mTz[m] as number) - jTz) <= tzWindow) score += timeZone;
    if ((jBits & (pairBits[node] as number) & BIT_PREFER) !== 0) {
      const key = node < jNode ? node * nodeCount + jNode : jNode * nodeCount + node;
      if (((pairRelations.get(key) ?? 0) & BIT_PREFER) !== 0) score += prefer;
    }
    if (!limited) {
      edges.push({ mentor: m, mentee: j, score });
      continue;
    }
    // Indices only grow inside each loop, so a candidate tying with a full heap's worst entry
    // never replaces it: the cheap `score >` test lets most pairs skip the heaps.
    if (own < kMentee || score > (ownScore[ownBase] as number))
      own = heapPush(ownScore, ownMentor, ownBase, own, kMentee, score, m);
    if (score > (heapFloor[m] as number)) {
      const hb = m * kMentor;
      const hs = heapPush(heapScore, heapMentee, hb, heapSize[m] as number, kMentor, score, j);
      heapSize[m] = hs;
      if (hs === kMentor) heapFloor[m] = heapScore[hb] as number;
    }
  }
  return { eligible, own };
}

interface Kept {
  kMentee: number;
  kMentor: number;
  ownScore: Float64Array;
  ownMentor: Int32Array;
  ownSize: Int32Array;
  heapScore: Float64Array;
  heapMentee: Int32Array;
  heapSize: Int32Array;
}

/** Merges the mentees' and mentors' kept candidates and the locked pairs, sorted by (mentee, mentor), without duplicates. */
function assembleLimited(
  mentors: readonly Participant[],
  mentees: readonly Participant[],
  rules: MatchRules,
  weights: ScoringWeights,
  kept: Kept,
): Edge[] {
  const nM = mentors.length;
  const nJ = mentees.length;
  const byMentee: Array<Array<readonly [mentor: number, score: number]>> = Array.from({ length: nJ }, () => []);
  for (let j = 0; j < nJ; j++) {
    const list = byMentee[j] as Array<readonly [number, number]>;
    for (let r = 0; r < (kept.ownSize[j] as number); r++)
      list.push([kept.ownMentor[j * kept.kMentee + r] as number, kept.ownScore[j * kept.kMentee + r] as number]);
  }
  for (let m = 0; m < nM; m++) {
    for (let r = 0; r < (kept.heapSize[m] as number); r++) {
      (byMentee[kept.heapMentee[m * kept.kMentor + r] as number] as Array<readonly [number, number]>).push([
        m,
        kept.heapScore[m * kept.kMentor + r] as number,
      ]);
    }
  }
  // Locked pairs are always candidates (the solver requires them to be edges); eligible by rule
  // unless the two are the same person, in which case they are left out for the solver to reject.
  if (rules.lockedPairs.length) {
    const mentorAt = new Map<string, number>();
    mentors.forEach((p, m) => mentorAt.set(p.id, m));
    const menteeAt = new Map<string, number>();
    mentees.forEach((p, j) => menteeAt.set(p.id, j));
    for (const [mentorId, menteeId] of rules.lockedPairs) {
      const m = mentorAt.get(mentorId);
      const j = menteeAt.get(menteeId);
      if (m === undefined || j === undefined || mentorId === menteeId) continue;
      (byMentee[j] as Array<readonly [number, number]>).push([
        m,
        scorePair(mentors[m] as Participant, mentees[j] as Participant, rules, weights),
      ]);
    }
  }
  const edges: Edge[] = [];
  byMentee.forEach((list, j) => {
    list.sort((a, b) => a[0] - b[0]);
    let last = -1;
    for (const [m, score] of list) {
      if (m === last) continue;
      last = m;
      edges.push({ mentor: m, mentee: j, score });
    }
  });
  return edges;
}
