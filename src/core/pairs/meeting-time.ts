// Wall-clock times in IANA time zones, computed with Intl alone (no time-zone library). Pure.
// A meeting is planned in local time ("Tuesdays at 10:00, Europe/London") and stored as an
// instant; these functions convert both ways, correctly across daylight-saving changes.

export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in a zone (seconds included). */
export function wallClock(instant: Date, timeZone: string): LocalDateTime & { second: number } {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** The zone's offset from UTC at an instant, in minutes (east positive: Paris in winter is 60). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const t = Math.floor(instant.getTime() / 1000) * 1000;
  const w = wallClock(new Date(t), timeZone);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - t) / MINUTE_MS);
}

function sameWallClock(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/**
 * The instant a local date-time happens in a zone. When the clocks go back and the time happens
 * twice, the earlier one; when they go forward and it does not exist, it moves forward by the
 * gap (02:30 on the spring-forward night in New York becomes 03:30), as calendar apps do.
 */
export function localToInstant(local: LocalDateTime, timeZone: string): Date {
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const before = offsetMinutes(new Date(guess - DAY_MS), timeZone);
  const offsets = new Set([
    before,
    offsetMinutes(new Date(guess), timeZone),
    offsetMinutes(new Date(guess + DAY_MS), timeZone),
  ]);
  const matches = [...offsets]
    .map((offset) => guess - offset * MINUTE_MS)
    .filter((t) => sameWallClock(wallClock(new Date(t), timeZone), local))
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? guess - before * MINUTE_MS);
}

/** Whether a local date-time exists in the zone (false inside a spring-forward gap). */
export function existsInZone(local: LocalDateTime, timeZone: string): boolean {
  return sameWallClock(wallClock(localToInstant(local, timeZone), timeZone), local);
}

/** The same wall-clock time `days` calendar days later. */
export function addLocalDays(local: LocalDateTime, days: number): LocalDateTime {
  const d = new Date(Date.UTC(local.year, local.month - 1, local.day + days));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: local.hour,
    minute: local.minute,
  };
}

/** 'YYYY-MM-DDTHH:mm' (what a date and a time field give) as a local date-time, or null. */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (
    d.getUTCFullYear() !== year ||
    d.getUTCMonth() + 1 !== month ||
    d.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  )
    return null;
  return { year, month, day, hour, minute };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a local date-time. */
export function localDate(local: LocalDateTime): string {
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
}

/** 'YYYY-MM-DDTHH:mm' of an instant in a zone (the inverse of parseLocalDateTime). */
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${localDate(w)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A meeting time for a message, in the reader's zone: "Tue 8 Dec 2026, 10:00 (Europe/London)". */
export function formatWhen(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  const weekday = WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()];
  return `${weekday} ${w.day} ${MONTHS[w.month - 1]} ${w.year}, ${pad(w.hour)}:${pad(w.minute)} (${timeZone})`;
}

/** Offset changes of a zone between two instants (to the millisecond), for VTIMEZONE blocks. */
export function zoneTransitions(
  timeZone: string,
  from: Date,
  to: Date,
): Array<{ at: Date; fromOffset: number; toOffset: number }> {
  const out: Array<{ at: Date; fromOffset: number; toOffset: number }> = [];
  const step = DAY_MS / 2;
  let t = Math.floor(from.getTime() / 1000) * 1000;
  let offset = offsetMinutes(new Date(t), timeZone);
  while (t < to.getTime()) {
    const next = Math.min(t + step, to.getTime());
    const nextOffset = offsetMinutes(new Date(next), timeZone);
    if (nextOffset !== offset) {
      // Binary search for the first second with the new offset.
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (offsetMinutes(new Date(mid), timeZone) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), fromOffset: offset, toOffset: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  return out;
}
