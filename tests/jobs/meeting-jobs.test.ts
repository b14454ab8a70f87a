import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCadence } from '../../src/app/workspace/check-cadence.js';
import { remindMeeting } from '../../src/app/workspace/remind-meeting.js';
import type { Mailer } from '../../src/jobs/mailer.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// The meetings' jobs re-check what they act on: a reminder goes out once, for the current
// version of a scheduled meeting only; a quiet pair is nudged once per quiet spell.
let ctx: TestContext;
let world: World;
let pairId: string;
const DAY = 86_400_000;
const mailer: Mailer = { transport: 'outbox', send: async () => undefined };

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'mjobs');
  ({ pairId } = await activePair(ctx, world, 'j1', 's1'));
});
afterAll(() => ctx.close());

const count = async (query: ReturnType<typeof sql>) =>
  Number((await ctx.db.system((tx) => tx.execute<{ n: number }>(query))).rows[0]?.n);
const emailsWith = (subject: string) =>
  count(sql`SELECT count(*)::int AS n FROM emails WHERE subject LIKE ${`%${subject}%`}`);
const schedule = async (startsAtLocal: string) =>
  (
    await ok(
      await world.clients.j1.request({
        method: 'POST',
        url: `/api/me/pairs/${pairId}/meetings`,
        payload: { startsAtLocal, timeZone: 'Europe/London', minutes: 30, place: '', count: 1 },
      }),
      201,
    )
  ).meetings[0] as {
    id: string;
    sequence: number;
  };
const at = (days: number) => new Date(ctx.clock.now.getTime() + days * DAY);

const remindedSequence = async (meetingId: string) =>
  (
    await ctx.db.system((tx) =>
      tx.execute<{ s: number | null }>(sql`SELECT reminded_sequence AS s FROM meetings WHERE id = ${meetingId}`),
    )
  ).rows[0]?.s;
const remind = (meetingId: string, sequence: number) =>
  remindMeeting(ctx.deps, { orgId: world.orgId, meetingId, sequence });
const reminders = () => emailsWith('Reminder: meeting with');

describe('meeting reminders', () => {
  it('go out once a day before, through the job queue', async () => {
    const m = await schedule('2027-02-02T10:00');
    expect(await remindedSequence(m.id)).toBeNull();
    await ctx.db.system((tx) =>
      tx.execute(
        sql`UPDATE jobs SET run_at = now() - interval '1 minute' WHERE kind = 'meeting-reminder' AND payload->>'meetingId' = ${m.id}`,
      ),
    );
    while ((await runDueJobs({ ...ctx.deps, mailer })) > 0);
    expect(await reminders()).toBe(2);
    expect(await remindedSequence(m.id)).toBe(0);
    // The reminder job is the only job about this meeting: the once-marker is on the meeting row.
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM jobs WHERE payload->>'meetingId' = ${m.id} AND kind = 'meeting-reminder' AND status = 'done'`,
      ),
    ).toBe(1);
    expect(await count(sql`SELECT count(*)::int AS n FROM jobs WHERE payload->>'meetingId' = ${m.id}`)).toBe(1);
    // The job again (a crash after sending, before it was marked done): nothing more.
    expect(await remind(m.id, 0)).toBe(false);
    expect(await reminders()).toBe(2);
    const body = (
      await ctx.db.system((tx) =>
        tx.execute<{ body: string }>(
          sql`SELECT body FROM notifications WHERE kind = 'meeting_reminder' AND person_id = ${world.personIds.s1}`,
        ),
      )
    ).rows[0];
    expect(body?.body).toContain('Tue 2 Feb 2027, 11:00 (Europe/Paris)');
  });

  it('go out once when two runs of the job race', async () => {
    const m = await schedule('2027-02-04T10:00');
    const before = await reminders();
    const sent = await Promise.all([remind(m.id, 0), remind(m.id, 0)]);
    expect(sent.filter(Boolean)).toHaveLength(1);
    expect((await reminders()) - before).toBe(2);
  });

  it('stay silent for a cancelled meeting', async () => {
    const m = await schedule('2027-02-09T10:00');
    const before = await reminders();
    await ok(
      await world.clients.s1.request({
        method: 'POST',
        url: `/api/me/pairs/${pairId}/meetings/${m.id}/cancel`,
        payload: { scope: 'one' },
      }),
    );
    expect(await remind(m.id, 0)).toBe(false);
    expect(await remind(m.id, 1)).toBe(false);
    expect(await reminders()).toBe(before);
    expect(await remindedSequence(m.id)).toBeNull();
  });

  it('follow a reschedule: the old version’s reminder is silent, the new version gets its own', async () => {
    const m = await schedule('2027-02-16T10:00');
    const before = await reminders();
    // The first version was reminded of; then the meeting moves.
    expect(await remind(m.id, 0)).toBe(true);
    expect(await remindedSequence(m.id)).toBe(0);
    await ok(
      await world.clients.s1.request({
        method: 'PATCH',
        url: `/api/me/pairs/${pairId}/meetings/${m.id}`,
        payload: { startsAtLocal: '2027-02-17T10:00' },
      }),
    );
    expect(await remind(m.id, 0)).toBe(false);
    expect((await reminders()) - before).toBe(2);
    const run = await ctx.db.system((tx) =>
      tx.execute<{ run_at: Date }>(sql`SELECT run_at FROM jobs WHERE dedupe_key = ${`meeting-reminder:${m.id}:1`}`),
    );
    expect(new Date(run.rows[0]!.run_at).toISOString()).toBe('2027-02-16T10:00:00.000Z');
    expect(await remind(m.id, 1)).toBe(true);
    expect(await remind(m.id, 1)).toBe(false);
    expect(await remindedSequence(m.id)).toBe(1);
    expect((await reminders()) - before).toBe(4);
  });

  it('never go out for an old sequence, even one never reminded of', async () => {
    const m = await schedule('2027-02-18T10:00');
    for (const startsAtLocal of ['2027-02-19T10:00', '2027-02-20T10:00']) {
      await ok(
        await world.clients.j1.request({
          method: 'PATCH',
          url: `/api/me/pairs/${pairId}/meetings/${m.id}`,
          payload: { startsAtLocal },
        }),
      );
    }
    const before = await reminders();
    expect(await remind(m.id, 0)).toBe(false);
    expect(await remind(m.id, 1)).toBe(false);
    expect(await remindedSequence(m.id)).toBeNull();
    expect(await reminders()).toBe(before);
    expect(await remind(m.id, 2)).toBe(true);
  });

  it('never go out once the meeting has started', async () => {
    const m = await schedule('2027-02-23T10:00');
    const later = { ...ctx.deps, now: () => new Date('2027-02-23T10:00:00Z') };
    expect(await remindMeeting(later, { orgId: world.orgId, meetingId: m.id, sequence: 0 })).toBe(false);
    expect(await remindedSequence(m.id)).toBeNull();
  });
});

describe('the quiet-pair nudge', () => {
  it('is scheduled at activation for twice the program’s cadence', async () => {
    const [pair] = (
      await ctx.db.system((tx) =>
        tx.execute<{ activated_at: Date }>(sql`SELECT activated_at FROM pairs WHERE id = ${pairId}`),
      )
    ).rows;
    const runs = (
      await ctx.db.system((tx) =>
        tx.execute<{ run_at: Date }>(
          sql`SELECT run_at FROM jobs WHERE kind = 'cadence-check' AND payload->>'pairId' = ${pairId}`,
        ),
      )
    ).rows;
    expect(runs.map((r: { run_at: Date }) => new Date(r.run_at).getTime())).toEqual([
      new Date(pair!.activated_at).getTime() + 28 * DAY,
    ]);
  });

  it('goes out once per quiet spell, and again only after a meeting was held', async () => {
    // Active for 40 days, never met: quiet for more than twice the cadence (14 days).
    await ctx.db.system((tx) =>
      tx.execute(sql`UPDATE pairs SET activated_at = ${at(-40).toISOString()}::timestamptz WHERE id = ${pairId}`),
    );
    const twoDaysAgo = { ...ctx.deps, now: () => at(-2) };
    expect(await checkCadence(twoDaysAgo, { orgId: world.orgId, pairId })).toBe(true);
    expect(await checkCadence(twoDaysAgo, { orgId: world.orgId, pairId })).toBe(false);
    expect(await checkCadence(ctx.deps, { orgId: world.orgId, pairId })).toBe(false);
    expect(await emailsWith('It has been a while since you met')).toBe(2);
    const body = (
      await ctx.db.system((tx) =>
        tx.execute<{ body: string }>(
          sql`SELECT body FROM notifications WHERE kind = 'pair_quiet' AND person_id = ${world.personIds.j1}`,
        ),
      )
    ).rows[0];
    expect(body?.body).toContain('for 5 weeks');

    // They meet (yesterday) and log it: the spell is over, the next check is 28 days after it.
    const m = await schedule('2027-03-02T10:00');
    await ctx.db.system((tx) =>
      tx.execute(sql`UPDATE meetings SET starts_at = ${at(-1).toISOString()}::timestamptz WHERE id = ${m.id}`),
    );
    await ok(
      await world.clients.s1.request({
        method: 'POST',
        url: `/api/me/pairs/${pairId}/meetings/${m.id}/log`,
        payload: { outcome: 'held', heldMinutes: 30, topics: [], drivenBy: 'shared' },
      }),
    );
    expect(await checkCadence(ctx.deps, { orgId: world.orgId, pairId })).toBe(false);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM jobs WHERE dedupe_key = ${`cadence-check:${pairId}:${at(27).getTime()}`}`,
      ),
    ).toBe(1);
    expect(await checkCadence({ ...ctx.deps, now: () => at(26) }, { orgId: world.orgId, pairId })).toBe(false);
    // Quiet again for twice the cadence: one more nudge, once.
    expect(await checkCadence({ ...ctx.deps, now: () => at(27) }, { orgId: world.orgId, pairId })).toBe(true);
    expect(await checkCadence({ ...ctx.deps, now: () => at(40) }, { orgId: world.orgId, pairId })).toBe(false);
    expect(await emailsWith('It has been a while since you met')).toBe(4);
  });

  it('leaves an ended pair alone', async () => {
    await ctx.db.system((tx) =>
      tx.execute(sql`UPDATE pairs SET status = 'ended', ended_at = now() WHERE id = ${pairId}`),
    );
    expect(await checkCadence({ ...ctx.deps, now: () => at(200) }, { orgId: world.orgId, pairId })).toBe(false);
  });
});
