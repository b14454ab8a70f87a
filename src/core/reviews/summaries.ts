// A pair's review summary: a draft either member edits, confirmed by both, then submitted with
// its content frozen. Pure rules (PRODUCT.md capability 11: nothing private leaves the pair
// without their act — here, both members' act).
import type { FieldError } from '../errors.js';
import type { Side } from '../pairs/goals.js';
import type { ReviewContent } from './content.js';
import { closedRefusal, type CycleStatus } from './cycles.js';
import { hasNul, NUL_MESSAGE } from './text.js';

export const SUMMARY_LIMITS = { statement: 2000, goals: 50 } as const;

export interface SummaryDraft {
  goalIds: string[];
  includeMeetings: boolean;
  statement: string;
}

export interface SummaryState extends SummaryDraft {
  status: 'draft' | 'submitted';
  mentorConfirmedAt: Date | null;
  menteeConfirmedAt: Date | null;
  submittedAt: Date | null;
  /** Null until both confirmed; what management sees. */
  content: ReviewContent | null;
}

export type DraftCheck = { ok: true; value: SummaryDraft } | { ok: false; problems: FieldError[] };

/** A draft may name only goals of this pair that their learner shared with the program. */
export function checkDraft(input: SummaryDraft, shareableIds: ReadonlySet<string>): DraftCheck {
  const problems: FieldError[] = [];
  const goalIds = [...new Set(input.goalIds)];
  if (goalIds.length > SUMMARY_LIMITS.goals)
    problems.push({ path: 'goalIds', message: `At most ${SUMMARY_LIMITS.goals} goals.` });
  const notShared = goalIds.filter((id) => !shareableIds.has(id));
  if (notShared.length)
    problems.push({
      path: 'goalIds',
      message: `${notShared.length === 1 ? 'A goal is' : `${notShared.length} goals are`} not shared with the program; only goals their learner shared can be included.`,
    });
  const statement = input.statement.trim();
  if (statement.length > SUMMARY_LIMITS.statement)
    problems.push({ path: 'statement', message: `At most ${SUMMARY_LIMITS.statement} characters.` });
  else if (hasNul(statement)) problems.push({ path: 'statement', message: NUL_MESSAGE });
  return problems.length
    ? { ok: false, problems }
    : { ok: true, value: { goalIds, includeMeetings: input.includeMeetings, statement } };
}

const confirmedAt = (s: SummaryState, side: Side) => (side === 'mentor' ? s.mentorConfirmedAt : s.menteeConfirmedAt);

export function confirmations(s: SummaryState): Record<Side, Date | null> {
  return { mentor: s.mentorConfirmedAt, mentee: s.menteeConfirmedAt };
}

/** Why the draft cannot be edited or confirmed now, or null. */
export function changeRefusal(s: SummaryState, cycle: CycleStatus): string | null {
  return (
    closedRefusal(cycle) ??
    (s.status === 'submitted' ? 'This summary is submitted; withdraw it to draft to change it.' : null)
  );
}

/** An edit by either member clears both confirmations: each confirms the text as it now is. */
export function applyEdit(s: SummaryState, draft: SummaryDraft): SummaryState {
  return {
    ...s,
    ...draft,
    mentorConfirmedAt: null,
    menteeConfirmedAt: null,
    submittedAt: null,
    content: null,
    status: 'draft',
  };
}

export interface Confirmed {
  state: SummaryState;
  /** Both have now confirmed: the content is frozen and management sees it. */
  submitted: boolean;
  /** This confirmation was new (a second click changes nothing and tells nobody). */
  changed: boolean;
}

/**
 * One member confirms. When the other already has, the summary is submitted and its content
 * built — now, from the pair's goals as they are at this moment.
 */
export function confirmSummary(s: SummaryState, side: Side, now: Date, snapshot: () => ReviewContent): Confirmed {
  if (confirmedAt(s, side)) return { state: s, submitted: false, changed: false };
  const next: SummaryState = side === 'mentor' ? { ...s, mentorConfirmedAt: now } : { ...s, menteeConfirmedAt: now };
  if (!next.mentorConfirmedAt || !next.menteeConfirmedAt) return { state: next, submitted: false, changed: true };
  return {
    state: { ...next, status: 'submitted', submittedAt: now, content: snapshot() },
    submitted: true,
    changed: true,
  };
}

/**
 * Either member may take a summary back to draft while the cycle is open — submitted or only
 * half-confirmed: the frozen content is dropped and both confirm again. Their draft is kept.
 */
export function withdrawRefusal(s: SummaryState, cycle: CycleStatus): string | null {
  const closed = closedRefusal(cycle);
  if (closed) return closed;
  if (s.status === 'draft' && !s.mentorConfirmedAt && !s.menteeConfirmedAt)
    return 'Nothing to withdraw: this summary is a draft nobody has confirmed.';
  return null;
}

export function withdrawSummary(s: SummaryState): SummaryState {
  return { ...s, status: 'draft', mentorConfirmedAt: null, menteeConfirmedAt: null, submittedAt: null, content: null };
}
