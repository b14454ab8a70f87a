// The checks behind a hand pairing or a swap: both people in the pool, room on both sides, and
// the rules the pairing would break (which the program manager must confirm, with a reason).
import { AppError, notFound } from '../../core/errors.js';
import { allExclusionReasons, buildRulesIndex } from '../../core/matching/eligibility.js';
import { DEFAULT_WEIGHTS, explainPair } from '../../core/matching/score.js';
import type { Participant } from '../../core/matching/types.js';
import { storedExplanation, type StoredExplanation } from '../../core/programs/pair-reasons.js';
import { programRules } from '../../core/programs/program-rules.js';
import { ruleWords } from '../../core/programs/round-summary.js';
import type { ProgramRow } from '../programs/program-access.js';
import type { Pool, PoolMember } from './load-pool.js';

export interface CheckedPairing {
  mentor: PoolMember;
  mentee: PoolMember;
  score: number;
  explanation: StoredExplanation;
  ruleBreaks: string[];
}

export function memberByEnrollment(pool: Pool, enrollmentId: string): PoolMember {
  for (const m of pool.members.values()) if (m.enrollmentId === enrollmentId && !m.lockedOnly) return m;
  throw new AppError('conflict', 'That person is not in the matching pool (not approved, not trained, or already paired).');
}

export function checkPairing(program: ProgramRow, pool: Pool, mentor: PoolMember, mentee: PoolMember, forbidden: Array<readonly [string, string]>): CheckedPairing {
  if (mentor.side !== 'mentor') throw new AppError('validation_failed', `${mentor.brief.name} is a mentee, not a mentor.`, { fields: [{ path: 'mentorEnrollmentId', message: 'not a mentor' }] });
  if (mentee.side !== 'mentee') throw new AppError('validation_failed', `${mentee.brief.name} is a mentor, not a mentee.`, { fields: [{ path: 'menteeEnrollmentId', message: 'not a mentee' }] });
  const a = pool.participants.find((p) => p.id === mentor.personId);
  const b = pool.participants.find((p) => p.id === mentee.personId);
  if (!a || !b) throw notFound('Participant');
  const rules = programRules(program, { managerOf: pool.managerOf, previousPairs: pool.previousPairs, forbiddenPairs: forbidden, lockedPairs: [] });
  const index = buildRulesIndex([a, b], rules);
  const ruleBreaks = allExclusionReasons(a, b, rules, index).map(ruleWords);
  const explanation = explainPair(a, b, rules, DEFAULT_WEIGHTS, { skillLabel: pool.skillLabel });
  return { mentor, mentee, score: explanation.score, explanation: storedExplanation(explanation, a as Participant, b as Participant, pool.skillLabel), ruleBreaks };
}

/** Refuses a rule-breaking pairing unless confirmed with a reason. */
export function requireConfirmation(ruleBreaks: readonly string[], confirm: boolean | undefined, reason: string | undefined): void {
  if (!ruleBreaks.length) return;
  if (!confirm) {
    throw new AppError('confirmation_required', `This pairing breaks a rule: ${ruleBreaks.join('; ')}. Confirm and give a reason to pair them anyway.`);
  }
  if (!reason?.trim()) throw new AppError('validation_failed', 'Give a reason for pairing against the rules.', { fields: [{ path: 'reason', message: 'required when a rule is broken' }] });
}
