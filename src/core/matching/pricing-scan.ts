// Pricing: is the pairing found on the candidate edges optimal over EVERY eligible pair? Pure.
//
// The solver's duals (u per mentor, v per mentee, in units of 1/α) satisfy v_j + u_i ≥ α·w(e) on
// every candidate edge. A pair that is not a candidate "violates" when α·w(s) − u_i > v_j: it
// could improve the pairing, and raising v_j by the excess restores a valid bound. Per mentee row
// the scan finds the pairs with the largest α·w(s) − u_i above v_j − margin (violating, or near:
// next round's risk once the duals move), at most `perRow` of them, and the largest excess (for
// the proven gap). When the duals are still far off and a row has many such pairs, only the best
// are scored exactly — enough to find the `perRow` best and the largest excess, which is all a
// round needs; `violations` then counts the pairs found, a lower bound.
//
// Blocking pairs are counted once, for the final pairing, by `scanBlocking`.
//
// Bounds, never guesses: a mentor is skipped only when its plain score (all but a prefer bonus)
// cannot reach a threshold; mentors with a `prefer` relation are always evaluated exactly.
import { BestK } from './best-k.js';
import type { EdgeArrays } from './candidate-scan.js';
import { KERNEL_LIMIT } from './kernel/row-kernel.js';
import type { RowEngine } from './row-engine.js';
import { weightOf, type WeightRule } from './solver/weights.js';

export interface PricingRequest {
  from: number;
  to: number;
  /** Mentees whose rows are priced (not in a locked pair). */
  menteeOpen: Uint8Array;
  /** Mentors that can take a mentee at all (capacity > 0). */
  mentorActive: Uint8Array;
  rule: WeightRule;
  alpha: number;
  /** Duals in units of 1/α; +Infinity for mentors with no place left. */
  mentorDual: Float64Array;
  menteeDual: Float64Array;
  /** Collect pairs whose α·w − u exceeds v − margin (units of 1/α), at most `perRow` per mentee. */
  margin: number;
  perRow: number;
  /** Pairs below this score are not allowed (fair mode), else 0. */
  floor: number;
  /** The candidate edges, CSR by mentee (sorted mentors). */
  candidateStart: Int32Array;
  candidateMentor: Int32Array;
  /** A row with more near pairs than this is scored best-first (default 512). */
  rowCap?: number;
}

export interface PricingShare {
  /** Pairs to add to the candidates: violating or within the margin. */
  added: EdgeArrays;
  /** Violating pairs found (all of them unless a row was cut short; 0 means none exists). */
  violations: number;
  /** Per mentee of the range (index − from): the largest excess, units of 1/α (0 when none). */
  raise: Float64Array;
}

const ROW_CAP = 512;

export function scanPricing(engine: RowEngine, req: PricingRequest): PricingShare {
  const { kernel, table } = engine;
  const nM = table.mentorCount;
  const { rule, alpha } = req;
  // X = the mentor's price in score points (cardinality: none — only the floor bounds a pair).
  const scale = rule.mode === 'score' ? alpha * rule.q : alpha;
  kernel.fillThresholds(0, KERNEL_LIMIT);
  for (let m = 0; m < nM; m++) {
    const u = req.mentorDual[m] as number;
    kernel.setX(m, rule.mode === 'cardinality' ? 0 : u === Infinity ? KERNEL_LIMIT : Math.floor(u / scale));
  }
  const best = new BestK(1, req.perRow);
  const candidate = new Int32Array(nM).fill(-1);
  const near = new Int32Array(nM);
  const nearBound = new Float64Array(nM);
  const added = { mentor: [] as number[], mentee: [] as number[], score: [] as number[] };
  const raise = new Float64Array(req.to - req.from);
  let violations = 0;

  for (let j = req.from; j < req.to; j++) {
    if (!req.menteeOpen[j]) continue;
    engine.begin(j);
    best.clear(0);
    for (let at = req.candidateStart[j] as number; at < (req.candidateStart[j + 1] as number); at++) candidate[req.candidateMentor[at] as number] = j;
    const v = req.menteeDual[j] as number;
    let excess = 0;
    const evaluate = (m: number): void => {
      const s = engine.exact(m);
      if (s < req.floor) return; // also −1: a rule excludes the pair
      const reduced = weightOf(rule, s) * alpha - (req.mentorDual[m] as number);
      if (reduced <= v - req.margin) return;
      if (reduced > v) {
        violations++;
        excess = Math.max(excess, reduced - v);
      }
      best.push(0, reduced, m, s);
    };
    const skip = (m: number) => !req.mentorActive[m] || candidate[m] === j || req.mentorDual[m] === Infinity || !engine.markSeen(m);
    for (const m of engine.preferred()) if (!skip(m)) evaluate(m);
    // α·w(s) − u > v − margin  ⇐  plain score > ⌊u/scale⌋ + cx  (coverage: w = s + BIG;
    // score: w = s·Q − 1; cardinality: w = 1, and then only s ≥ floor bounds it).
    const cx = rule.mode === 'score' ? (v - req.margin) / scale + 1 / rule.q : rule.mode === 'coverage' ? (v - req.margin) / alpha - rule.big : req.floor - 1;
    const count = kernel.survivors(j, cx, KERNEL_LIMIT);
    const survivors = kernel.out;
    // The bound of each survivor's α·w − u, from its plain score (rules only take away).
    let nears = 0;
    for (let a = 0; a < count; a++) {
      const m = survivors[a] as number;
      if (skip(m)) continue;
      const bound = weightOf(rule, engine.plainScore(m)) * alpha - (req.mentorDual[m] as number);
      if (bound <= v - req.margin) continue;
      near[nears] = m;
      nearBound[nears++] = bound;
    }
    if (nears <= (req.rowCap ?? ROW_CAP)) for (let a = 0; a < nears; a++) evaluate(near[a] as number);
    else bestFirst(near, nearBound, nears, evaluate, best);
    raise[j - req.from] = excess;
    for (const e of best.entries(0)) {
      added.mentor.push(e.id);
      added.mentee.push(j);
      added.score.push(e.extra);
    }
  }
  return {
    added: { mentor: Int32Array.from(added.mentor), mentee: Int32Array.from(added.mentee), score: Int32Array.from(added.score) },
    violations,
    raise,
  };
}

/**
 * Scores the near pairs from the highest bound down (a histogram of bounds, bucket by bucket) and
 * stops once `best` is full and its worst exceeds every bound left: the row's best pairs and its
 * largest excess are then exact.
 */
function bestFirst(near: Int32Array, bound: Float64Array, count: number, evaluate: (m: number) => void, best: BestK): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (let a = 0; a < count; a++) {
    lo = Math.min(lo, bound[a] as number);
    hi = Math.max(hi, bound[a] as number);
  }
  const buckets = 1024;
  const width = (hi - lo) / buckets || 1;
  const bucketOf = (b: number) => Math.min(buckets - 1, Math.floor((b - lo) / width));
  const start = new Int32Array(buckets + 1);
  for (let a = 0; a < count; a++) start[bucketOf(bound[a] as number) + 1]! += 1;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b] as number;
  const fill = start.slice(0, buckets);
  const order = new Int32Array(count);
  for (let a = 0; a < count; a++) order[fill[bucketOf(bound[a] as number)]!++] = near[a] as number;
  for (let b = buckets - 1; b >= 0; b--) {
    // Every pair left is in a bucket ≤ b, so its bound is at most the bucket's top (+1 for rounding).
    if (best.full(0) && best.floor(0) > (b === buckets - 1 ? hi : lo + (b + 1) * width) + 1) return;
    for (let at = start[b] as number; at < (start[b + 1] as number); at++) evaluate(order[at] as number);
  }
}

export interface BlockingRequest {
  from: number;
  to: number;
  menteeOpen: Uint8Array;
  mentorActive: Uint8Array;
  /** Each mentee's partner and pair score (−1: unmatched); each mentor's weakest pair score, or −1 with a place left. */
  partner: Int32Array;
  partnerScore: Int32Array;
  weakest: Int32Array;
}

/**
 * Blocking pairs if each person ranked partners by score: an eligible mentor and mentee, not
 * paired together, where the mentee is unmatched or scores the mentor above their partner, and the
 * mentor has a place left or scores the mentee above their weakest pair. An optimal total can
 * still leave some: optimality is for the program, stability per person. Locked mentees' rows are
 * not counted (an admin fixed them).
 */
export function scanBlocking(engine: RowEngine, req: BlockingRequest): number {
  const { kernel, table } = engine;
  kernel.fillThresholds(KERNEL_LIMIT, KERNEL_LIMIT);
  for (let m = 0; m < table.mentorCount; m++) {
    const w = req.weakest[m] as number;
    kernel.setY(m, w < 0 ? -KERNEL_LIMIT : w);
  }
  let blocking = 0;
  for (let j = req.from; j < req.to; j++) {
    if (!req.menteeOpen[j]) continue;
    engine.begin(j);
    const partner = req.partner[j] as number;
    const partnerScore = req.partnerScore[j] as number;
    const evaluate = (m: number) => {
      if (!req.mentorActive[m] || m === partner || !engine.markSeen(m)) return;
      const s = engine.exact(m);
      const weakest = req.weakest[m] as number;
      if (s >= 0 && s > partnerScore && (weakest < 0 || s > weakest)) blocking++;
    };
    for (const m of engine.preferred()) evaluate(m);
    // s > max(partner's score, the mentor's weakest)  ⇐  plain score > max(Y, partnerScore).
    const count = kernel.survivors(j, KERNEL_LIMIT, partnerScore);
    for (let a = 0; a < count; a++) evaluate(kernel.out[a] as number);
  }
  return blocking;
}
