// The `fair` option: raise the weakest pair as high as possible without pairing fewer people
// than the plain objective does (definition in solve.ts). Feasibility of a floor t is monotone
// (a higher floor only removes edges), so a binary search over the distinct scores finds the
// highest floor t* whose edges still admit k* pairs; the objective is then solved on those edges.
import type { Objective } from '../types.js';
import { filterEdges, type Canonical } from './canonical.js';
import { runStage, type Stage } from './stage.js';

export function fairStage(can: Canonical, objective: Objective, plain: Stage): Stage {
  const kStar = plain.matched.length;
  if (kStar === 0) return plain;
  const floors = candidateFloors(can);
  let certified = plain.certified;
  let lo = 0;
  let hi = floors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const floor = floors[mid] as number;
    const check = runStage(can, filterEdges(can.free, (e) => (can.free.score[e] as number) >= floor), 'cardinality');
    // An infeasible floor is only proven by a certified maximum cardinality.
    certified &&= check.certified;
    if (check.matched.length >= kStar) lo = mid;
    else hi = mid - 1;
  }
  const best = floors[lo] as number;
  // The lowest floor keeps every edge: the plain solution already is the answer.
  if (lo === 0) return plain;
  const final = runStage(can, filterEdges(can.free, (e) => (can.free.score[e] as number) >= best), objective);
  return { ...final, certified: certified && final.certified };
}

/**
 * Candidate floors, ascending: the distinct free scores not above the weakest locked pair, plus
 * that locked score itself (a locked pair caps the minimum, so higher floors gain nothing).
 * The first candidate always keeps every free edge.
 */
function candidateFloors(can: Canonical): number[] {
  const minLocked = can.locked.reduce((min, [, , s]) => Math.min(min, s), Infinity);
  const scores = new Set<number>();
  for (let e = 0; e < can.free.count; e++) {
    const s = can.free.score[e] as number;
    if (s <= minLocked) scores.add(s);
  }
  if (Number.isFinite(minLocked)) scores.add(minLocked);
  const floors = [...scores].sort((a, b) => a - b);
  return floors.length ? floors : [0];
}
