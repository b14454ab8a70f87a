// The program status machine (issue 4). Pure: the facts it needs are passed in.

export const PROGRAM_STATUSES = ['draft', 'enrolling', 'matching', 'active', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/** Which moves are possible at all, before the guards below. */
const MOVES: Record<ProgramStatus, readonly ProgramStatus[]> = {
  draft: ['enrolling', 'closed'],
  enrolling: ['draft', 'matching', 'closed'],
  // Back to enrolling to take more applications before the first round is published.
  matching: ['enrolling', 'active', 'closed'],
  // Active programs run more rounds (late joiners, re-matches) by going back to matching.
  active: ['matching', 'closed'],
  closed: [],
};

/** What the guards look at. */
export interface ProgramFacts {
  status: ProgramStatus;
  skillCount: number;
  approvedCount: number;
  /** Rounds published so far. */
  publishedRounds: number;
  /** A round awaiting review (proposed, not published or discarded). */
  openRound: boolean;
  /** Pairs offered or active. */
  livePairs: number;
}

/** Why `from → to` is refused, or null when it is allowed. */
export function transitionRefusal(facts: ProgramFacts, to: ProgramStatus): string | null {
  const from = facts.status;
  if (from === to) return `The program is already ${to}.`;
  if (!MOVES[from].includes(to)) {
    return from === 'closed'
      ? 'A closed program cannot be reopened.'
      : `A program cannot go from ${from} to ${to}; from ${from} it can go to ${MOVES[from].join(' or ')}.`;
  }
  if (to === 'enrolling' && facts.skillCount === 0) return 'Choose at least one skill for the program before opening enrollment.';
  if (to === 'draft' && facts.approvedCount + facts.livePairs > 0) {
    return 'People have already been approved; the program cannot go back to draft.';
  }
  if (to === 'matching' && from === 'enrolling' && facts.approvedCount === 0) {
    return 'No participant has been approved yet; approve some before matching.';
  }
  if (to === 'enrolling' && from === 'matching' && facts.publishedRounds > 0) {
    return 'A round has been published; run further rounds from matching or active instead.';
  }
  if (to === 'active' && facts.publishedRounds === 0) return 'Publish a matching round before making the program active.';
  if (to === 'active' && facts.openRound) return 'Publish or discard the open matching round first.';
  return null;
}

export function allowedTransitions(facts: ProgramFacts): ProgramStatus[] {
  return MOVES[facts.status].filter((to) => transitionRefusal(facts, to) === null);
}

/** People can be invited and can apply while the program takes people (late joiners included). */
export function acceptsEnrollment(status: ProgramStatus): boolean {
  return status === 'enrolling' || status === 'matching' || status === 'active';
}

/** Matching rounds run in matching (the first cohort) and active (late joiners, re-matches). */
export function acceptsMatching(status: ProgramStatus): boolean {
  return status === 'matching' || status === 'active';
}

/** Settings that shape matching can no longer change once pairs exist. */
export function editableSettings(status: ProgramStatus): 'all' | 'most' | 'none' {
  if (status === 'closed') return 'none';
  return status === 'draft' || status === 'enrolling' ? 'all' : 'most';
}
