// The exact pairing solver (issue 3, solver part). Pure: no I/O.
//
// PROBLEM. A feasible matching M is a set of the given edges with each mentee in at most one
// pair, mentor i in at most capacities[i] pairs, containing every locked pair. Let |M| = its
// pairs, total(M) = Σ scores, min(M) = its smallest pair score (locked pairs count).
//
// OBJECTIVES (lexicographic, compared exactly in integers; solver/weights.ts):
//   coverage: maximize |M|, then total(M).
//   score:    maximize total(M), then the fewest pairs (a pair scoring 0 is not made).
// FAIR (fair: true). Let k* = |M| of the plain objective's optimum. The floor t* is the largest
// value such that some feasible matching with ≥ k* pairs has every pair scoring ≥ t*:
//   t* = max { min(M) : M feasible, |M| ≥ k* }.
// The fair result optimizes the plain objective over the feasible matchings whose pairs all
// score ≥ t*. For coverage this is exactly "most pairs, then the highest minimum pair, then the
// highest total". For score, the weakest pair is ≥ t* ≥ the plain solution's weakest pair; as
// score may leave people unmatched, the fair result can make fewer than k* pairs when that
// scores higher under the floor. With no possible pair, fair changes nothing.
//
// ALGORITHM. Locked pairs are taken out first (their mentees leave, their mentors' capacity
// drops): the rest is independent. The free part is solved by an ε-scaling auction on a
// symmetric reduction (auction.ts); fair adds a binary search over floors (fair.ts). Every solve
// is certified by LP duality (certificate.ts): `optimal` is true only if all certificates check,
// and then `gap` is 0; otherwise no bound is proven and `gap` is Infinity.
//
// DETERMINISM. Edges are sorted by (mentee, mentor) and locked pairs by (mentor, mentee) before
// anything else, and the algorithm is a deterministic function of that canonical form, so any
// permutation of the input gives the same output. Among equally good matchings, the one chosen
// is the one the auction reaches bidding in that canonical order.
import type { SolveInput, SolveResult } from '../types.js';
import { canonicalize, type Canonical } from './canonical.js';
import { fairStage } from './fair.js';
import { runStage, type Stage } from './stage.js';

export function solve(input: SolveInput): SolveResult {
  if (input.objective !== 'coverage' && input.objective !== 'score') throw new Error(`unknown objective: ${String(input.objective)}.`);
  const can = canonicalize(input);
  const plain = runStage(can, can.free, input.objective);
  const chosen = input.fair ? fairStage(can, input.objective, plain) : plain;
  return toResult(can, chosen);
}

function toResult(can: Canonical, stage: Stage): SolveResult {
  const scored: Array<readonly [number, number, number]> = [...can.locked];
  for (const e of stage.matched) {
    scored.push([stage.list.mentor[e] as number, stage.list.mentee[e] as number, stage.list.score[e] as number]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let total = 0;
  let minPair: number | null = null;
  for (const [, , s] of scored) {
    total += s;
    minPair = minPair === null ? s : Math.min(minPair, s);
  }
  return {
    pairs: scored.map(([m, j]) => [m, j] as const),
    total,
    minPair,
    optimal: stage.certified,
    gap: stage.certified ? 0 : Infinity,
  };
}
