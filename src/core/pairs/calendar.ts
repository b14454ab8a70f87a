// Calendar invitations for a pair's meetings (RFC 5545 / iTIP RFC 5546), built with
// ical-generator. Pure. Each event keeps the meeting's stable UID; a higher SEQUENCE replaces
// the earlier version in the person's calendar (an update with METHOD:REQUEST, a cancellation
// with METHOD:CANCEL and STATUS:CANCELLED). Times carry the recipient's time zone (TZID with a
// VTIMEZONE computed from Intl) or UTC. Only names, times, the place and a link to the pair
// page go in: never notes, goals or the agreement.
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalTemporalPlainDateTimeStub,
  type ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { localToInstant, offsetMinutes, wallClock, zoneTransitions, type LocalDateTime } from './meeting-time.js';

export interface CalendarMeeting {
  uid: string;
  sequence: number;
  startsAt: Date;
  minutes: number;
  place: string;
}

export interface Mailbox {
  name: string;
  email: string;
}

export interface CalendarInput {
  method: 'REQUEST' | 'CANCEL';
  meetings: readonly CalendarMeeting[];
  /** The recipient's IANA zone; null writes UTC times. */
  timeZone: string | null;
  summary: string;
  /** The pair page: the whole description. */
  pairUrl: string;
  organizer: Mailbox;
  attendees: readonly Mailbox[];
  /** DTSTAMP. */
  now: Date;
}

export interface EmailCalendar {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** "Tandem <no-reply@tandem.example>" → { name, email }. */
export function parseMailbox(from: string): Mailbox {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (m) return { name: (m[1] ?? '').trim() || 'Tandem', email: (m[2] ?? '').trim() };
  return { name: 'Tandem', email: from.trim() };
}

export function buildCalendar(input: CalendarInput): string {
  const zone = input.timeZone && input.timeZone !== 'UTC' ? input.timeZone : null;
  const starts = input.meetings.map((m) => m.startsAt.getTime());
  const ends = input.meetings.map((m) => m.startsAt.getTime() + m.minutes * MINUTE_MS);
  const from = new Date(Math.min(...starts) - DAY_MS);
  const to = new Date(Math.max(...ends) + DAY_MS);
  const cal = ical({
    prodId: { company: 'Tandem', product: 'Tandem mentoring', language: 'EN' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // No calendar-wide zone (DTSTAMP stays UTC); the generator writes a VTIMEZONE for each event zone.
    timezone: zone ? { name: null, generator: (tz) => vtimezone(tz, from, to) } : null,
  });
  for (const m of input.meetings) {
    const end = new Date(m.startsAt.getTime() + m.minutes * MINUTE_MS);
    // A local time in the hour repeated when clocks go back means its first occurrence
    // (RFC 5545 3.3.5): an event in the second one is written in UTC instead.
    const local = zone && writableLocally(m.startsAt, zone) && writableLocally(end, zone) ? zone : null;
    cal.createEvent({
      id: m.uid,
      sequence: m.sequence,
      stamp: input.now,
      start: local ? zoned(m.startsAt, local) : m.startsAt,
      end: local ? zoned(end, local) : end,
      timezone: local,
      summary: input.summary,
      description: input.pairUrl,
      url: input.pairUrl,
      ...(m.place ? { location: m.place } : {}),
      status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: { name: input.organizer.name, email: input.organizer.email },
      // RSVP=FALSE: nobody reads replies sent to Tandem's mail-from address.
      attendees: input.attendees.map((a) => ({
        name: a.name,
        email: a.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: false,
      })),
    });
  }
  return cal.toString();
}

/** Whether the instant's local time in the zone reads back as the same instant (not the repeated hour's second pass). */
function writableLocally(instant: Date, timeZone: string): boolean {
  return localToInstant(wallClock(instant, timeZone), timeZone).getTime() === instant.getTime();
}

/** The calendar as an email attachment (nodemailer's icalEvent). */
export function emailCalendar(input: CalendarInput): EmailCalendar {
  return {
    method: input.method,
    filename: input.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
    content: buildCalendar(input),
  };
}

// ical-generator formats a native Date in a zone with the process's local clock; a minimal
// Temporal.ZonedDateTime stand-in gives it the wall-clock time in the right zone.
function zoned(instant: Date, timeZone: string): ICalTemporalZonedDateTimeStub {
  const w = wallClock(instant, timeZone);
  const text = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  const plain: ICalTemporalPlainDateTimeStub = {
    ...w,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => ({
      year: w.year,
      month: w.month,
      day: w.day,
      toJSON: () => text.slice(0, 10),
      toString: () => text.slice(0, 10),
    }),
    toZonedDateTime: (tz: string) => zoned(localToInstant(w as LocalDateTime, tz), tz),
  };
  return {
    ...w,
    timeZoneId: timeZone,
    toInstant: () => ({
      epochMilliseconds: instant.getTime(),
      toJSON: () => instant.toISOString(),
      toString: () => instant.toISOString(),
      toZonedDateTimeISO: (tz: string) => zoned(instant, tz),
    }),
    toJSON: () => `${text}[${timeZone}]`,
    toString: () => `${text}[${timeZone}]`,
    toPlainDateTime: () => plain,
    withTimeZone: (tz: string) => zoned(instant, tz),
  };
}

function offsetText(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

function localStamp(instant: Date, offset: number): string {
  const d = new Date(instant.getTime() + offset * MINUTE_MS);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/**
 * A VTIMEZONE for `timeZone` covering [from, to]: the offset in force at `from`, then one
 * observance per change (DTSTART in the local time before the change, as RFC 5545 asks).
 */
export function vtimezone(timeZone: string, from: Date, to: Date): string {
  const transitions = zoneTransitions(timeZone, from, to);
  const start = transitions[0]?.fromOffset ?? offsetMinutes(from, timeZone);
  const firstKind = transitions[0] && transitions[0].toOffset < transitions[0].fromOffset ? 'DAYLIGHT' : 'STANDARD';
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: string, at: Date, fromOffset: number, toOffset: number) =>
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(at, fromOffset)}`,
      `TZOFFSETFROM:${offsetText(fromOffset)}`,
      `TZOFFSETTO:${offsetText(toOffset)}`,
      `END:${kind}`,
    );
  observance(firstKind, new Date(Math.floor(from.getTime() / 1000) * 1000), start, start);
  for (const t of transitions)
    observance(t.toOffset > t.fromOffset ? 'DAYLIGHT' : 'STANDARD', t.at, t.fromOffset, t.toOffset);
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
