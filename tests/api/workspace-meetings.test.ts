import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { events, parseIcs, prop, value } from '../support/ics-parse.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// Meetings: a series following the cadence, invitations with stable UIDs (REQUEST, then a
// higher SEQUENCE to move, CANCEL to remove), the log, cadence health, and the program
// manager's view of it — metadata only.
let ctx: TestContext;
let world: World;
let other: World;
let programId: string;
let pairId: string;
let otherPairId: string;
const PLACE = 'canary-place-5c1d, 3rd floor';
const DAY = 86_400_000;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'meet');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
  ({ pairId: otherPairId } = await activePair(ctx, world, 'j2', 's2'));
  other = await buildWorld(ctx, 'meet-other');
});
afterAll(() => ctx.close());

const url = (rest = '') => `/api/me/pairs/${pairId}/meetings${rest}`;
type EmailRow = {
  to: string;
  subject: string;
  text: string;
  calendar: { method: string; filename: string; content: string } | null;
};
const emailsSince = async (mark: Date): Promise<EmailRow[]> =>
  (
    await ctx.db.system((tx) =>
      tx.execute<EmailRow>(
        sql`SELECT "to", subject, text, calendar FROM emails WHERE created_at >= ${mark.toISOString()}::timestamptz AND calendar IS NOT NULL ORDER BY "to"`,
      ),
    )
  ).rows;
// Notifications carry the (fixed) test clock's time: compare by id instead.
const notificationsOf = async (kind: string) =>
  (
    await ctx.db.system((tx) =>
      tx.execute<{ id: string; person_id: string; body: string }>(
        sql`SELECT id, person_id, body FROM notifications WHERE kind = ${kind} ORDER BY person_id`,
      ),
    )
  ).rows;
const daysAgo = (days: number) => new Date(ctx.clock.now.getTime() - days * DAY).toISOString();
const mark = async () => {
  // Rows are stamped by the database clock or the test clock (the same real time); a small step keeps "since" strict.
  await new Promise((r) => setTimeout(r, 5));
  return new Date();
};

let series: Array<{ id: string; uid: string; sequence: number; startsAt: string; seriesId: string }>;

describe('scheduling a series', () => {
  it('makes one meeting per cadence, invites both members in their own zone with every event', async () => {
    const since = await mark();
    const before = new Set((await notificationsOf('meeting_scheduled')).map((n: { id: string }) => n.id));
    const res = await ok(
      await world.clients.j1.request({
        method: 'POST',
        url: url(),
        payload: { startsAtLocal: '2027-03-16T10:00', timeZone: 'Europe/London', minutes: 45, place: PLACE, count: 4 },
      }),
      201,
    );
    series = res.meetings;
    expect(series).toHaveLength(4);
    // Every 14 days (the program's cadence) at 10:00 London time: UTC moves after 28 March.
    expect(series.map((m) => m.startsAt)).toEqual([
      '2027-03-16T10:00:00.000Z',
      '2027-03-30T09:00:00.000Z',
      '2027-04-13T09:00:00.000Z',
      '2027-04-27T09:00:00.000Z',
    ]);
    expect(new Set(series.map((m) => m.seriesId)).size).toBe(1);
    expect(new Set(series.map((m) => m.uid)).size).toBe(4);
    const rows = (
      await ctx.db.system((tx) =>
        tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM meetings WHERE pair_id = ${pairId}`),
      )
    ).rows[0];
    expect(rows?.n).toBe(4);

    const notes = (await notificationsOf('meeting_scheduled')).filter((n: { id: string }) => !before.has(n.id));
    expect(notes).toHaveLength(2);
    const body = (who: 'j1' | 's1') =>
      notes.find((n: { person_id: string }) => n.person_id === world.personIds[who])?.body;
    expect(body('j1')).toContain('Tue 16 Mar 2027, 10:00 (Europe/London)');
    expect(body('s1')).toContain('Tue 16 Mar 2027, 11:00 (Europe/Paris)');

    const mails = await emailsSince(since);
    expect(mails.map((m) => m.to)).toEqual(['j1@meet.test', 's1@meet.test']);
    for (const mail of mails) {
      expect(mail.calendar?.method).toBe('REQUEST');
      expect(mail.text).not.toContain(PLACE);
      const cal = parseIcs(mail.calendar!.content);
      expect(value(cal, 'METHOD')).toBe('REQUEST');
      expect(events(cal).map((e) => value(e, 'UID'))).toEqual(series.map((m) => m.uid));
      expect(events(cal).every((e) => value(e, 'SEQUENCE') === '0')).toBe(true);
      const zone = mail.to.startsWith('j1') ? 'Europe/London' : 'Europe/Paris';
      expect(prop(events(cal)[0]!, 'DTSTART')?.params.TZID).toBe(zone);
    }
    // A reminder a day before each meeting.
    const reminders = (
      await ctx.db.system((tx) =>
        tx.execute<{ run_at: Date; payload: { meetingId: string } }>(
          sql`SELECT run_at, payload FROM jobs WHERE kind = 'meeting-reminder' AND payload->>'meetingId' = ${series[0]!.id}`,
        ),
      )
    ).rows;
    expect(reminders.map((r: { run_at: Date }) => new Date(r.run_at).toISOString())).toEqual([
      '2027-03-15T10:00:00.000Z',
    ]);
  });

  it('lists the meetings with the health, the agreed defaults and the catalogue', async () => {
    const view = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    expect(view.meetings).toHaveLength(4);
    expect(view.meetings[0]).toMatchObject({
      place: PLACE,
      status: 'scheduled',
      createdByMe: false,
      log: null,
      canChange: true,
      canLog: false,
    });
    expect(view.health).toMatchObject({
      status: 'new',
      held: 0,
      promised: 0,
      cadenceDays: 14,
      nextAt: '2027-03-16T10:00:00.000Z',
    });
    expect(view.defaults).toEqual({ cadenceDays: 14, minutes: 45, timeZone: 'Europe/Paris' });
    expect(view.topics.map((t: { key: string }) => t.key).sort()).toEqual([
      'career-planning',
      'generative-ai-tools',
      'linkedin-presence',
    ]);
  });

  it('exports the upcoming meetings, or one, as a calendar file', async () => {
    const all = await world.clients.j1.request({ method: 'GET', url: url('.ics') });
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(all.headers['content-disposition']).toMatch(/^attachment; filename="[\w.-]+\.ics"$/);
    expect(all.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(events(parseIcs(all.body)).map((e) => value(e, 'UID'))).toEqual(series.map((m) => m.uid));
    const one = await world.clients.s1.request({ method: 'GET', url: url(`/${series[1]!.id}/ics`) });
    expect(one.statusCode).toBe(200);
    const cal = parseIcs(one.body);
    expect(events(cal).map((e) => value(e, 'UID'))).toEqual([series[1]!.uid]);
    expect(prop(events(cal)[0]!, 'DTSTART')).toMatchObject({
      params: { TZID: 'Europe/Paris' },
      value: '20270330T110000',
    });
  });

  it('refuses a meeting in the past, after the program or too long, naming the field', async () => {
    const post = (payload: Record<string, unknown>) =>
      world.clients.j1.request({
        method: 'POST',
        url: url(),
        payload: {
          startsAtLocal: '2027-03-16T10:00',
          timeZone: 'Europe/London',
          minutes: 45,
          place: '',
          count: 1,
          ...payload,
        },
      });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startsAtLocal: '2026-01-05T10:00' }, 'startsAtLocal'],
      [{ startsAtLocal: '2027-12-20T10:00', count: 3 }, 'count'],
      [{ minutes: 500 }, 'minutes'],
      [{ timeZone: 'Nowhere/Land' }, 'timeZone'],
      [{ count: 27 }, 'count'],
      [{ place: 'x'.repeat(501) }, 'place'],
    ];
    for (const [payload, field] of cases) {
      const res = await post(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
  });
});

describe('changing a meeting', () => {
  it('reschedules with the same UID, SEQUENCE + 1 and METHOD:REQUEST', async () => {
    const since = await mark();
    const moved = await ok(
      await world.clients.s1.request({
        method: 'PATCH',
        url: url(`/${series[1]!.id}`),
        payload: { startsAtLocal: '2027-03-31T15:00', timeZone: 'Europe/Paris' },
      }),
    );
    expect(moved).toMatchObject({
      id: series[1]!.id,
      uid: series[1]!.uid,
      sequence: 1,
      startsAt: '2027-03-31T13:00:00.000Z',
      timeZone: 'Europe/Paris',
      place: PLACE,
    });
    const mails = await emailsSince(since);
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      const cal = parseIcs(mail.calendar!.content);
      expect(value(cal, 'METHOD')).toBe('REQUEST');
      expect(events(cal).map((e) => [value(e, 'UID'), value(e, 'SEQUENCE')])).toEqual([[series[1]!.uid, '1']]);
    }
    expect(mails.find((m) => m.to.startsWith('j1'))?.subject).toContain('Wed 31 Mar 2027, 14:00 (Europe/London)');
    const reminder = (
      await ctx.db.system((tx) =>
        tx.execute<{ dedupe_key: string }>(
          sql`SELECT dedupe_key FROM jobs WHERE kind = 'meeting-reminder' AND payload->>'meetingId' = ${series[1]!.id} ORDER BY dedupe_key`,
        ),
      )
    ).rows;
    expect(reminder.map((r: { dedupe_key: string }) => r.dedupe_key)).toEqual([
      `meeting-reminder:${series[1]!.id}:0`,
      `meeting-reminder:${series[1]!.id}:1`,
    ]);
  });

  it('cancels this and the following meetings with METHOD:CANCEL and the same UIDs', async () => {
    const since = await mark();
    const res = await ok(
      await world.clients.j1.request({
        method: 'POST',
        url: url(`/${series[2]!.id}/cancel`),
        payload: { scope: 'following' },
      }),
    );
    expect(
      res.meetings.map((m: { id: string; status: string; sequence: number }) => [m.id, m.status, m.sequence]),
    ).toEqual([
      [series[2]!.id, 'cancelled', 1],
      [series[3]!.id, 'cancelled', 1],
    ]);
    const mails = await emailsSince(since);
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.calendar?.method).toBe('CANCEL');
      const cal = parseIcs(mail.calendar!.content);
      expect(value(cal, 'METHOD')).toBe('CANCEL');
      expect(events(cal).map((e) => [value(e, 'UID'), value(e, 'SEQUENCE'), value(e, 'STATUS')])).toEqual([
        [series[2]!.uid, '1', 'CANCELLED'],
        [series[3]!.uid, '1', 'CANCELLED'],
      ]);
    }
    // The rescheduled one (not in "following") stays; a cancelled one cannot change again.
    const view = await ok(await world.clients.j1.request({ method: 'GET', url: url() }));
    expect(view.meetings.map((m: { status: string }) => m.status)).toEqual([
      'scheduled',
      'scheduled',
      'cancelled',
      'cancelled',
    ]);
    expect(
      (
        await world.clients.j1.request({
          method: 'POST',
          url: url(`/${series[3]!.id}/cancel`),
          payload: { scope: 'one' },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await world.clients.j1.request({ method: 'PATCH', url: url(`/${series[3]!.id}`), payload: { minutes: 30 } }))
        .statusCode,
    ).toBe(409);
    // The .ics of a cancelled meeting is its cancellation; the upcoming export leaves it out.
    expect(
      value(
        parseIcs((await world.clients.j1.request({ method: 'GET', url: url(`/${series[3]!.id}/ics`) })).body),
        'METHOD',
      ),
    ).toBe('CANCEL');
    expect(events(parseIcs((await world.clients.j1.request({ method: 'GET', url: url('.ics') })).body))).toHaveLength(
      2,
    );
  });
});

describe('the log and cadence health', () => {
  it('flags a pair at risk after twice its cadence without a held meeting; the program manager sees metadata only', async () => {
    await ctx.db.system((tx) =>
      tx.execute(sql`UPDATE pairs SET activated_at = ${daysAgo(40)}::timestamptz WHERE id = ${pairId}`),
    );
    const view = await ok(await world.clients.j1.request({ method: 'GET', url: url() }));
    expect(view.health).toMatchObject({ status: 'at_risk', held: 0, promised: 2 });
    const pm = world.clients.pmp;
    const list = await pm.request({ method: 'GET', url: `/api/programs/${programId}/pairs` });
    const item = list.json().items.find((p: { id: string }) => p.id === pairId);
    expect(item.health).toEqual({ status: 'at_risk', held: 0, promised: 2, lastHeldAt: null, cadenceDays: 14 });
    expect(list.body).not.toContain('canary-place');
    const flagged = await ok(
      await pm.request({ method: 'GET', url: `/api/programs/${programId}/pairs?health=at_risk` }),
    );
    expect(flagged.items.map((p: { id: string }) => p.id)).toEqual([pairId]);
    expect(flagged.total).toBe(1);
  });

  it('logs a past meeting (either member, again), then the pair is no longer at risk', async () => {
    const first = series[0]!;
    const early = await world.clients.j1.request({
      method: 'POST',
      url: url(`/${first.id}/log`),
      payload: { outcome: 'held', heldMinutes: 50, topics: [], drivenBy: 'learner' },
    });
    expect(early.statusCode).toBe(409);
    await ctx.db.system((tx) =>
      tx.execute(sql`UPDATE meetings SET starts_at = ${daysAgo(2)}::timestamptz WHERE id = ${first.id}`),
    );
    const unknown = await world.clients.j1.request({
      method: 'POST',
      url: url(`/${first.id}/log`),
      payload: { outcome: 'held', heldMinutes: 50, topics: ['astrology'], drivenBy: 'learner' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe('topics');
    const logged = await ok(
      await world.clients.j1.request({ method: 'POST', url: url(`/${first.id}/log`), payload: { outcome: 'missed' } }),
    );
    expect(logged.log).toMatchObject({ outcome: 'missed', heldMinutes: null, drivenBy: null, loggedByMe: true });
    const relogged = await ok(
      await world.clients.s1.request({
        method: 'POST',
        url: url(`/${first.id}/log`),
        payload: { outcome: 'held', heldMinutes: 50, topics: ['generative-ai-tools'], drivenBy: 'learner' },
      }),
    );
    expect(relogged.log).toMatchObject({
      outcome: 'held',
      heldMinutes: 50,
      topics: ['generative-ai-tools'],
      drivenBy: 'learner',
      loggedByMe: true,
    });
    const view = await ok(await world.clients.j1.request({ method: 'GET', url: url() }));
    expect(view.meetings[0].log.loggedByMe).toBe(false);
    expect(view.health).toMatchObject({ status: 'behind', held: 1, promised: 2, daysSinceLast: 2 });
    // The next quiet-pair check: twice the cadence after this meeting.
    const checks = (
      await ctx.db.system((tx) =>
        tx.execute<{ run_at: Date }>(
          sql`SELECT run_at FROM jobs WHERE kind = 'cadence-check' AND payload->>'pairId' = ${pairId}`,
        ),
      )
    ).rows;
    const startsAt = new Date(view.meetings[0].startsAt).getTime();
    expect(checks.map((c: { run_at: Date }) => new Date(c.run_at).getTime())).toContain(startsAt + 28 * DAY);

    const pm = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pairs` }));
    const item = pm.items.find((p: { id: string }) => p.id === pairId);
    expect(item.health).toMatchObject({ status: 'behind', held: 1, lastHeldAt: view.meetings[0].startsAt });
    expect(JSON.stringify(pm)).not.toMatch(/canary-place|generative-ai-tools|learner/);
    expect(
      (
        await ok(
          await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pairs?health=at_risk` }),
        )
      ).total,
    ).toBe(0);
  });
});

describe('outsiders', () => {
  it('get "not found" on every meetings route: program manager, admin, another pair, another org', async () => {
    const id = series[0]!.id;
    const routes = [
      { method: 'GET', url: url() },
      {
        method: 'POST',
        url: url(),
        payload: { startsAtLocal: '2027-05-04T10:00', timeZone: 'UTC', minutes: 30, place: '', count: 1 },
      },
      { method: 'GET', url: url('.ics') },
      { method: 'PATCH', url: url(`/${id}`), payload: { minutes: 30 } },
      { method: 'POST', url: url(`/${id}/cancel`), payload: { scope: 'one' } },
      { method: 'POST', url: url(`/${id}/log`), payload: { outcome: 'missed' } },
      { method: 'GET', url: url(`/${id}/ics`) },
    ] as const;
    const outsiders = [
      world.clients.pmp,
      world.clients.mgr,
      world.clients.j2,
      world.clients.s2,
      other.clients.j1,
      other.clients.pmp,
    ];
    for (const route of routes) {
      for (const client of outsiders) {
        const res = await client.request(route);
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
        expect(res.body).not.toContain('canary-place');
      }
      // The admin's login is not a person in the directory.
      expect([403, 404]).toContain((await world.clients.admin.request(route)).statusCode);
    }
    // A member of another pair cannot reach this pair's meeting through their own pair.
    const own = `/api/me/pairs/${otherPairId}/meetings/${id}`;
    expect((await world.clients.j2.request({ method: 'GET', url: `${own}/ics` })).statusCode).toBe(404);
    expect(
      (await world.clients.j2.request({ method: 'POST', url: `${own}/log`, payload: { outcome: 'missed' } }))
        .statusCode,
    ).toBe(404);
    const unchanged = (
      await ctx.db.system((tx) =>
        tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM meetings WHERE pair_id = ${pairId}`),
      )
    ).rows[0];
    expect(unchanged?.n).toBe(4);
  });
});

describe('recording a meeting that already happened', () => {
  let past: World;
  let pastProgramId: string;
  let pastPairId: string;
  const pastUrl = () => `/api/me/pairs/${pastPairId}/meetings/past`;
  // A wall-clock time in UTC some days ago.
  const utcDaysAgo = (days: number) => daysAgo(days).slice(0, 16);
  const body = (over: Record<string, unknown> = {}) => ({
    startsAtLocal: utcDaysAgo(3),
    timeZone: 'UTC',
    minutes: 45,
    place: 'canary-place-past',
    log: { outcome: 'held', heldMinutes: 40, topics: ['career-planning'], drivenBy: 'shared' },
    ...over,
  });
  const record = (over: Record<string, unknown> = {}, client = past.clients.j1) =>
    client.request({ method: 'POST', url: pastUrl(), payload: body(over) });
  const meetingCount = async () =>
    (
      await ctx.db.system((tx) =>
        tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM meetings WHERE pair_id = ${pastPairId}`),
      )
    ).rows[0]?.n;

  beforeAll(async () => {
    past = await buildWorld(ctx, 'meet-past');
    ({ programId: pastProgramId, pairId: pastPairId } = await activePair(ctx, past, 'j1', 's1'));
    // The program started last month; the pair has been active for 20 days (more than one cadence).
    await ctx.db.system(async (tx) => {
      await tx.execute(sql`UPDATE programs SET start_date = '2026-01-01' WHERE id = ${pastProgramId}`);
      await tx.execute(sql`UPDATE pairs SET activated_at = ${daysAgo(20)}::timestamptz WHERE id = ${pastPairId}`);
    });
  });

  it('creates a held, logged meeting that counts in the health, with no invitation or reminder', async () => {
    const before = await ok(
      await past.clients.s1.request({ method: 'GET', url: `/api/me/pairs/${pastPairId}/meetings` }),
    );
    expect(before.health).toMatchObject({ status: 'behind', held: 0, promised: 1 });
    const since = await mark();
    const created = await ok(await record(), 201);
    const startsAt = `${utcDaysAgo(3)}:00.000Z`;
    expect(created).toMatchObject({
      seriesId: null,
      sequence: 0,
      startsAt,
      minutes: 45,
      timeZone: 'UTC',
      place: 'canary-place-past',
      status: 'scheduled',
      createdByMe: true,
      started: true,
      canChange: false,
      canLog: true,
      log: { outcome: 'held', heldMinutes: 40, topics: ['career-planning'], drivenBy: 'shared', loggedByMe: true },
    });
    expect(created.uid).toMatch(/@tandem$/);

    const view = await ok(
      await past.clients.s1.request({ method: 'GET', url: `/api/me/pairs/${pastPairId}/meetings` }),
    );
    expect(view.meetings).toHaveLength(1);
    expect(view.meetings[0]).toMatchObject({ id: created.id, createdByMe: false, log: { loggedByMe: false } });
    expect(view.health).toMatchObject({
      status: 'on_track',
      held: 1,
      promised: 1,
      lastHeldAt: startsAt,
      daysSinceLast: 3,
    });
    const pm = await ok(await past.clients.pmp.request({ method: 'GET', url: `/api/programs/${pastProgramId}/pairs` }));
    expect(pm.items.find((p: { id: string }) => p.id === pastPairId).health).toMatchObject({
      status: 'on_track',
      held: 1,
      lastHeldAt: startsAt,
    });

    // Nothing for a calendar: no email, no notification, no reminder job.
    const mails = await ctx.db.system((tx) =>
      tx.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM emails WHERE created_at >= ${since.toISOString()}::timestamptz AND "to" LIKE '%@meet-past.test'`,
      ),
    );
    expect(mails.rows[0]?.n).toBe(0);
    const jobsOf = await ctx.db.system((tx) =>
      tx.execute<{ kind: string; run_at: Date }>(
        sql`SELECT kind, run_at FROM jobs WHERE payload->>'meetingId' = ${created.id} OR (kind = 'cadence-check' AND payload->>'pairId' = ${pastPairId})`,
      ),
    );
    expect(jobsOf.rows.some((j: { kind: string }) => j.kind === 'meeting-reminder')).toBe(false);
    // The quiet-pair check moves to twice the cadence after this meeting, as after any log.
    expect(jobsOf.rows.map((j: { run_at: Date }) => new Date(j.run_at).getTime())).toContain(
      new Date(startsAt).getTime() + 28 * DAY,
    );
    // It is a meeting like any other: either member may change its log.
    await ok(
      await past.clients.s1.request({
        method: 'POST',
        url: `/api/me/pairs/${pastPairId}/meetings/${created.id}/log`,
        payload: { outcome: 'held', heldMinutes: 50, topics: [], drivenBy: 'learner' },
      }),
    );
  });

  it('refuses a start in the future or before the pair became active, naming startsAtLocal', async () => {
    const count = await meetingCount();
    const future = new Date(ctx.clock.now.getTime() + 2 * DAY).toISOString().slice(0, 16);
    for (const startsAtLocal of [future, utcDaysAgo(21)]) {
      const res = await record({ startsAtLocal });
      expect(res.statusCode, startsAtLocal).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['startsAtLocal']);
    }
    expect((await record({ startsAtLocal: future })).json().error.fields[0].message).toMatch(/in the past/);
    expect((await record({ startsAtLocal: utcDaysAgo(21) })).json().error.fields[0].message).toMatch(
      /on or after the day your pair started/,
    );
    expect(await meetingCount()).toBe(count);
  });

  it('checks the log as any log, and only a held meeting is recorded', async () => {
    const count = await meetingCount();
    const bad = await record({ log: { outcome: 'held', heldMinutes: 40, topics: ['astrology'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['log.topics', 'log.drivenBy']);
    const missed = await record({ log: { outcome: 'missed' } });
    expect(missed.statusCode).toBe(400);
    expect(missed.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['log.outcome']);
    const shape = await record({ log: { outcome: 'held', extra: 1 } });
    expect(shape.statusCode).toBe(400);
    expect(await meetingCount()).toBe(count);
  });

  it('is "not found" to outsiders, and refused once the pair has ended', async () => {
    const count = await meetingCount();
    for (const client of [past.clients.pmp, past.clients.mgr, past.clients.j2, past.clients.s2, other.clients.j1]) {
      const res = await record({}, client);
      expect(res.statusCode).toBe(404);
    }
    expect([403, 404]).toContain((await record({}, past.clients.admin)).statusCode);
    expect(await meetingCount()).toBe(count);
    await ctx.db.system((tx) =>
      tx.execute(sql`UPDATE pairs SET status = 'ended', ended_at = now() WHERE id = ${pastPairId}`),
    );
    expect((await record()).statusCode).toBe(409);
    expect(await meetingCount()).toBe(count);
  });
});

describe('when a pair ends', () => {
  it('cancels its meetings still ahead in both calendars (same UIDs, SEQUENCE + 1, METHOD:CANCEL)', async () => {
    const { pairId: endingPairId } = await activePair(ctx, world, 'orphan', 'ceo');
    const path = `/api/me/pairs/${endingPairId}/meetings`;
    const created = await ok(
      await world.clients.orphan.request({
        method: 'POST',
        url: path,
        payload: { startsAtLocal: '2027-05-04T09:00', timeZone: 'UTC', minutes: 30, place: '', count: 3 },
      }),
      201,
    );
    const scheduled = created.meetings as Array<{ uid: string; sequence: number }>;
    const since = await mark();
    await ok(
      await world.clients.ceo.request({ method: 'POST', url: `/api/me/matches/${endingPairId}/end`, payload: { reason: 'moving on' } }),
      204,
    );
    const rows = (
      await ctx.db.system((tx) =>
        tx.execute<{ uid: string; status: string; sequence: number }>(sql`SELECT uid, status, sequence FROM meetings WHERE pair_id = ${endingPairId}`),
      )
    ).rows;
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const before = scheduled.find((m) => m.uid === row.uid);
      expect(row.status).toBe('cancelled');
      expect(row.sequence).toBe((before?.sequence ?? -9) + 1);
    }
    const sent = await emailsSince(since);
    expect(sent.map((e) => e.to).sort()).toEqual(['ceo@meet.test', 'orphan@meet.test']);
    for (const email of sent) {
      expect(email.calendar?.method).toBe('CANCEL');
      const cal = parseIcs(email.calendar?.content ?? '');
      expect(value(cal, 'METHOD')).toBe('CANCEL');
      expect(events(cal).map((e) => value(e, 'UID')).sort()).toEqual(scheduled.map((m) => m.uid).sort());
    }
  });
});
