// Pricing against the slow reference: every pair scored, every condition checked directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBlocking, scanPricing, type PricingRequest } from '../../../src/core/matching/pricing-scan.js';
import { RowEngine } from '../../../src/core/matching/row-engine.js';
import { buildScoringTable, rowScratch, scoreRow } from '../../../src/core/matching/scoring-table.js';
import { weightOf, type WeightRule } from '../../../src/core/matching/solver/weights.js';
import { arbInstance } from './arbitrary-program.js';

const arbRequest = arbInstance(8)
  .map((inst) => ({ ...inst, rules: { ...inst.rules, lockedPairs: [] } }))
  .chain((inst) => {
    const nM = inst.mentors.length;
    const nJ = inst.mentees.length;
    return fc.record({
      inst: fc.constant(inst),
      mode: fc.constantFrom('coverage' as const, 'score' as const, 'cardinality' as const),
      alpha: fc.integer({ min: 1, max: 9 }),
      big: fc.integer({ min: 0, max: 3000 }),
      q: fc.integer({ min: 1, max: 5 }),
      // Duals as fractions of the largest weight, so that thresholds land among the scores.
      u: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: Infinity, freq: 6 }), {
        minLength: nM,
        maxLength: nM,
      }),
      v: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: nJ, maxLength: nJ }),
      margin: fc.integer({ min: 0, max: 2000 }),
      perRow: fc.integer({ min: 0, max: 4 }),
      floor: fc.integer({ min: 0, max: 600 }),
      candidates: fc.array(fc.boolean(), { minLength: nM * nJ, maxLength: nM * nJ }),
      menteeOpen: fc.array(fc.boolean(), { minLength: nJ, maxLength: nJ }),
      mentorActive: fc.array(fc.boolean(), { minLength: nM, maxLength: nM }),
      partner: fc.array(fc.integer({ min: -1, max: nM - 1 }), { minLength: nJ, maxLength: nJ }),
      partnerScore: fc.array(fc.oneof(fc.integer({ min: -1, max: 800 }), fc.constant(1_000_000)), {
        minLength: nJ,
        maxLength: nJ,
      }),
      weakest: fc.array(fc.oneof(fc.integer({ min: -1, max: 800 }), fc.constant(1_000_000)), {
        minLength: nM,
        maxLength: nM,
      }),
      rowCap: fc.constantFrom(undefined, 0, 1, 3),
    });
  });

describe('scanPricing', () => {
  it('property: violations, excesses and additions equal checking every pair (rows cut short: at least one violation found when any)', () => {
    fc.assert(
      fc.property(arbRequest, (x) => {
        const { inst } = x;
        const nM = inst.mentors.length;
        const nJ = inst.mentees.length;
        const table = buildScoringTable(inst.mentors, inst.mentees, inst.rules, inst.weights);
        const rule: WeightRule = { mode: x.mode, big: x.big, q: x.q };
        const top = weightOf(rule, 4000) * x.alpha;
        const u = x.u.map((f) => (f === Infinity ? Infinity : Math.floor(f * top)));
        const vDual = x.v.map((f) => Math.floor(f * top));
        const isCandidate = (m: number, j: number) => x.candidates[j * nM + m] === true;
        const candidateMentor: number[] = [];
        const candidateStart = [0];
        for (let j = 0; j < nJ; j++) {
          for (let m = 0; m < nM; m++) if (isCandidate(m, j)) candidateMentor.push(m);
          candidateStart.push(candidateMentor.length);
        }
        const request: PricingRequest = {
          from: 0,
          to: nJ,
          menteeOpen: Uint8Array.from(x.menteeOpen, Number),
          mentorActive: Uint8Array.from(x.mentorActive, Number),
          rule,
          alpha: x.alpha,
          mentorDual: Float64Array.from(u),
          menteeDual: Float64Array.from(vDual),
          margin: x.margin,
          perRow: x.perRow,
          floor: x.floor,
          candidateStart: Int32Array.from(candidateStart),
          candidateMentor: Int32Array.from(candidateMentor),
          ...(x.rowCap === undefined ? {} : { rowCap: x.rowCap }),
        };
        const got = scanPricing(new RowEngine(table), request);
        const blocking = scanBlocking(new RowEngine(table), {
          from: 0,
          to: nJ,
          menteeOpen: request.menteeOpen,
          mentorActive: request.mentorActive,
          partner: Int32Array.from(x.partner),
          partnerScore: Int32Array.from(x.partnerScore),
          weakest: Int32Array.from(x.weakest),
        });

        // The reference.
        const out = new Int32Array(nM);
        const scratch = rowScratch(table);
        let violations = 0;
        let blockingPairs = 0;
        const raise: number[] = [];
        const added: string[] = [];
        for (let j = 0; j < nJ; j++) {
          raise.push(0);
          if (!x.menteeOpen[j]) continue;
          scoreRow(table, j, out, scratch);
          const near: Array<[number, number, number]> = [];
          for (let m = 0; m < nM; m++) {
            const s = out[m] as number;
            if (s < 0 || !x.mentorActive[m]) continue;
            const w = x.weakest[m] as number;
            if (m !== x.partner[j] && s > (x.partnerScore[j] as number) && (w < 0 || s > w)) blockingPairs++;
            if (s < x.floor || isCandidate(m, j) || u[m] === Infinity) continue;
            const reduced = weightOf(rule, s) * x.alpha - (u[m] as number);
            const v = vDual[j] as number;
            if (reduced <= v - x.margin) continue;
            if (reduced > v) {
              violations++;
              raise[j] = Math.max(raise[j]!, reduced - v);
            }
            near.push([reduced, m, s]);
          }
          near.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
          for (const [, m, s] of near.slice(0, x.perRow)) added.push(`${m}:${j}:${s}`);
        }
        if (x.rowCap === undefined) expect(got.violations).toBe(violations);
        else {
          expect(got.violations).toBeLessThanOrEqual(violations);
          expect(got.violations > 0).toBe(violations > 0);
        }
        expect(blocking).toBe(blockingPairs);
        expect(Array.from(got.raise)).toEqual(raise);
        expect(
          Array.from(got.added.mentor, (m, e) => `${m}:${got.added.mentee[e]}:${got.added.score[e]}`).sort(),
        ).toEqual(added.sort());
      }),
      { numRuns: 500 },
    );
  });
});
