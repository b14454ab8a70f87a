// When surveys are due, open and reminded. Pure. The pulse repeats every `everyDays` from the
// pair's activation while the pair runs; the end-of-cycle survey is due `daysBeforeEnd` days
// before the program's end date; the fit check when the pair's first meeting is logged as held.
const DAY_MS = 86_400_000;
/** One reminder, this long before a survey closes. */
export const REMIND_DAYS_BEFORE_CLOSE = 3;

/** The end of the program's last day (UTC). */
export function programEndsAt(programEndDate: string): Date {
  return new Date(Date.parse(`${programEndDate.slice(0, 10)}T00:00:00Z`) + DAY_MS - 1);
}

/** The last moment a survey may be due for a pair: the program's end, or the pair's end if earlier. */
export function scheduleUntil(programEndDate: string, pairEndedAt: Date | null): Date {
  const end = programEndsAt(programEndDate);
  return pairEndedAt && pairEndedAt.getTime() < end.getTime() ? pairEndedAt : end;
}

/** Pulse `occurrence` (1, 2, …) if it falls on or before `until`, else null (the schedule stops). */
export function pulseDue(activatedAt: Date, everyDays: number, occurrence: number, until: Date): Date | null {
  if (!Number.isInteger(occurrence) || occurrence < 1 || !Number.isInteger(everyDays) || everyDays < 1) return null;
  const due = new Date(activatedAt.getTime() + occurrence * everyDays * DAY_MS);
  return due.getTime() <= until.getTime() ? due : null;
}

/** Every pulse of a pair, in order. */
export function pulseDueDates(activatedAt: Date, everyDays: number, until: Date): Date[] {
  const out: Date[] = [];
  for (let n = 1; ; n += 1) {
    const due = pulseDue(activatedAt, everyDays, n, until);
    if (!due) return out;
    out.push(due);
  }
}

/**
 * The end-of-cycle survey: `daysBeforeEnd` days before the program's end date (00:00 UTC), or
 * `from` — the moment the pair became active — when that is already past. Null after the end.
 */
export function endOfCycleDue(programEndDate: string, daysBeforeEnd: number, from: Date): Date | null {
  const end = programEndsAt(programEndDate);
  if (from.getTime() > end.getTime()) return null;
  const due = new Date(Date.parse(`${programEndDate.slice(0, 10)}T00:00:00Z`) - daysBeforeEnd * DAY_MS);
  return due.getTime() < from.getTime() ? from : due;
}

export function closesAt(dueAt: Date, openDays: number): Date {
  return new Date(dueAt.getTime() + openDays * DAY_MS);
}

/** When the one reminder goes: three days before closing, if that is after the survey was sent. */
export function reminderAt(dueAt: Date, closes: Date): Date | null {
  const at = new Date(closes.getTime() - REMIND_DAYS_BEFORE_CLOSE * DAY_MS);
  return at.getTime() > dueAt.getTime() ? at : null;
}

export type ResponseState = 'open' | 'answered' | 'closed';

export function responseState(r: { answeredAt: Date | null; closesAt: Date }, now: Date): ResponseState {
  if (r.answeredAt) return 'answered';
  return now.getTime() >= r.closesAt.getTime() ? 'closed' : 'open';
}

/** Why an answer is refused (answered already, closed), or null. */
export function answerRefusal(r: { answeredAt: Date | null; closesAt: Date }, now: Date): string | null {
  const state = responseState(r, now);
  if (state === 'answered') return 'You have already answered this survey.';
  if (state === 'closed') return 'This survey has closed.';
  return null;
}

/** Whether the reminder is still to be sent: unanswered, not reminded, still open. */
export function needsReminder(r: { answeredAt: Date | null; closesAt: Date; remindedAt: Date | null }, now: Date): boolean {
  return r.remindedAt === null && responseState(r, now) === 'open';
}
