import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendPulseCheck } from '../../src/app/safeguards/send-pulse-check.js';
import { remindCheckin } from '../../src/app/workspace/remind-checkin.js';
import { openPhase, phaseWindows } from '../../src/core/pairs/checkins.js';
import type { Mailer } from '../../src/jobs/mailer.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// The check-in reminders and the junior's pulse check-ins are jobs queued when the pair becomes
// active. Each re-checks that the pair is active, and run twice acts once.
let ctx: TestContext;
let world: World;
let programId: string;
let pairId: string;
let activatedAt: Date;
const DAY = 86_400_000;
const mailer: Mailer = { transport: 'outbox', send: async () => undefined };

type JobRow = { kind: string; payload: Record<string, unknown>; run_at: Date; status: string; dedupe_key: string };
const jobsOf = async (kind: string) => (await ctx.db.system((tx) => tx.execute<JobRow>(sql`SELECT kind, payload, run_at, status, dedupe_key FROM jobs WHERE kind = ${kind} AND payload->>'pairId' = ${pairId} ORDER BY run_at`))).rows as JobRow[];
const count = async (query: ReturnType<typeof sql>) => Number((await ctx.db.system((tx) => tx.execute<{ n: number }>(query))).rows[0]?.n);
const notices = (kind: string, personId: string) => count(sql`SELECT count(*)::int AS n FROM notifications WHERE kind = ${kind} AND person_id = ${personId}`);
const setActivatedAt = async (at: Date) => {
  activatedAt = at;
  await ctx.db.system((tx) => tx.execute(sql`UPDATE pairs SET activated_at = ${at.toISOString()}::timestamptz WHERE id = ${pairId}`));
};
const drain = async () => {
  while ((await runDueJobs({ ...ctx.deps, mailer })) > 0);
};

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'sgjobs');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
  const row = (await ctx.db.system((tx) => tx.execute<{ activated_at: Date }>(sql`SELECT activated_at FROM pairs WHERE id = ${pairId}`))).rows[0]!;
  activatedAt = new Date(row.activated_at);
});
afterAll(() => ctx.close());

describe('what pair activation queues', () => {
  it('a check-in reminder for the day each window opens, and pulse check-in 1 four weeks in', async () => {
    const checkins = await jobsOf('checkin-due');
    const windows = phaseWindows({ activatedOn: activatedAt.toISOString().slice(0, 10), programEndDate: '2027-12-31' });
    expect(checkins.map((j) => j.payload.phase)).toEqual(['start', 'midway', 'end']);
    expect(new Date(checkins[0]!.run_at).getTime()).toBe(activatedAt.getTime());
    expect(new Date(checkins[1]!.run_at).toISOString().slice(0, 10)).toBe(windows.midway!.from);
    expect(checkins[2]!.dedupe_key).toBe(`checkin-due:${pairId}:end:2027-12-11`);
    const pulses = await jobsOf('pulse-check');
    expect(pulses).toHaveLength(1);
    expect(pulses[0]!.payload).toEqual({ pairId, number: 1 });
    expect(new Date(pulses[0]!.run_at).getTime() - activatedAt.getTime()).toBe(28 * DAY);
  });
});

describe('check-in reminders', () => {
  it('the start reminder runs at once and tells both members, once', async () => {
    await drain();
    expect((await jobsOf('checkin-due'))[0]!.status).toBe('done');
    expect(await notices('checkin_due', world.personIds.j1)).toBe(1);
    expect(await notices('checkin_due', world.personIds.s1)).toBe(1);
    expect(await remindCheckin(ctx.deps, { orgId: world.orgId, pairId, phase: 'start' })).toBe(0);
    expect(await notices('checkin_due', world.personIds.s1)).toBe(1);
  });

  it('skips a member who already rated every skill in the phase', async () => {
    const today = ctx.clock.now.toISOString().slice(0, 10);
    let back = 0;
    while (openPhase(phaseWindows({ activatedOn: new Date(ctx.clock.now.getTime() - back * DAY).toISOString().slice(0, 10), programEndDate: '2027-12-31' }), today) !== 'midway') back += 1;
    await setActivatedAt(new Date(ctx.clock.now.getTime() - back * DAY));
    await ok(await world.clients.s1.request({ method: 'PUT', url: `/api/me/pairs/${pairId}/checkins`, payload: { phase: 'midway', ratings: [{ skillKey: 'generative-ai-tools', level: 3 }, { skillKey: 'linkedin-presence', level: 2 }] } }));
    expect(await remindCheckin(ctx.deps, { orgId: world.orgId, pairId, phase: 'midway' })).toBe(1);
    expect(await notices('checkin_due', world.personIds.j1)).toBe(2);
    expect(await notices('checkin_due', world.personIds.s1)).toBe(1);
  });

  it('does nothing before a window opens (it is queued for the opening day) or after it closed', async () => {
    const before = (await jobsOf('checkin-due')).length;
    expect(await remindCheckin(ctx.deps, { orgId: world.orgId, pairId, phase: 'end' })).toBe(0);
    expect((await jobsOf('checkin-due')).length).toBe(before); // the same opening day: the dedupe key holds
    expect(await remindCheckin(ctx.deps, { orgId: world.orgId, pairId, phase: 'start' })).toBe(0);
  });
});

describe('pulse check-ins', () => {
  it('the job creates the junior’s check-in, tells them, and queues the next — only within the program', async () => {
    await setActivatedAt(new Date(ctx.clock.now.getTime() - 29 * DAY));
    // A program ending before check-in 2 is due: nothing more is queued.
    await ctx.db.system((tx) => tx.execute(sql`UPDATE programs SET start_date = ${activatedAt.toISOString().slice(0, 10)}, end_date = ${new Date(activatedAt.getTime() + 40 * DAY).toISOString().slice(0, 10)} WHERE id = ${programId}`));
    await ctx.db.system((tx) => tx.execute(sql`UPDATE jobs SET run_at = now() - interval '1 minute' WHERE kind = 'pulse-check' AND payload->>'pairId' = ${pairId}`));
    await drain();
    type PulseRow = { person_id: string; number: number; due_at: Date };
    const rows = async () => (await ctx.db.system((tx) => tx.execute<PulseRow>(sql`SELECT person_id, number, due_at FROM pulse_checks WHERE pair_id = ${pairId} ORDER BY number`))).rows as PulseRow[];
    expect((await rows()).map((r) => [r.person_id, r.number])).toEqual([[world.personIds.j1, 1]]);
    expect(new Date((await rows())[0]!.due_at).getTime()).toBe(activatedAt.getTime() + 28 * DAY);
    expect(await notices('pulse_check_due', world.personIds.j1)).toBe(1);
    expect(await notices('pulse_check_due', world.personIds.s1)).toBe(0);
    expect((await jobsOf('pulse-check')).map((j) => j.payload.number)).toEqual([1]);

    // Run again, with the program's real end date: no second row or notice, but the next is queued.
    await ctx.db.system((tx) => tx.execute(sql`UPDATE programs SET start_date = '2027-01-01', end_date = '2027-12-31' WHERE id = ${programId}`));
    expect(await sendPulseCheck(ctx.deps, { orgId: world.orgId, pairId, number: 1 })).toBe(false);
    expect(await rows()).toHaveLength(1);
    expect(await notices('pulse_check_due', world.personIds.j1)).toBe(1);
    const queued = await jobsOf('pulse-check');
    expect(queued.map((j) => [j.payload.number, j.status])).toEqual([
      [1, 'done'],
      [2, 'queued'],
    ]);
    expect(new Date(queued[1]!.run_at).getTime() - activatedAt.getTime()).toBe(56 * DAY);
  });

  it('stop when the pair has ended: no check-in, no reminder, nothing queued', async () => {
    await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/matches/${pairId}/end`, payload: {} }), 204);
    await ctx.db.system((tx) => tx.execute(sql`UPDATE jobs SET run_at = now() - interval '1 minute' WHERE kind IN ('pulse-check', 'checkin-due') AND status = 'queued' AND payload->>'pairId' = ${pairId}`));
    const before = await notices('pulse_check_due', world.personIds.j1);
    await drain();
    expect(await notices('pulse_check_due', world.personIds.j1)).toBe(before);
    expect(await count(sql`SELECT count(*)::int AS n FROM pulse_checks WHERE pair_id = ${pairId}`)).toBe(1);
    expect((await jobsOf('pulse-check')).map((j) => j.payload.number)).toEqual([1, 2]);
    expect(await remindCheckin(ctx.deps, { orgId: world.orgId, pairId, phase: 'midway' })).toBe(0);
  });
});
