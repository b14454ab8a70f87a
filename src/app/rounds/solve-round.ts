// Runs the matching engine (issue 3) on a program's pool and turns its answer into proposed
// pairs and the review summary.
import { matchParticipants } from '../matching/match-participants.js';
import { histogram, unmatchedDetail } from '../../core/programs/round-summary.js';
import { programRules } from '../../core/programs/program-rules.js';
import { storedExplanation, type StoredExplanation } from '../../core/programs/pair-reasons.js';
import type { Participant } from '../../core/matching/types.js';
import type { ProgramRow } from '../programs/program-access.js';
import type { Pool, PoolMember } from './load-pool.js';

export interface ProposedPair {
  mentor: PoolMember;
  mentee: PoolMember;
  score: number;
  explanation: StoredExplanation;
}

export interface RoundSummary {
  total: number;
  optimal: boolean;
  mentors: number;
  mentees: number;
  distribution: { count: number; min: number | null; max: number | null; mean: number | null; median: number | null; histogram: Array<{ from: number; to: number; count: number }> };
  warnings: string[];
  unmatched: Array<{ enrollmentId: string; person: PoolMember['brief']; side: 'mentor' | 'mentee'; reason: string; detail: string }>;
  notEligible: Array<{ reason: string; count: number }>;
  seconds: number;
}

export interface SolvedRound {
  /** New pairs (not those already locked: live pairs and the program manager's kept edits). */
  pairs: ProposedPair[];
  summary: RoundSummary;
}

export async function solveRound(
  program: ProgramRow,
  pool: Pool,
  edits: { locked: Array<readonly [string, string]>; forbidden: Array<readonly [string, string]> } = { locked: [], forbidden: [] },
): Promise<SolvedRound> {
  const rules = programRules(program, {
    managerOf: pool.managerOf,
    previousPairs: pool.previousPairs,
    forbiddenPairs: edits.forbidden,
    lockedPairs: [...pool.livePairs, ...edits.locked],
  });
  const keptKeys = new Set([...pool.livePairs, ...edits.locked].map(([m, j]) => `${m}:${j}`));
  const outcome = await matchParticipants({ participants: pool.participants, rules, objective: 'coverage' });
  const byId = new Map(pool.participants.map((p) => [p.id, p]));
  const pairs: ProposedPair[] = [];
  for (const pair of outcome.pairs) {
    if (keptKeys.has(`${pair.mentorId}:${pair.menteeId}`)) continue;
    const mentor = pool.members.get(pair.mentorId);
    const mentee = pool.members.get(pair.menteeId);
    if (!mentor || !mentee) continue;
    const explanation = outcome.explain(pair, pool.skillLabel);
    pairs.push({ mentor, mentee, score: pair.score, explanation: storedExplanation(explanation, byId.get(pair.mentorId) as Participant, byId.get(pair.menteeId) as Participant, pool.skillLabel) });
  }
  const unmatched = [...outcome.unmatchedMentors, ...outcome.unmatchedMentees].flatMap((u) => {
    const member = pool.members.get(u.id);
    return member ? [{ enrollmentId: member.enrollmentId, person: member.brief, side: member.side, reason: u.reason, detail: unmatchedDetail(u.reason, u.excluded) }] : [];
  });
  const scores = outcome.pairs.map((p) => p.score);
  const names = new Map(pool.participants.map((p) => [p.id, p.name ?? p.id]));
  return {
    pairs,
    summary: {
      total: outcome.total,
      optimal: outcome.optimal,
      mentors: outcome.mentorCount,
      mentees: outcome.menteeCount,
      distribution: { count: outcome.distribution.count, min: outcome.distribution.min, max: outcome.distribution.max, mean: outcome.distribution.mean, median: outcome.distribution.median, histogram: histogram(scores) },
      // The engine names people by id; the review screen names them by name.
      warnings: outcome.warnings.map((w) => w.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => names.get(id) ?? id)),
      unmatched,
      notEligible: pool.notEligible,
      seconds: outcome.seconds.total,
    },
  };
}
