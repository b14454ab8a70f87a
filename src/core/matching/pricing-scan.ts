// Pricing: is the pairing found on the candidate edges optimal over EVERY eligible pair? Pure.
//
// The solver's duals (u per mentor, v per mentee, in units of 1/α) satisfy v_j + u_i ≥ α·w(e) on
// every candidate edge. A pair that is not a candidate "violates" when α·w(s) − u_i > v_j: it
// could improve the pairing, and raising v_j by the excess restores a valid bound. The scan finds,
// per mentee row, every violating pair and every near one (within `margin`, collected so the next
// round has them before the duals move), the largest excess (for the proven gap), and the
// blocking pairs of the current pairing (a by-product of the same rows).
//
// Bounds, never guesses: a mentor is skipped only when base + the largest plain bonus cannot
// reach a threshold; mentors with a `prefer` relation are always evaluated exactly.
import { BestK } from './best-k.js';
import { KERNEL_LIMIT } from './kernel/row-kernel.js';
import type { RowEngine } from './row-engine.js';
import type { EdgeArrays } from './candidate-scan.js';
import { weightOf, type WeightRule } from './solver/weights.js';

export interface PricingRequest {
  from: number;
  to: number;
  /** Mentees whose rows are priced (not in a locked pair). */
  menteeOpen: Uint8Array;
  /** Mentors that can take a mentee at all (capacity > 0); others are not partners. */
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
  /** The current pairing: each mentee's partner and pair score (−1: unmatched); each mentor's
   * weakest pair score, or −1 when it has a place left. */
  partner: Int32Array;
  partnerScore: Int32Array;
  weakest: Int32Array;
}

export interface PricingShare {
  /** Pairs to add to the candidates: violating or within the margin. */
  added: EdgeArrays;
  violations: number;
  /** Per mentee of the range (index − from): the largest excess, units of 1/α (0 when none). */
  raise: Float64Array;
  blocking: number;
}

export function scanPricing(engine: RowEngine, req: PricingRequest): PricingShare {
  const { kernel, bonusBound, table } = engine;
  const nM = table.mentorCount;
  const { rule, alpha } = req;
  // X = the mentor's price in score points, Y = the blocking threshold (see the conditions below).
  // (Cardinality: every pair at or above the floor weighs the same, so only the floor bounds it.)
  const scale = rule.mode === 'score' ? alpha * rule.q : alpha;
  for (let m = 0; m < nM; m++) {
    const u = req.mentorDual[m] as number;
    kernel.setX(m, rule.mode === 'cardinality' ? 0 : u === Infinity ? KERNEL_LIMIT : Math.floor(u / scale));
    const w = req.weakest[m] as number;
    kernel.setY(m, w < 0 ? -KERNEL_LIMIT : w - bonusBound);
  }
  const best = new BestK(1, req.perRow);
  const candidate = new Int32Array(nM).fill(-1);
  const added = { mentor: [] as number[], mentee: [] as number[], score: [] as number[] };
  const raise = new Float64Array(req.to - req.from);
  let violations = 0;
  let blocking = 0;

  for (let j = req.from; j < req.to; j++) {
    if (!req.menteeOpen[j]) continue;
    engine.begin(j);
    best.clear(0);
    for (let at = req.candidateStart[j] as number; at < (req.candidateStart[j + 1] as number); at++) candidate[req.candidateMentor[at] as number] = j;
    const v = req.menteeDual[j] as number;
    const partner = req.partner[j] as number;
    const partnerScore = req.partnerScore[j] as number;
    let excess = 0;
    const evaluate = (m: number): void => {
      if (!req.mentorActive[m] || !engine.markSeen(m)) return;
      const s = engine.exact(m);
      if (s < 0) return;
      const weakest = req.weakest[m] as number;
      if (m !== partner && s > partnerScore && (weakest < 0 || s > weakest)) blocking++;
      if (s < req.floor) return;
      const u = req.mentorDual[m] as number;
      if (candidate[m] === j || u === Infinity) return;
      const reduced = weightOf(rule, s) * alpha - u;
      if (reduced <= v - req.margin) return;
      if (reduced > v) {
        violations++;
        excess = Math.max(excess, reduced - v);
      }
      if (best.accepts(0, reduced, m)) best.push(0, reduced, m, s);
    };
    for (const m of engine.preferred()) evaluate(m);
    // α·w(s) − u > v − margin  ⇐  base > u/scale + cx  (coverage: w = s + BIG; score: w = s·Q − 1),
    // and blocking: s > max(partner's score, the mentor's weakest)  ⇐  base > max(Y, partnerScore − bound).
    const cx =
      rule.mode === 'score'
        ? (v - req.margin) / scale + 1 / rule.q - bonusBound
        : rule.mode === 'coverage'
          ? (v - req.margin) / alpha - rule.big - bonusBound
          : req.floor - 1 - bonusBound;
    const count = kernel.survivors(cx, partnerScore - bonusBound);
    const survivors = kernel.out;
    for (let a = 0; a < count; a++) evaluate(survivors[a] as number);
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
    blocking,
  };
}
