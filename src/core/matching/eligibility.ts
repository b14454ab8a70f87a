// Hard rules of the matching engine (issue 3): which mentor–mentee pairs may be matched at all.
// Pure: no I/O. The rules, and the order in which a pair's FIRST failing rule is reported:
//
//   same_person       the mentor and the mentee are the same id.
//   (locked pair)     a pair listed in rules.lockedPairs is ALWAYS eligible: it is already
//                     matched and kept as it is (an admin decision), so no other rule applies
//                     to it. `allExclusionReasons` still lists the rules it would break, so a
//                     caller can warn about it.
//   reporting_chain   either person is an ancestor of the other in the organization's manager
//                     tree (rules.managerOf, completed by each participant's managerId where
//                     managerOf has no entry), at any depth, in both directions. A manager cycle
//                     (bad data) puts everyone on the cycle in each other's chain, and the
//                     cycle's subordinates under all of them; it never loops forever.
//   level_gap         mentee.level − mentor.level < rules.minLevelGap. The SAME direction in both
//                     modes: in mutual mode the mentor side is still the junior side (the senior
//                     gives back, but the pairing's seniority direction is unchanged), so mutual
//                     mode does not accept a |difference| in either direction.
//   scope             'same-department': departments differ; 'cross-department': departments
//                     are equal; 'any': never.
//   previous_partner  the two were partners before (rules.previousPairs).
//   forbidden         an admin forbade the pair (rules.forbiddenPairs).
//   avoid             either person lists the other in `avoid`.
//   locked_elsewhere  the mentee is in a locked pair with another mentor. Only the mentee side:
//                     a locked mentor may still take more mentees up to its capacity, and
//                     capacity is the solver's business.
//
// Previous, forbidden and avoid pairs are symmetric (the order inside a listed pair does not
// matter); locked pairs are ordered [mentor, mentee]. Ids in those lists that belong to nobody
// known are ignored.
//
// Speed: `buildRulesIndex` does all the work once — an Euler tour of the (cycle-condensed)
// manager forest gives an O(1) interval test for "ancestor of", and pair lists become hashed
// integer keys guarded by per-person bit flags, so the common pair (no list mentions both people)
// costs a few typed-array reads and allocates nothing.
import type { MatchRules, MatchScope, Participant } from './types.js';

export type ExclusionReason =
  | 'same_person'
  | 'reporting_chain'
  | 'level_gap'
  | 'scope'
  | 'previous_partner'
  | 'forbidden'
  | 'avoid'
  | 'locked_elsewhere';

/** Every reason, in the order a pair's first failing rule is reported. Code = position + 1. */
export const EXCLUSION_REASONS: readonly ExclusionReason[] = [
  'same_person',
  'reporting_chain',
  'level_gap',
  'scope',
  'previous_partner',
  'forbidden',
  'avoid',
  'locked_elsewhere',
];

/** Numeric reason codes for allocation-free hot loops: 0 = eligible, else EXCLUSION_REASONS[code − 1]. */
export const ELIGIBLE = 0;
export const R_SAME_PERSON = 1;
export const R_REPORTING_CHAIN = 2;
export const R_LEVEL_GAP = 3;
export const R_SCOPE = 4;
export const R_PREVIOUS = 5;
export const R_FORBIDDEN = 6;
export const R_AVOID = 7;
export const R_LOCKED_ELSEWHERE = 8;

// Bits of a pair relation (unordered pair key → bits; per-person union for a fast skip).
export const BIT_PREVIOUS = 1;
export const BIT_FORBIDDEN = 2;
export const BIT_AVOID = 4;
export const BIT_PREFER = 8;

export const SCOPE_ANY = 0;
export const SCOPE_SAME = 1;
export const SCOPE_CROSS = 2;

export function scopeCode(scope: MatchScope): number {
  switch (scope) {
    case 'any':
      return SCOPE_ANY;
    case 'same-department':
      return SCOPE_SAME;
    case 'cross-department':
      return SCOPE_CROSS;
    default:
      throw new Error(`unknown scope: ${String(scope)}.`);
  }
}

/**
 * Precomputed rule structures over every known id (the organization's manager relations plus
 * the participants). Build once with `buildRulesIndex`; treat the fields as internal.
 */
export interface RulesIndex {
  /** id → node number. */
  readonly nodeOf: ReadonlyMap<string, number>;
  readonly nodeCount: number;
  /** Per node: its manager-forest component (a manager cycle is one component). */
  readonly comp: Int32Array;
  /** Per component: Euler-tour entry time and the last entry time inside its subtree. */
  readonly tin: Int32Array;
  readonly tout: Int32Array;
  /** Per node: union of the BIT_* relations it takes part in. */
  readonly pairBits: Uint8Array;
  /** Unordered pair key (min·nodeCount + max) → BIT_* relations of that pair. */
  readonly pairRelations: ReadonlyMap<number, number>;
  /** Per node: 1 if it is the mentee of some locked pair. */
  readonly lockedAsMentee: Uint8Array;
  /** Ordered keys mentorNode·nodeCount + menteeNode of the locked pairs. */
  readonly lockedKeys: ReadonlySet<number>;
}

export function buildRulesIndex(people: readonly Participant[], rules: MatchRules): RulesIndex {
  // 1. Nodes: every id that appears in the manager relations or among the participants.
  const nodeOf = new Map<string, number>();
  const add = (id: string | null | undefined): void => {
    if (id !== null && id !== undefined && !nodeOf.has(id)) nodeOf.set(id, nodeOf.size);
  };
  for (const [id, manager] of rules.managerOf) {
    add(id);
    add(manager);
  }
  for (const p of people) {
    add(p.id);
    add(p.managerId);
  }
  const n = nodeOf.size;

  // 2. Manager of each node: rules.managerOf first, the participant's own managerId fills gaps.
  const parent = new Int32Array(n).fill(-1);
  for (const [id, manager] of rules.managerOf)
    if (manager !== null && manager !== undefined) parent[nodeOf.get(id) as number] = nodeOf.get(manager) as number;
  for (const p of people) {
    if (p.managerId === null || p.managerId === undefined || rules.managerOf.has(p.id)) continue;
    parent[nodeOf.get(p.id) as number] = nodeOf.get(p.managerId) as number;
  }

  const { comp, tin, tout } = eulerTour(parent);

  // 3. Pair relations.
  const pairBits = new Uint8Array(n);
  const pairRelations = new Map<number, number>();
  const relate = (a: string, b: string, bit: number): void => {
    const x = nodeOf.get(a);
    const y = nodeOf.get(b);
    if (x === undefined || y === undefined) return;
    const key = x < y ? x * n + y : y * n + x;
    pairRelations.set(key, (pairRelations.get(key) ?? 0) | bit);
    pairBits[x] = (pairBits[x] as number) | bit;
    pairBits[y] = (pairBits[y] as number) | bit;
  };
  for (const [a, b] of rules.previousPairs) relate(a, b, BIT_PREVIOUS);
  for (const [a, b] of rules.forbiddenPairs) relate(a, b, BIT_FORBIDDEN);
  for (const p of people) {
    for (const other of p.avoid) relate(p.id, other, BIT_AVOID);
    for (const other of p.prefer) relate(p.id, other, BIT_PREFER);
  }

  // 4. Locked pairs (ordered).
  const lockedAsMentee = new Uint8Array(n);
  const lockedKeys = new Set<number>();
  for (const [mentorId, menteeId] of rules.lockedPairs) {
    const m = nodeOf.get(mentorId);
    const j = nodeOf.get(menteeId);
    if (m === undefined || j === undefined) continue;
    lockedAsMentee[j] = 1;
    lockedKeys.add(m * n + j);
  }

  return { nodeOf, nodeCount: n, comp, tin, tout, pairBits, pairRelations, lockedAsMentee, lockedKeys };
}

/**
 * Condenses manager cycles (in a graph where everyone has at most one manager, the strongly
 * connected components are simple cycles) and numbers the resulting forest in DFS order.
 * Iterative throughout: a 100,000-deep chain must not overflow the stack.
 */
function eulerTour(parent: Int32Array): { comp: Int32Array; tin: Int32Array; tout: Int32Array } {
  const n = parent.length;
  const comp = new Int32Array(n).fill(-1);
  const state = new Uint8Array(n); // 0 new, 1 on the current walk, 2 done
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    path.length = 0;
    let v = start;
    while (v !== -1 && state[v] === 0) {
      state[v] = 1;
      path.push(v);
      v = parent[v] as number;
    }
    if (v !== -1 && state[v] === 1) {
      // A cycle: v … back to v. Its members share v's component.
      let u = v;
      do {
        comp[u] = v;
        u = parent[u] as number;
      } while (u !== v);
    }
    for (const w of path) {
      if (comp[w] === -1) comp[w] = w;
      state[w] = 2;
    }
  }
  // Component parent: a cycle has no way out (everyone on it points inside it).
  const compParent = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const c = comp[v] as number;
    if (c !== v) continue; // one representative per component; cycle members other than v skip
    const p = parent[v] as number;
    if (p !== -1 && comp[p] !== c) compParent[c] = comp[p] as number;
  }
  // Children lists (CSR) over component representatives.
  const childCount = new Int32Array(n + 1);
  for (let c = 0; c < n; c++)
    if (comp[c] === c && compParent[c] !== -1) childCount[(compParent[c] as number) + 1]! += 1;
  for (let i = 0; i < n; i++) childCount[i + 1]! += childCount[i] as number;
  const children = new Int32Array(childCount[n] as number);
  const fill = childCount.slice(0, n);
  for (let c = 0; c < n; c++) {
    if (comp[c] !== c || compParent[c] === -1) continue;
    const p = compParent[c] as number;
    children[fill[p] as number] = c;
    fill[p]! += 1;
  }
  const tin = new Int32Array(n).fill(-1);
  const tout = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (comp[root] !== root || compParent[root] !== -1) continue;
    let top = 0;
    stack[0] = root;
    tin[root] = time++;
    cursor[root] = childCount[root] as number;
    while (top >= 0) {
      const c = stack[top] as number;
      const next = cursor[c] as number;
      if (next < (childCount[c + 1] as number)) {
        cursor[c] = next + 1;
        const child = children[next] as number;
        tin[child] = time++;
        cursor[child] = childCount[child] as number;
        stack[++top] = child;
      } else {
        tout[c] = time - 1;
        top--;
      }
    }
  }
  return { comp, tin, tout };
}

/** True when one node is the other's manager, manager's manager, … (or they share a cycle). */
export function inReportingChain(index: RulesIndex, a: number, b: number): boolean {
  const ca = index.comp[a] as number;
  const cb = index.comp[b] as number;
  const ia = index.tin[ca] as number;
  const ib = index.tin[cb] as number;
  return (ia <= ib && ib <= (index.tout[ca] as number)) || (ib <= ia && ia <= (index.tout[cb] as number));
}

/**
 * The first failing rule of a pair, as a numeric code (see EXCLUSION_REASONS), for hot loops.
 * `levelDiff` = mentee.level − mentor.level; `sameDepartment` as computed by the caller.
 */
export function exclusionCode(
  index: RulesIndex,
  mentorNode: number,
  menteeNode: number,
  levelDiff: number,
  sameDepartment: boolean,
  minLevelGap: number,
  scope: number,
): number {
  if (mentorNode === menteeNode) return R_SAME_PERSON;
  const locked = index.lockedAsMentee[menteeNode] === 1;
  if (locked && index.lockedKeys.has(mentorNode * index.nodeCount + menteeNode)) return ELIGIBLE;
  if (inReportingChain(index, mentorNode, menteeNode)) return R_REPORTING_CHAIN;
  if (levelDiff < minLevelGap) return R_LEVEL_GAP;
  if (scope === SCOPE_SAME ? !sameDepartment : scope === SCOPE_CROSS && sameDepartment) return R_SCOPE;
  const shared =
    (index.pairBits[mentorNode] as number) &
    (index.pairBits[menteeNode] as number) &
    (BIT_PREVIOUS | BIT_FORBIDDEN | BIT_AVOID);
  if (shared !== 0) {
    const n = index.nodeCount;
    const bits =
      index.pairRelations.get(mentorNode < menteeNode ? mentorNode * n + menteeNode : menteeNode * n + mentorNode) ?? 0;
    if (bits & BIT_PREVIOUS) return R_PREVIOUS;
    if (bits & BIT_FORBIDDEN) return R_FORBIDDEN;
    if (bits & BIT_AVOID) return R_AVOID;
  }
  if (locked) return R_LOCKED_ELSEWHERE;
  return ELIGIBLE;
}

function nodeFor(index: RulesIndex, p: Participant): number {
  const node = index.nodeOf.get(p.id);
  if (node === undefined)
    throw new Error(`participant "${p.id}" is not in the rules index; pass everyone to buildRulesIndex.`);
  return node;
}

/** The first rule (in EXCLUSION_REASONS order) that forbids pairing this mentor with this mentee, or null. */
export function exclusionReason(
  mentor: Participant,
  mentee: Participant,
  rules: MatchRules,
  index: RulesIndex,
): ExclusionReason | null {
  const code = exclusionCode(
    index,
    nodeFor(index, mentor),
    nodeFor(index, mentee),
    mentee.level - mentor.level,
    mentor.department === mentee.department,
    rules.minLevelGap,
    scopeCode(rules.scope),
  );
  return code === ELIGIBLE ? null : (EXCLUSION_REASONS[code - 1] as ExclusionReason);
}

/** True when the pair is one of the locked pairs. */
export function isLockedPair(mentor: Participant, mentee: Participant, index: RulesIndex): boolean {
  return index.lockedKeys.has(nodeFor(index, mentor) * index.nodeCount + nodeFor(index, mentee));
}

/**
 * Every rule the pair breaks, ignoring the locked-pair exemption (for warnings about a locked
 * pair that breaks a rule, and for diagnostics). Empty when the pair breaks nothing.
 */
export function allExclusionReasons(
  mentor: Participant,
  mentee: Participant,
  rules: MatchRules,
  index: RulesIndex,
): ExclusionReason[] {
  const m = nodeFor(index, mentor);
  const j = nodeFor(index, mentee);
  const out: ExclusionReason[] = [];
  if (m === j) out.push('same_person');
  if (m !== j && inReportingChain(index, m, j)) out.push('reporting_chain');
  if (mentee.level - mentor.level < rules.minLevelGap) out.push('level_gap');
  const same = mentor.department === mentee.department;
  const scope = scopeCode(rules.scope);
  if (scope === SCOPE_SAME ? !same : scope === SCOPE_CROSS && same) out.push('scope');
  const n = index.nodeCount;
  const bits = index.pairRelations.get(m < j ? m * n + j : j * n + m) ?? 0;
  if (bits & BIT_PREVIOUS) out.push('previous_partner');
  if (bits & BIT_FORBIDDEN) out.push('forbidden');
  if (bits & BIT_AVOID) out.push('avoid');
  if (index.lockedAsMentee[j] === 1 && !index.lockedKeys.has(m * n + j)) out.push('locked_elsewhere');
  return out;
}
