// What the meeting use cases share: reading a pair's meetings, the cadence the pair promised,
// the two members with their time zones, the invitations and the jobs a meeting schedules.
import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import { buildCalendar, emailCalendar, parseMailbox, type CalendarMeeting } from '../../core/pairs/calendar.js';
import {
  formatWhen,
  meetingSummary,
  MEETING_LIMITS,
  quietCheckAt,
  type MeetingLog,
} from '../../core/pairs/meetings.js';
import { agreementState, type AgreementSections } from '../../core/pairs/agreement.js';
import type { NotificationMessage } from '../../core/notifications/templates.js';
import { notFound } from '../../core/errors.js';
import { parseTimeZone } from '../../core/people/import-columns.js';
import type { Tx } from '../../db/client.js';
import { meetings, participantProfiles, pairs, people, programSkills, skills, type programs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { appUrl, notifyMany } from '../notifications/notify.js';
import { scheduleJob } from '../schedule-job.js';
import { agreementHistory } from './agreement-store.js';

export type MeetingRow = typeof meetings.$inferSelect;

/** What a change returns: the meetings as they now are, for the member who made it. */
export interface MeetingChange {
  meetings: MeetingRow[];
  personId: string;
  now: Date;
}
type PairRow = typeof pairs.$inferSelect;
type ProgramRow = typeof programs.$inferSelect;

const HOUR_MS = 3_600_000;

/** Every meeting of the pair, in time order. */
export async function pairMeetings(tx: Tx, pairId: string): Promise<MeetingRow[]> {
  return tx
    .select()
    .from(meetings)
    .where(eq(meetings.pairId, pairId))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

/** One meeting of this pair; a meeting of another pair is "not found". */
export async function meetingOfPair(
  tx: Tx,
  pair: PairRow,
  meetingId: string,
  options: { lock?: boolean } = {},
): Promise<MeetingRow> {
  const query = tx
    .select()
    .from(meetings)
    .where(and(eq(meetings.orgId, pair.orgId), eq(meetings.pairId, pair.id), eq(meetings.id, meetingId)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound('Meeting');
  return row;
}

/** The program's topic keys, the catalogue a meeting log is checked against. */
export async function topicCatalogue(tx: Tx, programId: string): Promise<Set<string>> {
  return new Set((await programTopics(tx, programId)).map((t) => t.key));
}

/** The columns a checked log writes on its meeting: what was logged, by whom, when. */
export function logColumns(log: MeetingLog, personId: string, now: Date) {
  return { ...log, loggedByPersonId: personId, loggedAt: now, updatedAt: now };
}

/** After a log: the quiet-pair check moves to twice the agreed cadence after the pair last met. */
export async function scheduleCadenceCheckAfterLog(tx: Tx, pair: PairRow, program: ProgramRow): Promise<void> {
  const { cadenceDays } = await promisedCadence(tx, pair, program);
  await scheduleCadenceCheck(tx, pair, cadenceDays, await lastHeldAt(tx, pair.id));
}

/** Cadence and length the pair agreed: the signed agreement's (or the latest draft's), else the program's. */
export async function promisedCadence(
  tx: Tx,
  pair: PairRow,
  program: ProgramRow,
): Promise<{ cadenceDays: number; meetingMinutes: number }> {
  const history = await agreementHistory(tx, pair.id);
  const chosen = history.find((v) => agreementState(v) === 'signed') ?? history[0];
  const sections = chosen?.sections as Partial<AgreementSections> | undefined;
  const cadenceDays =
    typeof sections?.cadenceDays === 'number' && sections.cadenceDays >= 1 ? sections.cadenceDays : program.cadenceDays;
  const meetingMinutes =
    typeof sections?.meetingMinutes === 'number' ? sections.meetingMinutes : program.meetingMinutes;
  return { cadenceDays, meetingMinutes };
}

/** The program's skill catalogue: the topics a meeting log may name. */
export async function programTopics(tx: Tx, programId: string): Promise<Array<{ key: string; label: string }>> {
  return tx
    .select({ key: skills.key, label: skills.label })
    .from(programSkills)
    .innerJoin(skills, eq(skills.id, programSkills.skillId))
    .where(eq(programSkills.programId, programId))
    .orderBy(asc(skills.label));
}

export interface PairMember {
  personId: string;
  name: string;
  email: string;
  /** Their own time zone (participant profile, else the directory); null when unknown: UTC then. */
  timeZone: string | null;
}

const validZone = (zone: string | null | undefined) => {
  if (!zone) return null;
  const parsed = parseTimeZone(zone);
  return parsed.ok ? parsed.value : null;
};

export async function pairMembers(tx: Tx, pair: PairRow): Promise<{ mentor: PairMember; mentee: PairMember }> {
  const ids = [pair.mentorPersonId, pair.menteePersonId];
  const rows = await tx
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      directoryZone: people.timeZone,
      profileZone: participantProfiles.timeZone,
    })
    .from(people)
    .leftJoin(participantProfiles, eq(participantProfiles.personId, people.id))
    .where(and(eq(people.orgId, pair.orgId), inArray(people.id, ids)));
  const member = (id: string): PairMember => {
    const row = rows.find((r) => r.id === id);
    return {
      personId: id,
      name: row?.name ?? 'your partner',
      email: row?.email ?? '',
      timeZone: validZone(row?.profileZone) ?? validZone(row?.directoryZone),
    };
  };
  return { mentor: member(pair.mentorPersonId), mentee: member(pair.menteePersonId) };
}

export const zoneOf = (m: PairMember) => m.timeZone ?? 'UTC';

export function pairPageUrl(deps: Deps, pairId: string): string {
  return `${appUrl(deps)}/my/pairs/${pairId}`;
}

const asCalendarMeeting = (m: MeetingRow): CalendarMeeting => ({
  uid: m.uid,
  sequence: m.sequence,
  startsAt: m.startsAt,
  minutes: m.minutes,
  place: m.place,
});

/** The .ics text of some meetings for one reader (their zone; null writes UTC). */
export function meetingsCalendar(
  deps: Deps,
  pair: PairRow,
  members: { mentor: PairMember; mentee: PairMember },
  method: 'REQUEST' | 'CANCEL',
  list: readonly MeetingRow[],
  timeZone: string | null,
): string {
  return buildCalendar(calendarInput(deps, pair, members, method, list, timeZone));
}

function calendarInput(
  deps: Deps,
  pair: PairRow,
  members: { mentor: PairMember; mentee: PairMember },
  method: 'REQUEST' | 'CANCEL',
  list: readonly MeetingRow[],
  timeZone: string | null,
) {
  return {
    method,
    meetings: list.map(asCalendarMeeting),
    timeZone,
    summary: meetingSummary(members.mentor.name, members.mentee.name),
    pairUrl: pairPageUrl(deps, pair.id),
    organizer: parseMailbox(deps.config.mailFrom),
    attendees: [members.mentor, members.mentee].map((m) => ({ name: m.name, email: m.email })),
    now: deps.now(),
  };
}

export type MeetingEvent = { kind: 'scheduled' } | { kind: 'rescheduled' } | { kind: 'cancelled' };

/**
 * Tells both members, each with the time written in their own zone and an invitation (one
 * VCALENDAR with every meeting concerned) built for their zone.
 */
export async function announceMeetings(
  deps: Deps,
  tx: Tx,
  pair: PairRow,
  program: ProgramRow,
  event: MeetingEvent,
  list: readonly MeetingRow[],
): Promise<void> {
  const [first] = list;
  if (!first) return;
  const members = await pairMembers(tx, pair);
  const method = event.kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const notice = (me: PairMember, partner: PairMember) => {
    const when =
      formatWhen(first.startsAt, zoneOf(me)) +
      (event.kind === 'cancelled' && list.length > 1
        ? list.length === 2
          ? ' and the one after it'
          : ` and the ${list.length - 1} after it`
        : '');
    const message: NotificationMessage =
      event.kind === 'scheduled'
        ? {
            kind: 'meeting_scheduled',
            programName: program.name,
            partnerName: partner.name,
            pairId: pair.id,
            when,
            count: list.length,
          }
        : {
            kind: 'meeting_changed',
            programName: program.name,
            partnerName: partner.name,
            pairId: pair.id,
            when,
            change: event.kind,
          };
    return {
      personId: me.personId,
      message,
      calendar: emailCalendar(calendarInput(deps, pair, members, method, list, me.timeZone)),
    };
  };
  await notifyMany(deps, tx, pair.orgId, [
    notice(members.mentor, members.mentee),
    notice(members.mentee, members.mentor),
  ]);
}

/** A reminder a day before; the key carries the sequence, so a rescheduled meeting gets a new one. */
export async function scheduleReminder(deps: Deps, tx: Tx, m: MeetingRow): Promise<void> {
  const runAt = new Date(m.startsAt.getTime() - MEETING_LIMITS.reminderHours * HOUR_MS);
  // Scheduled less than a day ahead: the invitation itself is the reminder.
  if (runAt.getTime() <= deps.now().getTime()) return;
  await scheduleJob(tx, {
    orgId: m.orgId,
    kind: 'meeting-reminder',
    payload: { meetingId: m.id, sequence: m.sequence },
    runAt,
    dedupeKey: `meeting-reminder:${m.id}:${m.sequence}`,
  });
}

/** When the pair last met (the start of its latest meeting logged as held). */
export async function lastHeldAt(tx: Tx, pairId: string): Promise<Date | null> {
  const [row] = await tx
    .select({ at: max(meetings.startsAt) })
    .from(meetings)
    .where(and(eq(meetings.pairId, pairId), eq(meetings.outcome, 'held'), eq(meetings.status, 'scheduled')));
  return row?.at ?? null;
}

/** Checks for a quiet pair at twice the cadence after it last met (or was activated). */
export async function scheduleCadenceCheck(
  tx: Tx,
  pair: PairRow,
  cadenceDays: number,
  last: Date | null,
): Promise<void> {
  const activeSince = pair.activatedAt ?? pair.createdAt;
  const runAt = quietCheckAt({ cadenceDays, activeSince, lastHeldAt: last });
  await scheduleJob(tx, {
    orgId: pair.orgId,
    kind: 'cadence-check',
    payload: { pairId: pair.id },
    runAt,
    dedupeKey: `cadence-check:${pair.id}:${runAt.getTime()}`,
  });
}

/** Held meetings per pair, for many pairs in one grouped query (the program manager's list). */
export async function meetingStatsOf(
  tx: Tx,
  pairIds: readonly string[],
  now: Date,
): Promise<Map<string, { held: Date[]; nextAt: Date | null }>> {
  const out = new Map<string, { held: Date[]; nextAt: Date | null }>();
  if (!pairIds.length) return out;
  const rows = await tx
    .select({
      pairId: meetings.pairId,
      held: sql<
        number[] | null
      >`array_agg((extract(epoch from ${meetings.startsAt}) * 1000)::float8) FILTER (WHERE ${meetings.outcome} = 'held')`,
      nextAt: sql<
        number | null
      >`(extract(epoch from min(${meetings.startsAt}) FILTER (WHERE ${meetings.outcome} IS NULL AND ${meetings.startsAt} > ${now.toISOString()}::timestamptz)) * 1000)::float8`,
    })
    .from(meetings)
    .where(and(inArray(meetings.pairId, [...pairIds]), eq(meetings.status, 'scheduled')))
    .groupBy(meetings.pairId);
  for (const r of rows)
    out.set(r.pairId, {
      held: (r.held ?? []).map((ms) => new Date(Number(ms))),
      nextAt: r.nextAt === null ? null : new Date(Number(r.nextAt)),
    });
  return out;
}

/** Cancels the given meetings (a higher SEQUENCE each, so calendars replace them), oldest first. */
export async function markCancelled(tx: Tx, targets: readonly MeetingRow[], now: Date): Promise<MeetingRow[]> {
  const cancelled: MeetingRow[] = [];
  for (const t of targets) {
    const [row] = await tx
      .update(meetings)
      .set({ status: 'cancelled', sequence: t.sequence + 1, updatedAt: now })
      .where(and(eq(meetings.id, t.id), eq(meetings.status, 'scheduled')))
      .returning();
    if (row) cancelled.push(row);
  }
  return cancelled.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
