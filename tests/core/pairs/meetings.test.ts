import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, wallClock } from '../../../src/core/pairs/meeting-time.js';
import {
  cadenceHealth,
  changeRefusal,
  checkMeetingLog,
  checkPastMeeting,
  HEALTH_ORDER,
  logRefusal,
  nudgeDue,
  planMeetings,
  quietCheckAt,
  seriesStarts,
  type MeetingPlanInput,
  type PastMeetingInput,
} from '../../../src/core/pairs/meetings.js';

const DAY = 86_400_000;
const now = new Date('2027-02-01T12:00:00Z');
const ctx = { now, cadenceDays: 14, programStart: '2027-01-01', programEnd: '2027-12-31' };
const plan = (over: Partial<MeetingPlanInput> = {}): MeetingPlanInput => ({
  startsAtLocal: '2027-03-02T10:00',
  timeZone: 'Europe/London',
  minutes: 45,
  place: 'Video call',
  count: 1,
  ...over,
});
const fieldsOf = (p: ReturnType<typeof planMeetings>) => (p.ok ? [] : p.problems.map((x) => x.path));
// Zones whose clocks change between 01:00 and 03:00 local time (or never).
const DST_ZONES = [
  'Europe/London',
  'Europe/Paris',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'UTC',
];

describe('a series of meetings', () => {
  it('keeps the local time across a daylight-saving change (the UTC time moves instead)', () => {
    const starts = seriesStarts({ startsAtLocal: '2027-03-16T10:00', timeZone: 'Europe/London' }, 7, 3);
    expect(starts.map((d) => d.toISOString())).toEqual([
      '2027-03-16T10:00:00.000Z',
      '2027-03-23T10:00:00.000Z',
      '2027-03-30T09:00:00.000Z',
    ]);
    const ny = seriesStarts({ startsAtLocal: '2027-10-25T18:30', timeZone: 'America/New_York' }, 14, 2);
    expect(ny.map((d) => formatLocalDateTime(d, 'America/New_York'))).toEqual(['2027-10-25T18:30', '2027-11-08T18:30']);
    expect(ny[1]!.getTime() - ny[0]!.getTime()).toBe(14 * DAY + 3_600_000);
  });

  it('property: every occurrence has the same local time, cadence days apart on the calendar', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DST_ZONES),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2034-01-01'), noInvalidDate: true }),
        fc.integer({ min: 4, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 26 }),
        (zone, day, hour, minute, cadence, count) => {
          const local = `${day.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const starts = seriesStarts({ startsAtLocal: local, timeZone: zone }, cadence, count);
          expect(starts).toHaveLength(count);
          const first = Date.parse(`${local.slice(0, 10)}T00:00:00Z`);
          starts.forEach((s, i) => {
            const w = wallClock(s, zone);
            expect([w.hour, w.minute]).toEqual([hour, minute]);
            expect(Date.UTC(w.year, w.month - 1, w.day)).toBe(first + i * cadence * DAY);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('plans one meeting or a series inside the program, in the future', () => {
    const ok = planMeetings(plan({ count: 4, place: '  Café  ' }), ctx);
    expect(ok).toMatchObject({ ok: true, timeZone: 'Europe/London', minutes: 45, place: 'Café' });
    expect(ok.ok && ok.starts.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2027-03-02',
      '2027-03-16',
      '2027-03-30',
      '2027-04-13',
    ]);
    expect(planMeetings(plan({ timeZone: 'europe/paris' }), ctx)).toMatchObject({ ok: true, timeZone: 'Europe/Paris' });
  });

  it('names the field of each problem', () => {
    expect(fieldsOf(planMeetings(plan({ startsAtLocal: '2027-01-15T10:00' }), ctx))).toEqual(['startsAtLocal']); // in the past
    expect(fieldsOf(planMeetings(plan({ startsAtLocal: '2027-02-30T10:00' }), ctx))).toEqual(['startsAtLocal']);
    expect(fieldsOf(planMeetings(plan({ timeZone: 'Mars/Olympus' }), ctx))).toEqual(['timeZone']);
    expect(fieldsOf(planMeetings(plan({ minutes: 9 }), ctx))).toEqual(['minutes']);
    expect(fieldsOf(planMeetings(plan({ minutes: 481 }), ctx))).toEqual(['minutes']);
    expect(fieldsOf(planMeetings(plan({ minutes: 480, place: 'x'.repeat(500) }), ctx))).toEqual([]);
    expect(fieldsOf(planMeetings(plan({ place: 'x'.repeat(501) }), ctx))).toEqual(['place']);
    expect(fieldsOf(planMeetings(plan({ count: 0 }), ctx))).toEqual(['count']);
    expect(fieldsOf(planMeetings(plan({ count: 27 }), ctx))).toEqual(['count']);
    expect(fieldsOf(planMeetings(plan({ startsAtLocal: '2028-01-04T10:00' }), ctx))).toEqual(['startsAtLocal']); // after the end
    expect(fieldsOf(planMeetings(plan({ startsAtLocal: '2027-12-01T10:00', count: 4 }), ctx))).toEqual(['count']); // the last one after the end
    expect(
      fieldsOf(
        planMeetings(plan({ startsAtLocal: '2027-03-02T10:00' }), {
          ...ctx,
          now: new Date('2026-12-01'),
          programStart: '2027-04-01',
        }),
      ),
    ).toEqual(['startsAtLocal']);
  });

  it('judges the program end in the meeting’s own zone', () => {
    // 31 Dec 23:30 in Los Angeles is already 1 January in UTC.
    expect(planMeetings(plan({ startsAtLocal: '2027-12-31T23:30', timeZone: 'America/Los_Angeles' }), ctx).ok).toBe(
      true,
    );
    expect(planMeetings(plan({ startsAtLocal: '2028-01-01T00:30', timeZone: 'Asia/Tokyo' }), ctx).ok).toBe(false);
  });
});

describe('what may change when', () => {
  const ahead = { status: 'scheduled' as const, startsAt: new Date(now.getTime() + DAY) };
  const past = { status: 'scheduled' as const, startsAt: new Date(now.getTime() - DAY) };
  it('reschedules or cancels only scheduled meetings still ahead', () => {
    expect(changeRefusal(ahead, now)).toBeNull();
    expect(changeRefusal(past, now)).toMatch(/already started/);
    expect(changeRefusal({ ...ahead, status: 'cancelled' }, now)).toMatch(/cancelled/);
    expect(changeRefusal({ ...ahead, startsAt: now }, now)).toMatch(/already started/);
  });
  it('logs only meetings that have started and are not cancelled', () => {
    expect(logRefusal(past, now)).toBeNull();
    expect(logRefusal({ ...past, startsAt: now }, now)).toBeNull();
    expect(logRefusal(ahead, now)).toMatch(/once it has started/);
    expect(logRefusal({ ...past, status: 'cancelled' }, now)).toMatch(/cancelled/);
  });
});

describe('the log of a meeting', () => {
  const catalogue = new Set(['generative-ai-tools', 'career-planning']);
  it('needs a duration and who drove for a held meeting; topics come from the catalogue', () => {
    expect(
      checkMeetingLog(
        { outcome: 'held', heldMinutes: 50, topics: ['career-planning', 'career-planning'], drivenBy: 'learner' },
        catalogue,
      ),
    ).toEqual({
      ok: true,
      log: { outcome: 'held', heldMinutes: 50, topics: ['career-planning'], drivenBy: 'learner' },
    });
    const bad = checkMeetingLog({ outcome: 'held', heldMinutes: 0, topics: ['astrology'] }, catalogue);
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['heldMinutes', 'topics', 'drivenBy']);
    expect(bad.ok ? '' : bad.problems[1]!.message).toContain('astrology');
  });
  it('keeps nothing but the outcome of a missed meeting', () => {
    expect(
      checkMeetingLog({ outcome: 'missed', heldMinutes: 30, topics: ['x'], drivenBy: 'helper' }, catalogue),
    ).toEqual({ ok: true, log: { outcome: 'missed', heldMinutes: null, topics: [], drivenBy: null } });
  });
});

describe('a meeting recorded afterwards', () => {
  // Now is 1 Feb 2027 12:00 UTC; the pair became active on 10 Jan at 09:30 UTC.
  const activeSince = new Date('2027-01-10T09:30:00Z');
  const pastCtx = {
    now,
    activeSince,
    programStart: '2027-01-01',
    programEnd: '2027-12-31',
    catalogue: new Set(['generative-ai-tools', 'career-planning']),
  };
  const held = { outcome: 'held' as const, heldMinutes: 40, topics: ['career-planning'], drivenBy: 'shared' as const };
  const past = (over: Partial<PastMeetingInput> = {}): PastMeetingInput => ({
    startsAtLocal: '2027-01-25T10:00',
    timeZone: 'Europe/Paris',
    minutes: 45,
    place: '  Café ',
    log: held,
    ...over,
  });
  const pathsOf = (r: ReturnType<typeof checkPastMeeting>) => (r.ok ? [] : r.problems.map((p) => p.path));

  it('takes a held meeting in the past with its log', () => {
    expect(checkPastMeeting(past(), pastCtx)).toEqual({
      ok: true,
      timeZone: 'Europe/Paris',
      startsAt: new Date('2027-01-25T09:00:00Z'),
      minutes: 45,
      place: 'Café',
      log: { outcome: 'held', heldMinutes: 40, topics: ['career-planning'], drivenBy: 'shared' },
    });
  });

  it('must have started before now', () => {
    expect(pathsOf(checkPastMeeting(past({ startsAtLocal: '2027-02-01T13:00' }), pastCtx))).toEqual(['startsAtLocal']); // 12:00 UTC: now
    expect(pathsOf(checkPastMeeting(past({ startsAtLocal: '2027-02-01T12:59' }), pastCtx))).toEqual([]);
    const future = checkPastMeeting(past({ startsAtLocal: '2027-03-01T10:00' }), pastCtx);
    expect(future.ok ? '' : future.problems[0]!.message).toMatch(/in the past/);
  });

  it('must not be before the day the pair became active, judged in the meeting’s zone', () => {
    // The pair became active on 10 Jan at 09:30 UTC: a meeting earlier that day counts (people
    // often meet before both have clicked accept); one on 9 Jan does not.
    expect(checkPastMeeting(past({ startsAtLocal: '2027-01-10T08:00' }), pastCtx).ok).toBe(true);
    const early = checkPastMeeting(past({ startsAtLocal: '2027-01-09T23:30' }), pastCtx);
    expect(pathsOf(early)).toEqual(['startsAtLocal']);
    expect(early.ok ? '' : early.problems[0]!.message).toContain('on or after the day your pair started (2027-01-10)');
    // The day is the zone's: 10 Jan 09:30 UTC is still 10 Jan in New York, and 9 Jan 23:00 there is before it.
    expect(checkPastMeeting(past({ startsAtLocal: '2027-01-09T23:00', timeZone: 'America/New_York' }), pastCtx).ok).toBe(false);
    expect(checkPastMeeting(past({ startsAtLocal: '2027-01-10T01:00', timeZone: 'America/New_York' }), pastCtx).ok).toBe(true);
  });

  it('must fall within the program, judged in its own zone', () => {
    const ctx2 = { ...pastCtx, activeSince: new Date('2026-12-01T00:00:00Z') };
    expect(pathsOf(checkPastMeeting(past({ startsAtLocal: '2026-12-31T23:30' }), ctx2))).toEqual(['startsAtLocal']);
    expect(checkPastMeeting(past({ startsAtLocal: '2027-01-01T00:30' }), ctx2).ok).toBe(true); // 31 Dec 23:30 UTC
    const ended = { ...ctx2, programEnd: '2027-01-20' };
    expect(pathsOf(checkPastMeeting(past({ startsAtLocal: '2027-01-21T09:00' }), ended))).toEqual(['startsAtLocal']);
  });

  it('checks the fields and the log as a scheduled meeting’s, naming log fields log.*', () => {
    expect(
      pathsOf(checkPastMeeting(past({ minutes: 9, timeZone: 'Mars/Olympus', place: 'x'.repeat(501) }), pastCtx)),
    ).toEqual(['timeZone', 'minutes', 'place']);
    expect(pathsOf(checkPastMeeting(past({ startsAtLocal: '2027-01-32T10:00' }), pastCtx))).toEqual(['startsAtLocal']);
    expect(
      pathsOf(checkPastMeeting(past({ log: { outcome: 'held', heldMinutes: 0, topics: ['astrology'] } }), pastCtx)),
    ).toEqual(['log.heldMinutes', 'log.topics', 'log.drivenBy']);
    expect(pathsOf(checkPastMeeting(past({ log: { outcome: 'missed' } }), pastCtx))).toEqual(['log.outcome']);
    expect(
      pathsOf(checkPastMeeting(past({ startsAtLocal: '2027-06-01T10:00', log: { outcome: 'held' } }), pastCtx)),
    ).toEqual(['startsAtLocal', 'log.heldMinutes', 'log.drivenBy']);
  });

  it('property: accepted exactly when it started on or after the activation day, before now, within the program', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60 * 24 * 60, max: 60 * 24 * 60 }), (offsetMinutes) => {
        const start = new Date(now.getTime() + offsetMinutes * 60_000);
        const local = start.toISOString().slice(0, 16);
        const r = checkPastMeeting(past({ startsAtLocal: local, timeZone: 'UTC' }), pastCtx);
        const expected =
          start.getTime() < now.getTime() &&
          local.slice(0, 10) >= activeSince.toISOString().slice(0, 10) &&
          local.slice(0, 10) >= pastCtx.programStart;
        expect(r.ok).toBe(expected);
        if (r.ok) expect(r.startsAt).toEqual(start);
      }),
    );
  });
});

describe('cadence health', () => {
  const since = new Date('2027-01-01T09:00:00Z');
  const at = (days: number) => new Date(since.getTime() + days * DAY);
  const health = (days: number, held: number[], future: number[] = []) =>
    cadenceHealth({
      cadenceDays: 14,
      activeSince: since,
      heldDates: held.map(at),
      scheduledFuture: future.map(at),
      now: at(days),
    });

  it('is new, on track, behind or at risk', () => {
    expect(health(5, [])).toMatchObject({ status: 'new', held: 0, promised: 0, lastHeldAt: null, daysSinceLast: null });
    expect(health(5, [3])).toMatchObject({ status: 'on_track', held: 1, promised: 0, daysSinceLast: 2 });
    expect(health(20, [], [25])).toMatchObject({ status: 'behind', promised: 1, nextAt: at(25) });
    expect(health(30, [10, 24])).toMatchObject({ status: 'on_track', held: 2, promised: 2, lastHeldAt: at(24) });
    expect(health(43, [10, 24])).toMatchObject({ status: 'behind', held: 2, promised: 3 });
    // Twice the cadence without a held meeting: since activation, or since the last one.
    expect(health(27, []).status).toBe('behind');
    expect(health(28, []).status).toBe('at_risk');
    expect(health(51, [24]).status).toBe('behind');
    expect(health(52, [24])).toMatchObject({ status: 'at_risk', daysSinceLast: 28 });
    expect(health(40, [], [35, 45]).nextAt).toEqual(at(45));
  });

  const scenario = fc.record({
    cadence: fc.integer({ min: 1, max: 60 }),
    days: fc.integer({ min: 0, max: 400 }),
    held: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }),
    extra: fc.integer({ min: 0, max: 400 }),
  });

  it('property: a held meeting never makes a pair look worse', () => {
    fc.assert(
      fc.property(scenario, ({ cadence, days, held, extra }) => {
        const judge = (list: number[]) =>
          cadenceHealth({
            cadenceDays: cadence,
            activeSince: since,
            heldDates: list.filter((d) => d <= days).map(at),
            scheduledFuture: [],
            now: at(days),
          });
        const before = judge(held);
        const after = judge([...held, Math.min(extra, days)]);
        expect(HEALTH_ORDER.indexOf(after.status)).toBeGreaterThanOrEqual(HEALTH_ORDER.indexOf(before.status));
        expect(after.held).toBe(before.held + 1);
        expect(after.promised).toBe(before.promised);
      }),
    );
  });

  it('property: at risk exactly when nothing was held in the last twice-the-cadence days', () => {
    fc.assert(
      fc.property(scenario, ({ cadence, days, held }) => {
        const list = held.filter((d) => d <= days);
        const h = cadenceHealth({
          cadenceDays: cadence,
          activeSince: since,
          heldDates: list.map(at),
          scheduledFuture: [],
          now: at(days),
        });
        const lastMet = Math.max(0, ...list);
        expect(h.status === 'at_risk').toBe(days - lastMet >= 2 * cadence);
        expect(h.promised).toBe(Math.floor(days / cadence));
      }),
    );
  });
});

describe('the quiet-pair nudge', () => {
  const since = new Date('2027-01-01T09:00:00Z');
  const at = (days: number) => new Date(since.getTime() + days * DAY);
  const input = (days: number, lastHeld: number | null, nudged: number | null) => ({
    cadenceDays: 14,
    activeSince: since,
    lastHeldAt: lastHeld === null ? null : at(lastHeld),
    nudgedAt: nudged === null ? null : at(nudged),
    now: at(days),
  });

  it('is due at twice the cadence after the last meeting (or the start), once per quiet spell', () => {
    expect(quietCheckAt(input(0, null, null))).toEqual(at(28));
    expect(quietCheckAt(input(0, 20, null))).toEqual(at(48));
    expect(nudgeDue(input(27, null, null))).toEqual({ due: false });
    expect(nudgeDue(input(28, null, null))).toEqual({ due: true, weeks: 4 });
    expect(nudgeDue(input(60, null, 28))).toEqual({ due: false }); // already nudged in this spell
    expect(nudgeDue(input(60, 40, 28))).toEqual({ due: false }); // they met on day 40: not quiet yet
    expect(nudgeDue(input(70, 40, 28))).toEqual({ due: true, weeks: 4 }); // a new spell since day 40
    expect(nudgeDue(input(90, 40, 70))).toEqual({ due: false });
  });

  it('property: never twice in one spell', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 300 })),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 300 }),
        (cadence, last, now, later) => {
          const base = {
            cadenceDays: cadence,
            activeSince: since,
            lastHeldAt: last === null ? null : at(last),
            now: at(now),
          };
          const first = nudgeDue({ ...base, nudgedAt: null });
          if (first.due) expect(nudgeDue({ ...base, nudgedAt: at(now), now: at(now + later) }).due).toBe(false);
        },
      ),
    );
  });
});
