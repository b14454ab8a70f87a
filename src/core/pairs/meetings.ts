// A pair's meetings (issue 5, PRODUCT.md capability 8): a series planned from the cadence in
// local time, what may change when, the log after a meeting, and cadence health. Pure.
import type { FieldError } from '../errors.js';
import { parseTimeZone } from '../people/import-columns.js';
import {
  addLocalDays,
  localDate,
  localToInstant,
  parseLocalDateTime,
  wallClock,
  type LocalDateTime,
} from './meeting-time.js';

export { formatWhen } from './meeting-time.js';

const DAY_MS = 86_400_000;

export const MEETING_LIMITS = {
  minMinutes: 10,
  maxMinutes: 480,
  maxPlace: 500,
  maxCount: 26,
  maxTopics: 20,
  /** Reminders go out this long before a meeting. */
  reminderHours: 24,
} as const;

export const DRIVEN_BY = ['learner', 'helper', 'shared'] as const;
export type DrivenBy = (typeof DRIVEN_BY)[number];
export type Outcome = 'held' | 'missed';

export interface MeetingPlanInput {
  /** 'YYYY-MM-DDTHH:mm', the wall-clock time in `timeZone`. */
  startsAtLocal: string;
  timeZone: string;
  minutes: number;
  place: string;
  /** How many meetings, every `cadenceDays` at the same local time (1 for a single meeting). */
  count: number;
}

export interface MeetingPlanContext {
  now: Date;
  cadenceDays: number;
  /** The program's dates (YYYY-MM-DD): every meeting falls on or between them, in its zone. */
  programStart: string;
  programEnd: string;
}

export type MeetingPlan =
  | { ok: true; timeZone: string; starts: Date[]; minutes: number; place: string }
  | { ok: false; problems: FieldError[] };

/**
 * The start instants of one meeting or a series. Each occurrence is `cadenceDays` calendar days
 * after the previous one at the same wall-clock time in the zone, so a series keeps its 10:00
 * across a daylight-saving change (its UTC time moves by the hour instead).
 */
export function seriesStarts(
  first: { startsAtLocal: string; timeZone: string },
  cadenceDays: number,
  count: number,
): Date[] {
  const local = parseLocalDateTime(first.startsAtLocal);
  if (!local) return [];
  return Array.from({ length: count }, (_, i) => localToInstant(addLocalDays(local, i * cadenceDays), first.timeZone));
}

type MeetingFields = Omit<MeetingPlanInput, 'count'>;

/** The fields one meeting has (zone, local start, length, place), each checked on its own. */
function checkMeetingFields(
  input: MeetingFields,
  problems: FieldError[],
): { timeZone: string; local: LocalDateTime; place: string } | null {
  const zone = parseTimeZone(input.timeZone.trim());
  if (!zone.ok) problems.push({ path: 'timeZone', message: 'must be a known IANA time zone, such as Europe/London' });
  const local = parseLocalDateTime(input.startsAtLocal);
  if (!local) problems.push({ path: 'startsAtLocal', message: 'must be a date and time (YYYY-MM-DDTHH:mm)' });
  if (
    !Number.isInteger(input.minutes) ||
    input.minutes < MEETING_LIMITS.minMinutes ||
    input.minutes > MEETING_LIMITS.maxMinutes
  ) {
    problems.push({
      path: 'minutes',
      message: `must be a whole number of minutes from ${MEETING_LIMITS.minMinutes} to ${MEETING_LIMITS.maxMinutes}`,
    });
  }
  const place = input.place.trim();
  if (place.length > MEETING_LIMITS.maxPlace)
    problems.push({ path: 'place', message: `must be at most ${MEETING_LIMITS.maxPlace} characters` });
  return zone.ok && local ? { timeZone: zone.value, local, place } : null;
}

/** Checks a plan and computes its meetings' start instants. */
export function planMeetings(input: MeetingPlanInput, ctx: MeetingPlanContext): MeetingPlan {
  const problems: FieldError[] = [];
  const fields = checkMeetingFields(input, problems);
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MEETING_LIMITS.maxCount) {
    problems.push({ path: 'count', message: `must be from 1 to ${MEETING_LIMITS.maxCount} meetings` });
  }
  if (problems.length || !fields) return { ok: false, problems };
  const { timeZone, place } = fields;
  const starts = seriesStarts({ startsAtLocal: input.startsAtLocal, timeZone }, ctx.cadenceDays, input.count);
  const [first] = starts;
  const last = starts[starts.length - 1];
  if (!first || !last) return { ok: false, problems: [{ path: 'count', message: 'must be at least 1' }] };
  if (first.getTime() <= ctx.now.getTime()) problems.push({ path: 'startsAtLocal', message: 'must be in the future' });
  const firstDay = localDate(wallClock(first, timeZone));
  const lastDay = localDate(wallClock(last, timeZone));
  if (firstDay < ctx.programStart)
    problems.push({ path: 'startsAtLocal', message: `must be on or after the program starts (${ctx.programStart})` });
  if (firstDay > ctx.programEnd)
    problems.push({ path: 'startsAtLocal', message: `must be on or before the program ends (${ctx.programEnd})` });
  else if (lastDay > ctx.programEnd)
    problems.push({
      path: 'count',
      message: `the last meeting (${lastDay}) would be after the program ends (${ctx.programEnd}); schedule fewer`,
    });
  return problems.length ? { ok: false, problems } : { ok: true, timeZone, starts, minutes: input.minutes, place };
}

export interface MeetingState {
  status: 'scheduled' | 'cancelled';
  startsAt: Date;
}

/** Why a meeting may not be rescheduled or cancelled now, or null: only scheduled meetings still ahead. */
export function changeRefusal(m: MeetingState, now: Date): string | null {
  if (m.status === 'cancelled') return 'This meeting is cancelled.';
  if (m.startsAt.getTime() <= now.getTime()) return 'This meeting has already started; log how it went instead.';
  return null;
}

/** Why a meeting may not be logged now, or null: once it has started, unless cancelled. Either member may log it again. */
export function logRefusal(m: MeetingState, now: Date): string | null {
  if (m.status === 'cancelled') return 'A cancelled meeting cannot be logged.';
  if (m.startsAt.getTime() > now.getTime()) return 'You can log a meeting once it has started.';
  return null;
}

export interface MeetingLogInput {
  outcome: Outcome;
  heldMinutes?: number | null | undefined;
  topics?: readonly string[] | undefined;
  drivenBy?: DrivenBy | null | undefined;
}

export interface MeetingLog {
  outcome: Outcome;
  heldMinutes: number | null;
  topics: string[];
  drivenBy: DrivenBy | null;
}

/**
 * A log checked against the program's skill catalogue. A held meeting says how long it was and
 * who drove; a missed one carries no duration, topics or driver (they are dropped).
 */
export function checkMeetingLog(
  input: MeetingLogInput,
  catalogue: ReadonlySet<string>,
): { ok: true; log: MeetingLog } | { ok: false; problems: FieldError[] } {
  if (input.outcome === 'missed')
    return { ok: true, log: { outcome: 'missed', heldMinutes: null, topics: [], drivenBy: null } };
  const problems: FieldError[] = [];
  const minutes = input.heldMinutes;
  if (
    minutes === null ||
    minutes === undefined ||
    !Number.isInteger(minutes) ||
    minutes < 1 ||
    minutes > MEETING_LIMITS.maxMinutes
  ) {
    problems.push({ path: 'heldMinutes', message: `say how long you met: 1 to ${MEETING_LIMITS.maxMinutes} minutes` });
  }
  const topics = [...new Set(input.topics ?? [])];
  if (topics.length > MEETING_LIMITS.maxTopics)
    problems.push({ path: 'topics', message: `at most ${MEETING_LIMITS.maxTopics} topics` });
  const unknown = topics.filter((t) => !catalogue.has(t));
  if (unknown.length)
    problems.push({ path: 'topics', message: `not in the program's skill catalogue: ${unknown.join(', ')}` });
  if (!input.drivenBy)
    problems.push({ path: 'drivenBy', message: 'say who drove: the learner, the helper, or shared' });
  if (problems.length || !input.drivenBy || minutes === null || minutes === undefined) return { ok: false, problems };
  return { ok: true, log: { outcome: 'held', heldMinutes: minutes, topics, drivenBy: input.drivenBy } };
}

// ---- A meeting recorded afterwards -----------------------------------------------------------

export interface PastMeetingInput extends MeetingFields {
  log: MeetingLogInput;
}

export interface PastMeetingContext {
  now: Date;
  /** When the pair became active: nothing they did before counts as a meeting of the pair. */
  activeSince: Date;
  /** The program's dates (YYYY-MM-DD), judged in the meeting's own zone. */
  programStart: string;
  programEnd: string;
  /** The program's skill catalogue (the topics the log may name). */
  catalogue: ReadonlySet<string>;
}

export type PastMeeting =
  | { ok: true; timeZone: string; startsAt: Date; minutes: number; place: string; log: MeetingLog }
  | { ok: false; problems: FieldError[] };

/**
 * A meeting the pair held without scheduling it here first, recorded with its log. It started in
 * the past, not before the pair became active (instants compared) and within the program's dates
 * (in its zone). It was held — a meeting that did not happen has nothing to record — and its log
 * follows the same rule as any meeting's (`checkMeetingLog`); the log's problems are named
 * `log.<field>`.
 */
export function checkPastMeeting(input: PastMeetingInput, ctx: PastMeetingContext): PastMeeting {
  const problems: FieldError[] = [];
  const fields = checkMeetingFields(input, problems);
  let startsAt: Date | null = null;
  if (fields) {
    startsAt = localToInstant(fields.local, fields.timeZone);
    const day = localDate(wallClock(startsAt, fields.timeZone));
    if (startsAt.getTime() >= ctx.now.getTime())
      problems.push({
        path: 'startsAtLocal',
        message: 'must be in the past (a meeting still ahead is scheduled instead)',
      });
    // By day, not instant: pairs often meet to get to know each other before both click accept.
    else if (day < localDate(wallClock(ctx.activeSince, fields.timeZone)))
      problems.push({
        path: 'startsAtLocal',
        message: `must be on or after the day your pair started (${localDate(wallClock(ctx.activeSince, fields.timeZone))})`,
      });
    if (day < ctx.programStart)
      problems.push({ path: 'startsAtLocal', message: `must be on or after the program starts (${ctx.programStart})` });
    else if (day > ctx.programEnd)
      problems.push({ path: 'startsAtLocal', message: `must be on or before the program ends (${ctx.programEnd})` });
  }
  let log: MeetingLog | null = null;
  if (input.log.outcome !== 'held') {
    problems.push({
      path: 'log.outcome',
      message: 'record a meeting you held; one that did not happen needs no record',
    });
  } else {
    const checked = checkMeetingLog(input.log, ctx.catalogue);
    if (checked.ok) log = checked.log;
    else problems.push(...checked.problems.map((p) => ({ path: `log.${p.path}`, message: p.message })));
  }
  if (problems.length || !fields || !startsAt || !log) return { ok: false, problems };
  return { ok: true, timeZone: fields.timeZone, startsAt, minutes: input.minutes, place: fields.place, log };
}

// ---- Cadence health ---------------------------------------------------------------------------

export type HealthStatus = 'new' | 'on_track' | 'behind' | 'at_risk';

/** Worst first: a held meeting never moves a pair towards the front of this list. */
export const HEALTH_ORDER: readonly HealthStatus[] = ['at_risk', 'behind', 'new', 'on_track'];

export interface CadenceHealthInput {
  cadenceDays: number;
  /** When the pair became active. */
  activeSince: Date;
  /** Start times of the meetings logged as held. */
  heldDates: readonly Date[];
  /** Start times of the scheduled meetings (only those after `now` count). */
  scheduledFuture: readonly Date[];
  /** The moment to judge at: now, or when the pair ended. */
  now: Date;
}

export interface CadenceHealth {
  status: HealthStatus;
  held: number;
  /** Meetings the cadence promised so far: one per full cadence period since activation. */
  promised: number;
  lastHeldAt: Date | null;
  nextAt: Date | null;
  /** Whole days since the last held meeting; null when none was held yet. */
  daysSinceLast: number | null;
  cadenceDays: number;
}

const wholeDays = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));

/** Where a quiet spell is counted from: the last held meeting, or the activation when none was held. */
export function quietSince(activeSince: Date, lastHeldAt: Date | null): Date {
  return lastHeldAt && lastHeldAt.getTime() > activeSince.getTime() ? lastHeldAt : activeSince;
}

/**
 * Meetings held against what the cadence promised.
 * - promised = floor(days active / cadenceDays): one meeting per full cadence period;
 * - at_risk: no held meeting for twice the cadence (since the last one, or since activation);
 * - new: less than one cadence old and nothing held yet;
 * - behind: fewer held than promised; on_track otherwise.
 */
export function cadenceHealth(input: CadenceHealthInput): CadenceHealth {
  const cadence = Math.max(1, Math.floor(input.cadenceDays));
  const now = input.now;
  const held = input.heldDates.length;
  const lastHeldAt = input.heldDates.reduce<Date | null>(
    (max, d) => (max === null || d.getTime() > max.getTime() ? d : max),
    null,
  );
  const days = wholeDays(input.activeSince, now);
  const promised = Math.floor(days / cadence);
  const quiet = wholeDays(quietSince(input.activeSince, lastHeldAt), now);
  const nextAt = input.scheduledFuture
    .filter((d) => d.getTime() > now.getTime())
    .reduce<Date | null>((min, d) => (min === null || d.getTime() < min.getTime() ? d : min), null);
  const status: HealthStatus =
    quiet >= 2 * cadence ? 'at_risk' : held === 0 && days < cadence ? 'new' : held < promised ? 'behind' : 'on_track';
  return {
    status,
    held,
    promised,
    lastHeldAt,
    nextAt,
    daysSinceLast: lastHeldAt ? wholeDays(lastHeldAt, now) : null,
    cadenceDays: cadence,
  };
}

export interface QuietInput {
  cadenceDays: number;
  activeSince: Date;
  lastHeldAt: Date | null;
  /** When the pair was last nudged. */
  nudgedAt: Date | null;
  now: Date;
}

/** When the pair would have gone quiet: twice the cadence after the last held meeting (or the activation). */
export function quietCheckAt(input: Pick<QuietInput, 'cadenceDays' | 'activeSince' | 'lastHeldAt'>): Date {
  return new Date(
    quietSince(input.activeSince, input.lastHeldAt).getTime() + 2 * Math.max(1, input.cadenceDays) * DAY_MS,
  );
}

/** A friendly nudge once per quiet spell: quiet for twice the cadence, and not nudged since the spell began. */
export function nudgeDue(input: QuietInput): { due: false } | { due: true; weeks: number } {
  const since = quietSince(input.activeSince, input.lastHeldAt);
  if (input.now.getTime() < quietCheckAt(input).getTime()) return { due: false };
  if (input.nudgedAt && input.nudgedAt.getTime() >= since.getTime()) return { due: false };
  return { due: true, weeks: Math.max(1, Math.floor(wholeDays(since, input.now) / 7)) };
}

/** The calendar entry's title: names only, never what the pair discusses. */
export function meetingSummary(mentorName: string, menteeName: string): string {
  return `Mentoring: ${mentorName} & ${menteeName}`;
}
