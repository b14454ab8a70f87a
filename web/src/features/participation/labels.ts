// Words for the program vocabulary, shared by the participant and approval pages. The sides keep
// the reverse-mentoring names in every mode (programs.ts: mentor = junior mentor, mentee = senior
// mentee), so the labels say which half of the pair someone is, not who is "above" whom.
import type { ProgramBrief, Side } from '../../api/programs';
import { plural } from '../../format';
import { MODE_LABELS, SIDE_LABELS as SIDE_NAMES, SKILL_CATEGORY_LABELS as CATEGORY_LABELS } from '../programs/labels';

export { CATEGORY_LABELS, MODE_LABELS, SIDE_NAMES };

export const SIDE_LABELS: Record<Side, string> = {
  mentor: 'Junior mentor — I teach',
  mentee: 'Senior mentee — I learn',
};


/** Said wherever someone picks or reads a side in a mutual program. */
export const MUTUAL_SIDE_NOTE =
  'This is a mutual program: both of you teach and both of you learn. Your side still says which half of the pair you are — the junior mentor mainly shares technology, social media and new ways of working; the senior mentee gives back business, industry and career experience.';

export const LEVEL_LABELS: Record<number, string> = {
  1: '1 — Some experience',
  2: '2 — Working knowledge',
  3: '3 — Confident',
  4: '4 — Advanced',
  5: '5 — Expert',
};

/** 3 is the most wanted (programs.ts). */
export const PRIORITY_LABELS: Record<number, string> = {
  1: 'Nice to have',
  2: 'Important',
  3: 'Most wanted',
};

export function levelLabel(level: number): string {
  return LEVEL_LABELS[level] ?? String(level);
}

export function priorityLabel(priority: number): string {
  return PRIORITY_LABELS[priority] ?? String(priority);
}

/** "every week", "every 2 weeks", "every month", "every 10 days". */
export function cadenceText(days: number): string {
  if (days === 7) return 'every week';
  if (days > 7 && days % 7 === 0) return `every ${days / 7} weeks`;
  if (days >= 28 && days <= 31) return 'every month';
  if (days === 1) return 'every day';
  return `every ${days} days`;
}

/** The time commitment in one line: "About 4 hours a month · a 60-minute meeting every 2 weeks". */
export function commitmentText(
  program: Pick<ProgramBrief, 'hoursPerMonth' | 'cadenceDays' | 'meetingMinutes'>,
): string {
  return `About ${plural(program.hoursPerMonth, 'hour')} a month · a ${program.meetingMinutes}-minute meeting ${cadenceText(program.cadenceDays)}`;
}
