// Arc costs for the min-cost flow, as exact two-level integers (primary, secondary) compared
// lexicographically. Every mentee sends one unit either to a mentor (an edge) or to "unmatched"
// (a dummy arc). Minimizing the lexicographic sum of costs yields, exactly:
//
//   coverage:    edge (−score, −(Q + pref)),  unmatched (BIG, 0)
//                → most pairs, then highest total, then the preference term.
//                BIG = 1 + Σ_mentee max score: one more pair outweighs any change of total.
//   score:       edge (−score, −(Q + pref)),  unmatched (0, 0)
//                → highest total, then most pairs, then the preference term.
//   cardinality: edge (0, 0),                 unmatched (1, 0) → most pairs only.
//
// pref(e) = maxRank − rank(e) ∈ [1, maxRank], rank = the mentor's position among the mentee's
// candidates, so among equal optima each mentee leans to lower-index mentors. Q = P·maxRank + 1
// where P bounds the number of pairs: any matching's Σpref ≤ P·maxRank < Q, so one more pair
// always outweighs any preference difference, and the preference never reaches the primary level
// at all — it cannot change which totals (or pair counts) are optimal. It only chooses among them.
//
// Overflow: all values are integers in doubles. Dijkstra sums at most one arc per node along a
// path and potentials are such sums, so values stay below (nodes + 2)·max|cost|·4; we require
// that bound < 2^53 (Number.MAX_SAFE_INTEGER) and the certificate re-checks safety at the end.
// If the secondary bound fails, the preference is dropped (pref = 0, Q = 1) and ties fall to
// the deterministic canonical order; if the primary bound fails, we refuse rather than guess.
import type { EdgeList } from './canonical.js';

export type CostMode = 'coverage' | 'score' | 'cardinality';

export interface Costs {
  costP: Float64Array;
  costS: Float64Array;
  dummyP: number;
  dummyS: number;
  /** False when the preference term was dropped to stay within exact arithmetic. */
  preference: boolean;
}

const SAFE = Number.MAX_SAFE_INTEGER;

export function buildCosts(list: EdgeList, mode: CostMode, nodes: number, maxPairs: number, maxRank: number): Costs {
  const m = list.count;
  const costP = new Float64Array(m);
  const costS = new Float64Array(m);
  if (mode === 'cardinality') return { costP, costS, dummyP: 1, dummyS: 0, preference: false };
  const bound = 4 * (nodes + 2);
  const preference = bound * (maxPairs * maxRank + 1 + maxRank) < SAFE;
  const q = preference ? maxPairs * maxRank + 1 : 1;
  let maxScore = 0;
  for (let e = 0; e < m; e++) {
    const s = list.score[e] as number;
    maxScore = Math.max(maxScore, s);
    costP[e] = -s;
    costS[e] = -(q + (preference ? maxRank - (list.rank[e] as number) : 0));
  }
  const big = mode === 'coverage' ? 1 + sumOfBest(list) : 0;
  if (bound * (big + maxScore) >= SAFE) {
    throw new Error('scores are too large for exact arithmetic: reduce the score scale (total of best scores × people must stay below 2^53 / 4).');
  }
  return { costP, costS, dummyP: big, dummyS: 0, preference };
}

/** Σ over mentees of their best score: an upper bound on any matching's total. */
function sumOfBest(list: EdgeList): number {
  let sum = 0;
  let best = 0;
  for (let e = 0; e < list.count; e++) {
    best = Math.max(best, list.score[e] as number);
    if (e + 1 === list.count || list.mentee[e + 1] !== list.mentee[e]) {
      sum += best;
      best = 0;
    }
  }
  return sum;
}
