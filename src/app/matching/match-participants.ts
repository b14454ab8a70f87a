// The matching use case (issue 3): participants and program rules in, the provably optimal
// pairing out, with a reason for every pair and for everyone left unmatched. Called by
// `tandem match` and by the program lifecycle (issue 4).
import { AppError } from '../../core/errors.js';
import { solveOverEligible } from '../../core/matching/column-generation.js';
import { scoreDistribution, type ScoreDistribution } from '../../core/matching/diagnostics.js';
import { allExclusionReasons, buildRulesIndex, type ExclusionReason } from '../../core/matching/eligibility.js';
import {
  DEFAULT_WEIGHTS,
  explainPair,
  type PairExplanation,
  type ScoringWeights,
} from '../../core/matching/score.js';
import { buildScoringTable, type ScoringTable } from '../../core/matching/scoring-table.js';
import type { MatchRules, Objective, Participant } from '../../core/matching/types.js';
import { checkDistinctIds, lockedPairIndices } from '../../core/matching/run-input.js';
import { unmatchedPeople, type UnmatchedReason } from '../../core/matching/unmatched.js';
import { openScans } from './scan-pool.js';

export interface MatchParticipantsInput {
  /** Mentors and mentees, in any order (the result does not depend on it). */
  participants: readonly Participant[];
  rules: MatchRules;
  weights?: ScoringWeights;
  objective: Objective;
  fair?: boolean;
  /** Stop improving after this many seconds and report the proven gap; null: no limit. */
  timeLimitSeconds?: number | null;
  onProgress?: (message: string) => void;
  /** Worker threads for the row scans (default: the machine's cores; used from 20 M pairs, or `poolFromPairs`). */
  workers?: number;
  poolFromPairs?: number;
}

export interface MatchedPair {
  mentorId: string;
  menteeId: string;
  score: number;
  locked: boolean;
}

export interface UnmatchedParticipant {
  id: string;
  reason: UnmatchedReason;
  /** Per rule, how many on the other side it excluded (for no_eligible_partner / no_places_left). */
  excluded: Record<ExclusionReason, number> | null;
}

export interface MatchOutcome {
  pairs: MatchedPair[];
  unmatchedMentees: UnmatchedParticipant[];
  unmatchedMentors: UnmatchedParticipant[];
  mentorCount: number;
  menteeCount: number;
  defaultCapacity: number;
  total: number;
  minPair: number | null;
  optimal: boolean;
  /** Proven relative gap of the total to the optimum (0 when optimal; Infinity when unproven). */
  gap: number;
  distribution: ScoreDistribution;
  /** Pairs that would rather be together than with their partners, if each ranked by score. */
  blockingPairs: number;
  rounds: number;
  candidatePairs: number;
  /** Locked pairs kept although they break a rule (after a reorganization, say). */
  warnings: string[];
  seconds: { scoring: number; total: number };
  /** Why a pair scores what it scores, part by part (parts add up to the score). */
  explain(pair: MatchedPair, skillLabel?: (skill: string) => string): PairExplanation;
  /** The scoring table, for exporting every eligible pair (see eligible-edges.ts). */
  table: ScoringTable;
  mentors: readonly Participant[];
  mentees: readonly Participant[];
}

/** Candidates per person in the first round, and the pricing margin (points) and additions per mentee. */
const FIRST_CANDIDATES = 40;
const MARGIN_POINTS = 300;
const ADDED_PER_MENTEE = 100;
/** Exclusion counts for unmatched people look at this many pairs at most (about 10 s). */
const COUNT_BUDGET = 300_000_000;

export async function matchParticipants(input: MatchParticipantsInput): Promise<MatchOutcome> {
  const started = performance.now();
  const weights = input.weights ?? DEFAULT_WEIGHTS;
  checkDistinctIds(input.participants);
  const byId = (a: Participant, b: Participant) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const mentors = input.participants.filter((p) => p.side === 'mentor').sort(byId);
  const mentees = input.participants.filter((p) => p.side === 'mentee').sort(byId);
  const capacities = mentors.map((m) => m.capacity ?? input.rules.defaultCapacity);
  const locked = lockedPairIndices(input.rules, mentors, mentees, capacities, weights);
  const index = buildRulesIndex([...mentors, ...mentees], input.rules);
  const warnings = locked.flatMap(([m, j]) => {
    const broken = allExclusionReasons(mentors[m] as Participant, mentees[j] as Participant, input.rules, index);
    return broken.length
      ? [
          `locked pair ${(mentors[m] as Participant).id} – ${(mentees[j] as Participant).id} is kept although it breaks: ${broken.join(', ')}`,
        ]
      : [];
  });
  const table = buildScoringTable(mentors, mentees, input.rules, weights, index);
  const scans = await openScans(table, {
    scannedPairs: scannedPairs(mentors.length, mentees.length, capacities, locked),
    ...(input.workers !== undefined ? { workers: input.workers } : {}),
    ...(input.poolFromPairs !== undefined ? { poolFromPairs: input.poolFromPairs } : {}),
  });
  const scoringDone = performance.now();
  let result;
  try {
    const limit = input.timeLimitSeconds ?? null;
    result = await solveOverEligible(
      {
        mentorCount: mentors.length,
        menteeCount: mentees.length,
        capacities,
        locked,
        objective: input.objective,
        fair: input.fair ?? false,
      },
      scans,
      {
        k: FIRST_CANDIDATES,
        marginPoints: MARGIN_POINTS,
        perRow: ADDED_PER_MENTEE,
        deadline: limit === null ? null : started + limit * 1000,
        now: () => performance.now(),
        ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      },
    );
  } finally {
    await scans.close();
  }
  const lockedKeys = new Set(locked.map(([m, j]) => m * mentees.length + j));
  const pairs: MatchedPair[] = result.pairs.map(([m, j, score]) => ({
    mentorId: (mentors[m] as Participant).id,
    menteeId: (mentees[j] as Participant).id,
    score,
    locked: lockedKeys.has(m * mentees.length + j),
  }));
  const partnerOf = new Int32Array(mentees.length).fill(-1);
  const loadOf = new Int32Array(mentors.length);
  for (const [m, j] of result.pairs) {
    partnerOf[j] = m;
    loadOf[m] = (loadOf[m] as number) + 1;
  }
  const unmatched = unmatchedPeople({
    table,
    partnerOf,
    loadOf,
    capacities,
    candidateMentor: result.candidates.mentor,
    candidateMentee: result.candidates.mentee,
    countBudget: COUNT_BUDGET,
  });
  const mentorAt = new Map(mentors.map((p, i) => [p.id, i]));
  const menteeAt = new Map(mentees.map((p, i) => [p.id, i]));
  return {
    pairs,
    unmatchedMentees: unmatched.mentees.map((u) => ({
      id: (mentees[u.index] as Participant).id,
      reason: u.reason,
      excluded: u.excluded,
    })),
    unmatchedMentors: unmatched.mentors.map((u) => ({
      id: (mentors[u.index] as Participant).id,
      reason: u.reason,
      excluded: u.excluded,
    })),
    mentorCount: mentors.length,
    menteeCount: mentees.length,
    defaultCapacity: input.rules.defaultCapacity,
    total: result.total,
    minPair: result.minPair,
    optimal: result.optimal,
    gap: result.gap,
    distribution: scoreDistribution(pairs.map((p) => p.score)),
    blockingPairs: result.blocking,
    rounds: result.rounds,
    candidatePairs: result.candidates.mentor.length,
    warnings,
    seconds: { scoring: (scoringDone - started) / 1000, total: (performance.now() - started) / 1000 },
    explain: (pair, skillLabel) => {
      const mentor = mentors[mentorAt.get(pair.mentorId) ?? -1];
      const mentee = mentees[menteeAt.get(pair.menteeId) ?? -1];
      if (!mentor || !mentee)
        throw new AppError('not_found', `No pair ${pair.mentorId} – ${pair.menteeId} in this result.`);
      return explainPair(mentor, mentee, input.rules, weights, skillLabel ? { skillLabel } : {});
    },
    table,
    mentors,
    mentees,
  };
}

/** The pairs one scan pass looks at: open mentees against every mentor, open mentors against every mentee. */
function scannedPairs(
  mentorCount: number,
  menteeCount: number,
  capacities: readonly number[],
  locked: ReadonlyArray<readonly [number, number, number]>,
): number {
  const load = new Int32Array(mentorCount);
  for (const [m] of locked) load[m] = (load[m] as number) + 1;
  const openMentors = capacities.reduce((n, c, m) => n + (c > (load[m] as number) ? 1 : 0), 0);
  return Math.max((menteeCount - locked.length) * mentorCount, openMentors * menteeCount);
}

