// One exact solve of the free (non-locked) part of the problem on a given edge list.
import { Assigner } from './assign.js';
import type { Canonical, EdgeList } from './canonical.js';
import { certify } from './certify.js';
import { buildCosts, type CostMode } from './costs.js';

export interface Stage {
  list: EdgeList;
  /** Indices into `list` of the matched edges, ascending. */
  matched: number[];
  /** True when the optimality certificate checked out. */
  certified: boolean;
}

export function runStage(can: Canonical, list: EdgeList, mode: CostMode): Stage {
  let capacitySum = 0;
  for (let i = 0; i < can.mentorCount; i++) capacitySum += can.capacity[i] as number;
  const maxPairs = Math.min(can.menteeCount, capacitySum);
  const nodes = can.menteeCount + can.mentorCount + 1;
  const costs = buildCosts(list, mode, nodes, maxPairs, can.maxRank);
  const assigner = new Assigner(list, can.capacity, costs, can.menteeCount);
  assigner.run();
  const matched: number[] = [];
  for (let j = 0; j < can.menteeCount; j++) {
    const e = assigner.mate[j] as number;
    if (e >= 0) matched.push(e);
  }
  matched.sort((a, b) => a - b);
  return { list, matched, certified: certify(assigner) };
}
