import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/app/outcomes/figure-snapshots.js';
import { BACKGROUND_AT } from '../../src/core/analytics/snapshot-policy.js';
import { meetings, pairs, programs } from '../../src/db/schema.js';
import type { Mailer } from '../../src/jobs/mailer.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { ok } from '../support/program-world.js';
import { startTestApp, type Client, type TestContext } from '../support/test-app.js';
import { buildOutcomeWorld, type BuiltWorld, type WorldSpec } from './outcomes-world.js';

// Six pairs, each with one held meeting in February 2027 (today 2027-07-01): engagement's
// February "held" is 6 until a test logs another meeting.
const range = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
function spec(): WorldSpec {
  const juniors = range(6, 'j');
  const seniors = range(6, 's');
  return {
    people: [...juniors.map((key) => ({ key, department: 'Engineering', level: 2 })), ...seniors.map((key) => ({ key, department: 'Sales', level: 7 }))],
    logins: [{ key: 'admin', roles: ['org_admin'] }],
    programs: [
      {
        key: 'A',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        enrollments: [
          ...juniors.map((person) => ({ person, side: 'mentor' as const, status: 'approved' as const })),
          ...seniors.map((person) => ({ person, side: 'mentee' as const, status: 'approved' as const })),
        ],
        pairs: juniors.map((j, i) => ({ mentor: j, mentee: seniors[i] as string, status: 'active' as const, activatedAt: '2027-02-01', held: ['2027-02-10'] })),
      },
    ],
  };
}

const mailer: Mailer = { transport: 'outbox', send: async () => undefined };
let ctx: TestContext;
let w: BuiltWorld;
let other: BuiltWorld;
const A = () => w.programIds.A as string;
const engagement = async () => {
  const res = await (w.clients.admin as Client).request({ method: 'GET', url: `/api/programs/${A()}/outcomes/engagement` });
  const body = await ok(res);
  return { february: body.months[1].held.value as number, asOf: res.headers['x-figures-as-of'] as string };
};
const programA = async () => {
  const [program] = await ctx.db.tenant(w.orgId, (tx) => tx.select().from(programs).where(eq(programs.id, A())));
  return program as typeof programs.$inferSelect;
};
const snapshotCount = () => ctx.db.system(async (tx) => Number((await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM outcome_snapshots WHERE org_id = ${w.orgId}::uuid`)).rows[0]?.n));
const logMeeting = (orgId: string, day: string) =>
  ctx.db.tenant(orgId, async (tx) => {
    const [pair] = await tx.select({ id: pairs.id }).from(pairs).limit(1);
    await tx.insert(meetings).values({ orgId, pairId: (pair as { id: string }).id, uid: `${randomUUID()}@t`, startsAt: new Date(`${day}T12:00:00Z`), minutes: 45, timeZone: 'UTC', outcome: 'held' });
  });

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.clock.now = new Date('2027-07-01T12:00:00Z');
  w = await buildOutcomeWorld(ctx, 'snap', spec());
  other = await buildOutcomeWorld(ctx, 'snap-other', spec(), { signIn: false });
});
afterAll(async () => ctx?.close());

describe('outcome figure snapshots', () => {
  it('answers the second request from the snapshot the first one stored', async () => {
    const first = await engagement();
    expect(first.february).toBe(6);
    expect(await snapshotCount()).toBe(1);
    const second = await engagement();
    expect(second).toEqual(first);
    expect(new Date(first.asOf).toISOString()).toBe(first.asOf);
  });

  it('recomputes once a change to its inputs has committed', async () => {
    const before = await engagement();
    await logMeeting(w.orgId, '2027-02-20');
    const after = await engagement();
    expect(after.february).toBe(7);
    expect(after.asOf >= before.asOf).toBe(true);
  });

  it('stays fresh through a rolled-back change and through another organization’s changes', async () => {
    const before = await engagement();
    await expect(
      ctx.db.tenant(w.orgId, async (tx) => {
        await tx.update(programs).set({ cadenceDays: 7 }).where(eq(programs.id, A()));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await logMeeting(other.orgId, '2027-02-21');
    const stale = await ctx.db.system(async (tx) =>
      (await tx.execute<{ stale: boolean }>(sql`
        SELECT EXISTS (SELECT 1 FROM outcome_changes c WHERE c.org_id = s.org_id
          AND c.xid >= pg_snapshot_xmin(s.snap) AND NOT pg_visible_in_snapshot(c.xid, s.snap)) AS stale
        FROM outcome_snapshots s WHERE s.org_id = ${w.orgId}::uuid`)).rows.map((r: { stale: boolean }) => r.stale),
    );
    expect(stale).toEqual([false]);
    expect(await engagement()).toEqual(before);
  });

  it('a change committed after a snapshot by a transaction that was already running still makes it stale (PostgreSQL)', async (t) => {
    // PGlite has one connection: its transactions cannot overlap.
    if (ctx.db.kind !== 'postgres') return t.skip();
    const before = await engagement();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    // Transaction 1 logs a meeting and stays open; transaction 2 starts later, logs one and commits first.
    const slow = ctx.db.tenant(w.orgId, async (tx) => {
      const [pair] = await tx.select({ id: pairs.id }).from(pairs).limit(1);
      await tx.insert(meetings).values({ orgId: w.orgId, pairId: (pair as { id: string }).id, uid: `${randomUUID()}@t`, startsAt: new Date('2027-02-23T12:00:00Z'), minutes: 45, timeZone: 'UTC', outcome: 'held' });
      wrote();
      await gate;
    });
    await written;
    await logMeeting(w.orgId, '2027-02-24');
    // The snapshot taken now sees transaction 2 only; transaction 1 is still running.
    expect((await engagement()).february).toBe(before.february + 1);
    release();
    await slow;
    expect((await engagement()).february).toBe(before.february + 2);
  });

  it('recomputes on a new day even when nothing changed (at-risk pairs and retention depend on today)', async () => {
    const program = await programA();
    const read = (today: string) => ctx.db.tenant(w.orgId, (tx) => figuresOf(tx, { orgId: w.orgId, programs: [program], today }, ['engagement']));
    const today = await read('2027-07-01');
    expect(await read('2027-07-01')).toEqual(today);
    const tomorrow = await read('2027-07-02');
    expect(tomorrow.asOf.getTime()).toBeGreaterThan(today.asOf.getTime());
  });

  it('storing a figure drops change notes older than two days and snapshots untouched for 30 days', async () => {
    await ctx.db.system((tx) =>
      tx.execute(sql`
        WITH note AS (INSERT INTO outcome_changes (org_id, changed_at) VALUES (${w.orgId}::uuid, now() - interval '3 days'))
        INSERT INTO outcome_snapshots (org_id, scope_key, program_ids, figure, as_of_day, data, snap, computed_at, compute_ms)
        VALUES (${w.orgId}::uuid, 'forgotten-scope', '{}'::uuid[], 'funnel', '2027-05-01', '{}'::jsonb, pg_current_snapshot(), now() - interval '31 days', 1)`),
    );
    const left = () =>
      ctx.db.system(async (tx) => (await tx.execute<{ old_notes: number; forgotten: number; kept: number }>(sql`
        SELECT (SELECT count(*)::int FROM outcome_changes WHERE org_id = ${w.orgId}::uuid AND changed_at < now() - interval '2 days') AS old_notes,
          (SELECT count(*)::int FROM outcome_snapshots WHERE org_id = ${w.orgId}::uuid AND scope_key = 'forgotten-scope') AS forgotten,
          (SELECT count(*)::int FROM outcome_snapshots WHERE org_id = ${w.orgId}::uuid AND scope_key <> 'forgotten-scope') AS kept`)).rows[0]);
    expect(await left()).toMatchObject({ old_notes: 1, forgotten: 1 });
    await logMeeting(w.orgId, '2027-02-25');
    await engagement();
    const after = await left();
    expect(after).toMatchObject({ old_notes: 0, forgotten: 0 });
    expect(Number(after?.kept)).toBeGreaterThan(0);
  });

  it('a large scope answers from its stale snapshot, says so, and a job brings it up to date', async () => {
    const scope = { orgId: w.orgId, programs: [await programA()], today: '2027-07-01' };
    // Every scope counts as large here: the real thresholds are BACKGROUND_AT.
    const large = { enrollments: 0, people: 0 };
    const read = async (backgroundAt = large) => ctx.db.tenant(w.orgId, async (tx) => figuresOf(tx, scope, ['engagement'], backgroundAt));
    // With the real thresholds this small program is recomputed at once: a fresh snapshot to start from.
    const before = await read(BACKGROUND_AT);
    const held = (a: Awaited<ReturnType<typeof read>>) => a.outcomes.engagement?.months[1]?.held.value;
    expect(before.refreshing).toBe(false);
    await logMeeting(w.orgId, '2027-02-22');
    const stale = await read();
    expect(held(stale)).toBe(held(before));
    expect(stale.refreshing).toBe(true);
    expect(stale.asOf).toEqual(before.asOf);
    await read(); // asking again queues nothing more
    const queued = await ctx.db.system(async (tx) => (await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'outcomes-refresh' AND status = 'queued'`)).rows[0]?.n);
    expect(Number(queued)).toBe(1);
    while ((await runDueJobs({ ...ctx.deps, mailer })) > 0);
    const refreshed = await read();
    expect(held(refreshed)).toBe((held(before) as number) + 1);
    expect(refreshed.refreshing).toBe(false);
    // The same dashboard through the API sees the refreshed figure.
    expect((await engagement()).february).toBe(held(refreshed));
  });
});
