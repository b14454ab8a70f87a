// Warm starts (column generation's later rounds): solving on a subset of the edges, then on all of
// them from the first solve's prices and assignment, must reach the same certified optimum as a
// cold solve on all of them — whatever the subset and however far the warm ε starts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../../src/core/matching/solver/canonical.js';
import { maxPairs, runStage } from '../../../../src/core/matching/solver/stage.js';
import { weightRule, type WeightMode } from '../../../../src/core/matching/solver/weights.js';
import type { Objective } from '../../../../src/core/matching/types.js';
import { instanceArb } from './instances.js';

const modes: Array<[Objective & WeightMode]> = [['coverage'], ['score']];

describe.each(modes)('a warm-started solve (%s)', (objective) => {
  it('is certified and worth as much as a cold one', () => {
    fc.assert(
      fc.property(
        instanceArb(objective, false),
        fc.array(fc.boolean(), { minLength: 49, maxLength: 49 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.nat(30), // bids at ε = 1 before scaling: small budgets exercise the fallback
        (input, inFirst, distance, budget) => {
          const all = canonicalize(input);
          const locked = new Set((input.locked ?? []).map(([m, j]) => `${m}:${j}`));
          const kept = input.edges.filter((x, e) => inFirst[e % 49] || locked.has(`${x.mentor}:${x.mentee}`));
          const first = canonicalize({ ...input, edges: kept });
          const rule = weightRule(all.free, objective, maxPairs(all));
          const cold = runStage(all, all.free, objective, { rule });
          const before = runStage(first, first.free, objective, { rule });
          const warm = runStage(all, all.free, objective, { rule, warm: { state: before.state, distance, budget } });
          expect(cold.certified).toBe(true);
          expect(warm.certified).toBe(true);
          expect(warm.certificate.value).toBe(cold.certificate.value);
        },
      ),
      { numRuns: 400 },
    );
  });
});
