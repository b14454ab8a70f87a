// The whole engine on small programs: solving on a few candidates and pricing every eligible
// pair must give exactly the optimum of the solver run on ALL eligible pairs (itself checked
// against brute force), for both objectives, fair mode, capacities and locked pairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveOverEligible } from '../../../src/core/matching/column-generation.js';
import { LocalScans } from '../../../src/core/matching/local-scans.js';
import { scorePair } from '../../../src/core/matching/score.js';
import { buildScoringTable, rowScratch, scoreRow } from '../../../src/core/matching/scoring-table.js';
import { solve } from '../../../src/core/matching/solver/solve.js';
import type { Edge, Objective } from '../../../src/core/matching/types.js';
import { arbInstance, type Instance } from './arbitrary-program.js';

interface Case {
  inst: Instance;
  capacities: number[];
  locked: Array<readonly [number, number]>;
}

/** Keeps the locked pairs that fit the capacities. */
const arbCase = arbInstance(7).chain((inst) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: inst.mentors.length, maxLength: inst.mentors.length }).map((capacities): Case => {
    const load = capacities.map(() => 0);
    const locked: Array<readonly [number, number]> = [];
    for (const [mId, eId] of inst.rules.lockedPairs) {
      const m = Number(mId.slice(1));
      const j = Number(eId.slice(1));
      if ((load[m] ?? 0) < (capacities[m] ?? 0)) {
        load[m]! += 1;
        locked.push([m, j]);
      }
    }
    const lockedPairs = locked.map(([m, j]) => [`m${m}`, `e${j}`] as const);
    return { inst: { ...inst, rules: { ...inst.rules, lockedPairs } }, capacities, locked };
  }),
);

function allEligible({ inst }: Case): Edge[] {
  const table = buildScoringTable(inst.mentors, inst.mentees, inst.rules, inst.weights);
  const out = new Int32Array(inst.mentors.length);
  const scratch = rowScratch(table);
  const edges: Edge[] = [];
  inst.mentees.forEach((_, j) => {
    scoreRow(table, j, out, scratch);
    out.forEach((s, m) => s >= 0 && edges.push({ mentor: m, mentee: j, score: s }));
  });
  return edges;
}

async function engine(c: Case, objective: Objective, fair: boolean, k: number) {
  const { inst } = c;
  const table = buildScoringTable(inst.mentors, inst.mentees, inst.rules, inst.weights);
  const locked = c.locked.map(([m, j]) => [m, j, scorePair(inst.mentors[m]!, inst.mentees[j]!, inst.rules, inst.weights)] as const);
  const problem = { mentorCount: inst.mentors.length, menteeCount: inst.mentees.length, capacities: c.capacities, locked, objective, fair };
  return solveOverEligible(problem, new LocalScans(table), { k, marginPoints: 0, perRow: 1, deadline: null, now: () => 0 });
}

describe('solveOverEligible', () => {
  for (const [objective, fair] of [
    ['coverage', false],
    ['score', false],
    ['coverage', true],
    ['score', true],
  ] as const) {
    it(`property: equals the optimum over all eligible pairs (${objective}${fair ? ', fair' : ''})`, async () => {
      await fc.assert(
        fc.asyncProperty(arbCase, fc.integer({ min: 1, max: 2 }), async (c, k) => {
          const reference = solve({
            mentorCount: c.inst.mentors.length,
            menteeCount: c.inst.mentees.length,
            capacities: c.capacities,
            edges: allEligible(c),
            objective,
            fair,
            locked: c.locked,
          });
          const got = await engine(c, objective, fair, k);
          expect(got.optimal).toBe(true);
          expect(got.gap).toBe(0);
          expect({ pairs: got.pairs.length, total: got.total, min: got.minPair }).toEqual({ pairs: reference.pairs.length, total: reference.total, min: reference.minPair });
          for (const [m, j] of c.locked) expect(got.pairs.some(([a, b]) => a === m && b === j)).toBe(true);
          const score = new Map(allEligible(c).map((e) => [`${e.mentor}:${e.mentee}`, e.score]));
          for (const [m, j, s] of got.pairs) expect(score.get(`${m}:${j}`)).toBe(s);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('reports a proven gap instead of optimality when the time limit stops the rounds', async () => {
    const c = fc.sample(arbCase.filter((x) => x.inst.mentees.length >= 4), { seed: 3, numRuns: 50 }).find(() => true)!;
    const { inst } = c;
    const table = buildScoringTable(inst.mentors, inst.mentees, inst.rules, inst.weights);
    const problem = { mentorCount: inst.mentors.length, menteeCount: inst.mentees.length, capacities: c.capacities, locked: [], objective: 'coverage' as const, fair: false };
    const late = await solveOverEligible(problem, new LocalScans(table), { k: 1, marginPoints: 0, perRow: 1, deadline: 0, now: () => 1 });
    const full = await solveOverEligible(problem, new LocalScans(table), { k: 1, marginPoints: 0, perRow: 1, deadline: null, now: () => 0 });
    expect(full.optimal).toBe(true);
    if (late.total < full.total || late.pairs.length < full.pairs.length) {
      expect(late.optimal).toBe(false);
      expect(late.gap).toBeGreaterThan(0);
    }
    expect(late.rounds).toBe(1);
  });
});
