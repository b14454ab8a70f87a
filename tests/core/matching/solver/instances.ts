// Random small instances for property tests: sparse edges, small scores (many ties), capacities
// 0–3 and a random feasible set of locked pairs.
import fc from 'fast-check';
import type { Edge, Objective, SolveInput, SolveResult } from '../../../../src/core/matching/types.js';

const MAX = 7;
// Mostly 4–7 per side (where exchanges get interesting), sometimes tiny or empty.
const side = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 }, { arbitrary: fc.integer({ min: 4, max: MAX }), weight: 4 });

export const instanceArb = (objective: Objective, fair: boolean): fc.Arbitrary<SolveInput> =>
  fc
    .record({
      mentorCount: side,
      menteeCount: side,
      caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: MAX, maxLength: MAX }),
      cells: fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { freq: 2 }), { minLength: MAX * MAX, maxLength: MAX * MAX }),
      lockPicks: fc.array(fc.nat(), { maxLength: 3 }),
    })
    .map(({ mentorCount, menteeCount, caps, cells, lockPicks }) => {
      const edges: Edge[] = [];
      for (let m = 0; m < mentorCount; m++) {
        for (let j = 0; j < menteeCount; j++) {
          const score = cells[m * MAX + j];
          if (score !== null && score !== undefined) edges.push({ mentor: m, mentee: j, score });
        }
      }
      const capacities = caps.slice(0, mentorCount);
      return { mentorCount, menteeCount, capacities, edges, objective, fair, locked: feasibleLocks(edges, capacities, lockPicks) };
    });

function feasibleLocks(edges: readonly Edge[], capacities: readonly number[], picks: readonly number[]): Array<[number, number]> {
  const left = [...capacities];
  const taken = new Set<number>();
  const locked: Array<[number, number]> = [];
  for (const pick of picks) {
    const e = edges[pick % Math.max(1, edges.length)];
    if (!e || taken.has(e.mentee) || (left[e.mentor] ?? 0) <= 0) continue;
    taken.add(e.mentee);
    left[e.mentor] = (left[e.mentor] ?? 0) - 1;
    locked.push([e.mentor, e.mentee]);
  }
  return locked;
}

/** Checks a result is a feasible matching consistent with its own summary; returns its edges. */
export function assertFeasible(input: SolveInput, result: SolveResult): Edge[] {
  const byPair = new Map(input.edges.map((e) => [`${e.mentor}:${e.mentee}`, e]));
  const load = new Map<number, number>();
  const seen = new Set<number>();
  const used: Edge[] = [];
  for (const [m, j] of result.pairs) {
    const e = byPair.get(`${m}:${j}`);
    if (!e) throw new Error(`pair ${m},${j} is not an edge`);
    if (seen.has(j)) throw new Error(`mentee ${j} twice`);
    seen.add(j);
    load.set(m, (load.get(m) ?? 0) + 1);
    if ((load.get(m) ?? 0) > (input.capacities[m] ?? 0)) throw new Error(`mentor ${m} over capacity`);
    used.push(e);
  }
  for (const [m, j] of input.locked ?? []) {
    if (!result.pairs.some(([a, b]) => a === m && b === j)) throw new Error(`locked ${m},${j} missing`);
  }
  const sorted = [...result.pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (JSON.stringify(sorted) !== JSON.stringify(result.pairs)) throw new Error('pairs not sorted');
  const scores = used.map((e) => e.score);
  if (result.total !== scores.reduce((a, b) => a + b, 0)) throw new Error('total mismatch');
  if (result.minPair !== (scores.length ? Math.min(...scores) : null)) throw new Error('minPair mismatch');
  return used;
}
