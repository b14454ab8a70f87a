// Review cycles (issue 6): a program manager asks every pair for a short progress summary.
// Pure rules: what a cycle needs, and what a closed cycle still allows (nothing but reading).
import type { FieldError } from '../errors.js';
import { isRealDate } from '../pairs/goals.js';
import { hasNul, NUL_MESSAGE } from './text.js';

export const CYCLE_LIMITS = { title: 200 } as const;

export type CycleStatus = 'open' | 'closed';

export interface CycleInput {
  title: string;
  dueDate: string;
}

export type CycleCheck = { ok: true; value: CycleInput } | { ok: false; problems: FieldError[] };

/** The UTC calendar date of a moment (YYYY-MM-DD): due dates are whole days. */
export const utcDate = (d: Date) => d.toISOString().slice(0, 10);

/** A cycle needs a title (1–200 characters, trimmed) and a real due date from today on. */
export function checkCycle(input: CycleInput, now: Date): CycleCheck {
  const title = input.title.trim();
  const problems: FieldError[] = [];
  if (!title) problems.push({ path: 'title', message: 'Give the review a title, e.g. "Q1 review".' });
  else if (title.length > CYCLE_LIMITS.title)
    problems.push({ path: 'title', message: `At most ${CYCLE_LIMITS.title} characters.` });
  else if (hasNul(title)) problems.push({ path: 'title', message: NUL_MESSAGE });
  if (!isRealDate(input.dueDate)) problems.push({ path: 'dueDate', message: 'Must be a real date (YYYY-MM-DD).' });
  else if (input.dueDate < utcDate(now))
    problems.push({ path: 'dueDate', message: 'The due date cannot be in the past.' });
  return problems.length ? { ok: false, problems } : { ok: true, value: { title, dueDate: input.dueDate } };
}

/**
 * One open cycle per program at a time: pairs answer one request, and the review page compares
 * like with like. A second one waits until the first is closed.
 */
export function openRefusal(openCycles: number): string | null {
  return openCycles > 0 ? 'This program already has an open review; close it before opening another.' : null;
}

/** Why a cycle takes no more changes (drafts, confirmations, withdrawals, comments), or null. */
export function closedRefusal(status: CycleStatus): string | null {
  return status === 'closed' ? 'This review is closed; it can be read but no longer changed.' : null;
}

export function closeRefusal(status: CycleStatus): string | null {
  return status === 'closed' ? 'This review is already closed.' : null;
}

const DAY_MS = 86_400_000;
/** Days before the due date that pairs who have not submitted are reminded. */
export const REMINDER_DAYS_BEFORE = 3;

/**
 * When to remind pairs of a cycle due on `dueDate`: 09:00 UTC three days before. None when that
 * is already past: a cycle due within three days was asked for just now.
 */
export function reviewReminderAt(dueDate: string, now: Date): Date | null {
  const at = new Date(Date.parse(`${dueDate}T09:00:00Z`) - REMINDER_DAYS_BEFORE * DAY_MS);
  return at.getTime() > now.getTime() ? at : null;
}
