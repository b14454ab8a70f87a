// One exact solve of the free (non-locked) part of the problem on a given edge list: the auction
// finds the pairing, the certificate proves it (or not).
import { runAuction, type AuctionState, type WarmStart } from './auction.js';
import type { Canonical, EdgeList } from './canonical.js';
import { checkCertificate, type Certificate } from './certificate.js';
import { edgeWeights, weightRule, type WeightMode, type WeightRule } from './weights.js';

export interface Stage {
  list: EdgeList;
  /** Indices into `list` of the matched edges, ascending. */
  matched: number[];
  /** True when the optimality certificate checked out. */
  certified: boolean;
  rule: WeightRule;
  certificate: Certificate;
  alpha: number;
  mentorDual: Float64Array;
  menteeDual: Float64Array;
  state: AuctionState;
}

export function maxPairs(can: Canonical): number {
  let capacitySum = 0;
  for (let i = 0; i < can.mentorCount; i++) capacitySum += can.capacity[i] as number;
  return Math.min(can.menteeCount, capacitySum);
}

export function runStage(can: Canonical, list: EdgeList, mode: WeightMode, options: { rule?: WeightRule; warm?: WarmStart } = {}): Stage {
  const rule = options.rule ?? weightRule(list, mode, maxPairs(can));
  const weight = edgeWeights(list, rule);
  const problem = { menteeCount: can.menteeCount, capacity: can.capacity, edges: list, weight };
  const result = runAuction(problem, options.warm);
  const certificate = checkCertificate({ ...problem, alpha: result.alpha, mateEdge: result.mateEdge, mentorDual: result.mentorDual, menteeDual: result.menteeDual });
  const matched: number[] = [];
  for (let j = 0; j < can.menteeCount; j++) {
    const e = result.mateEdge[j] as number;
    if (e >= 0) matched.push(e);
  }
  matched.sort((a, b) => a - b);
  return {
    list,
    matched,
    certified: certificate.optimal,
    rule,
    certificate,
    alpha: result.alpha,
    mentorDual: result.mentorDual,
    menteeDual: result.menteeDual,
    state: result.state,
  };
}
