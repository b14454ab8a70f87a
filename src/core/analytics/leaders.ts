// Future leaders (program managers only): junior mentors who opted in, with the signals their
// pairs show — partners who learned, goals met, meetings consistently held. A list of people
// with at least two signals, in alphabetical order: evidence for a conversation, never a ranking
// of everyone, and never a partner's own ratings or answers.
import type { FutureLeader, FutureLeaders, LeaderSignal } from './figures.js';
import { headCount } from './privacy.js';

export const LEADER_SIGNAL_LABELS: Record<LeaderSignal['key'], string> = {
  partners_learned: 'Partners reported high learning',
  goals_met: 'Goals met',
  meetings_held: 'Meetings consistently held',
};
/** Signals needed to be listed. */
export const SIGNALS_TO_LIST = 2;

export interface LeaderPair {
  /** Whether the partner's self-rating rose by at least one level (partnerLearnedFrom), null without both ratings. */
  partnerLearned: boolean | null;
  goalsShared: number;
  goalsAchieved: number;
  /** Meetings held, and due by the cadence so far. */
  held: number;
  due: number;
}

export interface LeaderCandidate {
  personId: string;
  name: string;
  department: string;
  optedIn: boolean;
  pairs: readonly LeaderPair[];
}

/**
 * The partner learned: their mean self-rated level at the end is at least one level above the
 * start (a small tolerance absorbs floating-point sums such as 3.3 − 2.3). Null without both.
 */
export function partnerLearnedFrom(startMean: number | null, endMean: number | null): boolean | null {
  if (startMean === null || endMean === null || !Number.isFinite(startMean) || !Number.isFinite(endMean)) return null;
  return endMean - startMean >= 1 - 1e-9;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function partnersLearned(pairs: readonly LeaderPair[]): LeaderSignal {
  const known = pairs.filter((p) => p.partnerLearned !== null);
  const yes = known.filter((p) => p.partnerLearned === true).length;
  const met = known.length > 0 && 2 * yes >= known.length;
  const rule = '(self-rating up at least one level)';
  const evidence =
    known.length === 0
      ? 'No start and end self-ratings from a partner yet'
      : known.length === 1
        ? met
          ? `Partner reported high learning ${rule}`
          : 'Partner did not report high learning yet'
        : `Partners reported high learning in ${yes} of ${known.length} pairs ${rule}`;
  return { key: 'partners_learned', label: LEADER_SIGNAL_LABELS.partners_learned, met, evidence };
}

function goalsMet(pairs: readonly LeaderPair[]): LeaderSignal {
  const shared = pairs.reduce((n, p) => n + p.goalsShared, 0);
  const achieved = pairs.reduce((n, p) => n + p.goalsAchieved, 0);
  // At least two thirds, in whole numbers: 3 × achieved ≥ 2 × shared.
  const met = shared >= 1 && 3 * achieved >= 2 * shared;
  const evidence =
    shared === 0 ? 'No shared goals yet' : `Met ${achieved} of ${shared} shared ${plural(shared, 'goal', 'goals')}`;
  return { key: 'goals_met', label: LEADER_SIGNAL_LABELS.goals_met, met, evidence };
}

function meetingsHeld(pairs: readonly LeaderPair[]): LeaderSignal {
  const held = pairs.reduce((n, p) => n + p.held, 0);
  const due = pairs.reduce((n, p) => n + p.due, 0);
  // At least 80 % of at least three meetings due: 5 × held ≥ 4 × due.
  const met = due >= 3 && 5 * held >= 4 * due;
  const evidence =
    due === 0 ? 'No meetings due yet' : `Held ${held} of ${due} ${plural(due, 'meeting', 'meetings')} due`;
  return { key: 'meetings_held', label: LEADER_SIGNAL_LABELS.meetings_held, met, evidence };
}

export function leaderSignals(pairs: readonly LeaderPair[]): LeaderSignal[] {
  return [partnersLearned(pairs), goalsMet(pairs), meetingsHeld(pairs)];
}

/** Only the opted-in are even looked at; `optedInCount` is every junior who opted in, listed or not. */
export function futureLeaders(candidates: readonly LeaderCandidate[], optedInCount: number): FutureLeaders {
  const leaders: FutureLeader[] = [];
  for (const c of candidates) {
    if (!c.optedIn) continue;
    const signals = leaderSignals(c.pairs);
    if (signals.filter((s) => s.met).length >= SIGNALS_TO_LIST)
      leaders.push({ personId: c.personId, name: c.name, department: c.department, signals });
  }
  leaders.sort((a, b) => a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId));
  return { leaders, optedIn: headCount(optedInCount) };
}
