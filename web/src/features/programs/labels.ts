// Words for the program API's codes, in one place so every page names things the same way.
import type { EnrollmentStatus, PairStatus, ProgramMode, ProgramStatus, Side, SkillCategory } from '../../api/programs';
import { capitalize } from '../../format';

export const MODE_LABELS: Record<ProgramMode, string> = {
  reverse: 'Reverse mentoring',
  mutual: 'Mutual mentoring',
};

/** The sides keep the reverse-mentoring names in both modes (docs/programs.md, default-training.ts). */
export const SIDE_LABELS: Record<Side, string> = {
  mentor: 'Junior mentor',
  mentee: 'Senior mentee',
};

export const SIDE_PLURAL_LABELS: Record<Side, string> = {
  mentor: 'Junior mentors',
  mentee: 'Senior mentees',
};

export const SKILL_CATEGORY_LABELS: Record<SkillCategory, string> = {
  technology: 'Technology',
  social_media: 'Social media',
  consumer_culture: 'Consumer culture',
  ways_of_working: 'Ways of working',
  business_industry: 'Business and industry',
  leadership_career: 'Leadership and career',
  other: 'Other',
};

export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = {
  draft: 'Draft',
  enrolling: 'Enrolling',
  matching: 'Matching',
  active: 'Active',
  closed: 'Closed',
};

/** What each stage means, shown under the stepper so a manager knows what moving on does. */
export const PROGRAM_STATUS_HINTS: Record<ProgramStatus, string> = {
  draft: 'Only the program managers see the program. Settle the settings, skills and training.',
  enrolling: 'People are invited or apply; their managers approve; participants do their training.',
  matching: 'Run a matching round, review the proposed pairs and publish them.',
  active: 'Pairs meet. Late joiners can still enroll and be matched in a new round.',
  closed: 'The program has ended. This is final.',
};

/** The button for a move, worded for where the program is now. */
export function transitionLabel(from: ProgramStatus, to: ProgramStatus): string {
  switch (to) {
    case 'draft':
      return 'Back to draft';
    case 'enrolling':
      return from === 'draft' ? 'Open enrollment' : 'Reopen enrollment';
    case 'matching':
      return from === 'active' ? 'Back to matching' : 'Start matching';
    case 'active':
      return 'Start the program';
    case 'closed':
      return 'Close the program';
  }
}

export const ENROLLMENT_STATUSES: readonly EnrollmentStatus[] = ['invited', 'applied', 'approved', 'declined', 'withdrawn'];
export const PAIR_STATUSES: readonly PairStatus[] = ['proposed', 'offered', 'active', 'declined', 'expired', 'ended'];

/** The hard matching rules (docs/matching.md) in words, for flagged pairs. */
const RULE_LABELS: Record<string, string> = {
  same_person: 'the same person on both sides',
  reporting_chain: 'one is in the other’s reporting line',
  level_gap: 'the level gap is below the program’s minimum',
  scope: 'the departments break the program’s scope rule',
  previous_partner: 'they were partners before',
  forbidden: 'an admin forbade this pair',
  avoid: 'one asked not to be paired with the other',
  locked_elsewhere: 'the mentee is kept in another pair',
};

/** A rule code in words; text that is already a sentence is shown as it is. */
export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? (/\s/.test(rule) ? rule : rule.replace(/_/g, ' '));
}

export function rulesText(rules: readonly string[]): string {
  return capitalize(rules.map(ruleLabel).join('; '));
}

/** A reason code from the server (not_trained, no_eligible_partner…) in words. */
export function reasonLabel(reason: string): string {
  return capitalize(reason.replace(/_/g, ' '));
}

export function responseLabel(response: 'accepted' | 'declined' | null): string {
  return response === null ? 'Waiting' : capitalize(response);
}
