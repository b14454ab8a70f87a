// The objectives as integer weights for the assignment engine (the dummy "unmatched" is worth 0):
//
//   coverage:     w = score + BIG, BIG = 1 + Σ over mentees of their best score: one more pair
//                 is worth more than any difference of totals → most pairs, then highest total.
//   score:        w = score·Q − 1, Q = (most pairs possible) + 1: the total decides, and among
//                 equal totals the fewest pairs (a pair scoring 0 is never made: it would cost 1).
//   cardinality:  w = 1 → most pairs (the fair floor's feasibility test).
import type { EdgeList } from './canonical.js';

export type WeightMode = 'coverage' | 'score' | 'cardinality';

export interface WeightRule {
  mode: WeightMode;
  big: number;
  q: number;
}

export function weightRule(list: EdgeList, mode: WeightMode, maxPairs: number): WeightRule {
  return { mode, big: mode === 'coverage' ? 1 + sumOfBest(list) : 0, q: mode === 'score' ? maxPairs + 1 : 0 };
}

export function weightOf(rule: WeightRule, score: number): number {
  switch (rule.mode) {
    case 'coverage':
      return score + rule.big;
    case 'score':
      return score * rule.q - 1;
    case 'cardinality':
      return 1;
  }
}

export function edgeWeights(list: EdgeList, rule: WeightRule): Float64Array {
  const w = new Float64Array(list.count);
  for (let e = 0; e < list.count; e++) w[e] = weightOf(rule, list.score[e] as number);
  return w;
}

/** The pairing's (pairs, total) from its weight, exactly: the inverse of weightOf summed. */
export function sumOfBest(list: EdgeList): number {
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
