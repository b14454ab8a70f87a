// The optimal pairing over EVERY eligible pair, solving on a few candidates (issue 3). Pure: the
// row scans it needs are injected (in this thread, or worker threads from src/app).
//
// 1. Candidates: each open mentee's best k mentors and each open mentor's best k mentees.
// 2. Solve on the candidates (exact, certified on them: solver/).
// 3. Price every eligible pair against the solver's duals (pricing-scan.ts). No pair violates:
//    the pairing is optimal over all of them, and the duals prove it. Some do: add them and the
//    near ones, go to 2. When the time limit stops the rounds, the duals raised by the largest
//    excess still bound the optimum, so the result carries a proven gap.
//
// `fair` repeats this for each floor of a binary search (the floor's feasibility is a maximum
// cardinality over the pairs at or above it), then for the objective above the best floor.
import type { EdgeArrays } from './candidate-scan.js';
import { mergeEdges, unionEdges } from './candidate-scan.js';
import type { BlockingRequest, PricingRequest, PricingShare } from './pricing-scan.js';
import type { RowSide } from './row-engine.js';
import { canonicalFromSorted, type Canonical } from './solver/canonical.js';
import { maxPairs, runStage, type Stage } from './solver/stage.js';
import { weightRule, type WeightMode, type WeightRule } from './solver/weights.js';
import type { WarmStart } from './solver/auction.js';
import type { Objective } from './types.js';

export interface OpenMasks {
  /** 1: the mentee is not in a locked pair. */
  menteeOpen: Uint8Array;
  /** 1: the mentor has a place left after the locked pairs. */
  mentorOpen: Uint8Array;
}

export interface RowScans {
  /** Every open row's best k open partners on the other side. */
  bestPartners(side: RowSide, k: number, masks: OpenMasks): Promise<EdgeArrays>;
  /** Pricing over every open mentee row; `raise` has one entry per mentee. */
  price(request: Omit<PricingRequest, 'from' | 'to'>): Promise<PricingShare>;
  /** Blocking pairs of a pairing over every open mentee row. */
  blocking(request: Omit<BlockingRequest, 'from' | 'to'>): Promise<number>;
}

export interface EligibleProblem {
  mentorCount: number;
  menteeCount: number;
  /** Total places per mentor (locked pairs included). */
  capacities: readonly number[];
  /** Locked pairs with their scores; each must be valid (one per mentee, within capacity). */
  locked: ReadonlyArray<readonly [mentor: number, mentee: number, score: number]>;
  objective: Objective;
  fair: boolean;
}

export interface ColumnGenerationOptions {
  /** Candidates in the first round: each mentee's best k mentors, each mentor's best kMentor mentees. */
  k: number;
  kMentor?: number;
  /** Pairs within this many points of violating are added too (they are next round's risk). */
  marginPoints: number;
  /** Pairs added per mentee and round, at most. */
  perRow: number;
  /** Stop starting rounds after this time (ms, per `now`); null: no limit. */
  deadline: number | null;
  now: () => number;
  onProgress?: (message: string) => void;
}

export interface EligibleResult {
  /** All pairs, locked included, sorted by mentor then mentee. */
  pairs: Array<readonly [mentor: number, mentee: number, score: number]>;
  total: number;
  minPair: number | null;
  optimal: boolean;
  /** Proven relative gap of the total to the optimum: 0 when optimal; Infinity when unproven. */
  gap: number;
  rounds: number;
  /** The candidate pairs of the last round (sorted by mentee, mentor). */
  candidates: EdgeArrays;
  /** Blocking pairs of the result among all eligible pairs (locked mentees not counted). */
  blocking: number;
}

interface Rounds {
  stage: Stage;
  can: Canonical;
  certified: boolean;
  /** Σ of the last pricing's excesses (units of 1/α): the bound is certificate.bound + this. */
  raise: bigint;
}

export async function solveOverEligible(
  problem: EligibleProblem,
  scans: RowScans,
  options: ColumnGenerationOptions,
): Promise<EligibleResult> {
  const ctx = context(problem);
  const progress = options.onProgress ?? (() => {});
  const kMentor = options.kMentor ?? options.k;
  progress(`candidates: each mentee's best ${options.k} mentors, each mentor's best ${kMentor} mentees`);
  const masks = { menteeOpen: ctx.menteeOpen, mentorOpen: ctx.mentorOpen };
  let candidates = unionEdges([
    await scans.bestPartners('mentee', options.k, masks),
    await scans.bestPartners('mentor', kMentor, masks),
  ]);
  let rounds = 0;
  const solveAbove = async (mode: WeightMode, floor: number): Promise<Rounds> => {
    let rule: WeightRule | undefined;
    let warm: WarmStart | undefined;
    for (;;) {
      rounds++;
      const can = canonicalFor(problem, ctx, candidates, floor);
      rule ??= weightRule(can.free, mode, maxPairs(can));
      progress(`round ${rounds}: solving on ${can.free.count} candidate pairs`);
      const stage = runStage(can, can.free, mode, { rule, ...(warm ? { warm } : {}) });
      progress(`round ${rounds}: checking every eligible pair`);
      const priced = await scans.price(pricingRequest(problem, ctx, stage, candidates, floor, options));
      const raise = priced.raise.reduce((sum, r) => sum + BigInt(r), 0n);
      const done = priced.violations === 0;
      const late = options.deadline !== null && options.now() >= options.deadline;
      if (done || late) return { stage, can, certified: done && stage.certified, raise: done ? 0n : raise };
      progress(
        `round ${rounds}: pairs that could improve it: ${priced.violations}${priced.violations ? ' or more' : ''}; adding ${priced.added.mentor.length}`,
      );
      candidates = mergeEdges(candidates, priced.added);
      // The next solve starts from this one's prices and assignment (solver/auction.ts): only the
      // people the new pairs tempt bid again; the largest excess bounds how far prices must move.
      const largest = priced.raise.reduce((max, r) => Math.max(max, r), 1);
      warm = { state: stage.state, distance: largest };
    }
  };

  let best = await solveAbove(problem.objective, 0);
  if (problem.fair) best = await fairFloor(problem, best, solveAbove, options);
  progress('counting blocking pairs');
  const blocking = await scans.blocking(blockingRequest(problem, ctx, best));
  return result(best, rounds, candidates, blocking);
}

/** The binary search of fair mode over integer floors (see solver/solve.ts for the definition). */
async function fairFloor(
  problem: EligibleProblem,
  plain: Rounds,
  solveAbove: (mode: WeightMode, floor: number) => Promise<Rounds>,
  options: ColumnGenerationOptions,
): Promise<Rounds> {
  const pairs = plain.stage.matched.length;
  if (pairs === 0 || !plain.certified) return plain;
  const lockedMin = problem.locked.reduce((min, [, , s]) => Math.min(min, s), Infinity);
  const plainMin = plain.stage.matched.reduce(
    (min, e) => Math.min(min, plain.stage.list.score[e] as number),
    lockedMin,
  );
  let highest = 0;
  for (let e = 0; e < plain.can.free.count; e++) highest = Math.max(highest, plain.can.free.score[e] as number);
  let lo = plainMin;
  let hi = Math.min(lockedMin, highest);
  let certified = true;
  while (lo < hi) {
    if (options.deadline !== null && options.now() >= options.deadline) return { ...plain, certified: false };
    const mid = Math.floor((lo + hi + 1) / 2);
    const test = await solveAbove('cardinality', mid);
    certified &&= test.certified;
    if (test.stage.matched.length >= pairs) lo = mid;
    else hi = mid - 1;
  }
  if (lo <= plainMin) return plain;
  const final = await solveAbove(problem.objective, lo);
  return { ...final, certified: certified && final.certified };
}

interface Context {
  mentorLoad: Int32Array;
  menteeOpen: Uint8Array;
  mentorOpen: Uint8Array;
  mentorActive: Uint8Array;
}

function context(problem: EligibleProblem): Context {
  const mentorLoad = new Int32Array(problem.mentorCount);
  const menteeOpen = new Uint8Array(problem.menteeCount).fill(1);
  for (const [m, j] of problem.locked) {
    mentorLoad[m] = (mentorLoad[m] as number) + 1;
    menteeOpen[j] = 0;
  }
  const mentorOpen = Uint8Array.from(problem.capacities, (c, m) => (c - (mentorLoad[m] as number) > 0 ? 1 : 0));
  const mentorActive = Uint8Array.from(problem.capacities, (c) => (c > 0 ? 1 : 0));
  return { mentorLoad, menteeOpen, mentorOpen, mentorActive };
}

/** The solver's input: candidate edges at or above the floor between open people, plus the locked pairs. */
function canonicalFor(problem: EligibleProblem, ctx: Context, candidates: EdgeArrays, floor: number): Canonical {
  const keep = (e: number) =>
    (candidates.score[e] as number) >= floor &&
    ctx.menteeOpen[candidates.mentee[e] as number] === 1 &&
    ctx.mentorOpen[candidates.mentor[e] as number] === 1;
  return canonicalFromSorted(problem.capacities, problem.menteeCount, candidates, keep, problem.locked);
}

function pricingRequest(
  problem: EligibleProblem,
  ctx: Context,
  stage: Stage,
  candidates: EdgeArrays,
  floor: number,
  options: ColumnGenerationOptions,
): Omit<PricingRequest, 'from' | 'to'> {
  // Only u_i + v_j matters per pair, so move the common part of the mentors' prices to the mentees:
  // in coverage mode prices carry BIG, and the scan kernel compares prices in 16-bit lanes.
  let shift = Infinity;
  for (let m = 0; m < problem.mentorCount; m++)
    if (ctx.mentorOpen[m]) shift = Math.min(shift, stage.mentorDual[m] as number);
  if (shift === Infinity) shift = 0;
  const mentorDual = Float64Array.from(stage.mentorDual, (u, m) => (ctx.mentorOpen[m] ? u - shift : Infinity));
  const menteeDual = Float64Array.from(stage.menteeDual, (v) => v + shift);
  const candidateStart = new Int32Array(problem.menteeCount + 1);
  for (let e = 0; e < candidates.mentee.length; e++) candidateStart[(candidates.mentee[e] as number) + 1]! += 1;
  for (let j = 0; j < problem.menteeCount; j++) candidateStart[j + 1]! += candidateStart[j] as number;
  return {
    menteeOpen: ctx.menteeOpen,
    mentorActive: ctx.mentorActive,
    rule: stage.rule,
    alpha: stage.alpha,
    mentorDual,
    menteeDual,
    margin: options.marginPoints * stage.alpha * (stage.rule.mode === 'score' ? stage.rule.q : 1),
    perRow: options.perRow,
    floor,
    candidateStart,
    candidateMentor: candidates.mentor, // sorted by (mentee, mentor): the CSR above indexes it
  };
}

/** The pairing as the blocking scan needs it: partners, their scores, each mentor's weakest pair. */
function blockingRequest(problem: EligibleProblem, ctx: Context, best: Rounds): Omit<BlockingRequest, 'from' | 'to'> {
  const { stage, can } = best;
  const partner = new Int32Array(problem.menteeCount).fill(-1);
  const partnerScore = new Int32Array(problem.menteeCount).fill(-1);
  const load = Int32Array.from(ctx.mentorLoad);
  const weakestOf = new Int32Array(problem.mentorCount).fill(0x7fffffff);
  for (const [m, , s] of can.locked) weakestOf[m] = Math.min(weakestOf[m] as number, s);
  for (const e of stage.matched) {
    const m = stage.list.mentor[e] as number;
    const j = stage.list.mentee[e] as number;
    const s = stage.list.score[e] as number;
    partner[j] = m;
    partnerScore[j] = s;
    load[m] = (load[m] as number) + 1;
    weakestOf[m] = Math.min(weakestOf[m] as number, s);
  }
  const weakest = Int32Array.from(weakestOf, (w, m) =>
    (load[m] as number) < (problem.capacities[m] as number) ? -1 : w,
  );
  return { menteeOpen: ctx.menteeOpen, mentorActive: ctx.mentorActive, partner, partnerScore, weakest };
}

function result(best: Rounds, rounds: number, candidates: EdgeArrays, blocking: number): EligibleResult {
  const { stage, can } = best;
  const pairs: Array<readonly [number, number, number]> = [...can.locked];
  for (const e of stage.matched)
    pairs.push([stage.list.mentor[e] as number, stage.list.mentee[e] as number, stage.list.score[e] as number]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const total = pairs.reduce((sum, p) => sum + p[2], 0);
  const minPair = pairs.length ? pairs.reduce((min, p) => Math.min(min, p[2]), Infinity) : null;
  const lockedTotal = can.locked.reduce((sum, p) => sum + p[2], 0);
  const freeTotal = total - lockedTotal;
  const gap = best.certified ? 0 : provenGap(best, stage.matched.length, freeTotal, lockedTotal);
  return { pairs, total, minPair, optimal: best.certified, gap, rounds, candidates, blocking };
}

/** The relative distance of the total to the best total the raised duals allow (Infinity: none proven). */
function provenGap(best: Rounds, freePairs: number, freeTotal: number, lockedTotal: number): number {
  const { stage } = best;
  if (!stage.certificate.valid) return Infinity;
  const alpha = BigInt(stage.alpha);
  const bound = Number((stage.certificate.bound + best.raise) / alpha); // ≥ the optimum's weight
  let freeBound: number;
  if (stage.rule.mode === 'coverage') {
    // The weight is BIG·pairs + total; more pairs than now would weigh ≥ BIG·(pairs + 1).
    if (bound >= stage.rule.big * (freePairs + 1)) return Infinity;
    freeBound = bound - stage.rule.big * freePairs;
  } else {
    // The weight is total·Q − pairs, and pairs < Q.
    freeBound = Math.floor((bound + stage.rule.q - 1) / stage.rule.q);
  }
  const upper = lockedTotal + Math.max(freeBound, freeTotal);
  return upper === 0 ? 0 : (upper - freeTotal - lockedTotal) / upper;
}
