import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendApprovalReminder } from '../../src/app/enrollment/send-approval-reminder.js';
import { expireOffer } from '../../src/app/pairs/expire-offer.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import type { Mailer } from '../../src/jobs/mailer.js';
import { apply, buildWorld, createOpenProgram, ok, passTraining, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// The program jobs re-check the state they act on: run twice, they act once.
let ctx: TestContext;
let world: World;
let programId: string;
const DAY = 86_400_000;

const countEmails = async (to: string, subject: string) =>
  Number((await ctx.db.system((tx) => tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM emails WHERE "to" = ${to} AND subject LIKE ${`%${subject}%`}`))).rows[0]?.n);

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'jobs');
  programId = await createOpenProgram(world, { autoRematch: true });
  await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { personIds: [world.personIds.j1, world.personIds.j2, world.personIds.s1] } }));
});
afterAll(() => ctx.close());

describe('approval reminders', () => {
  it('are scheduled at 3 and 7 days and sent once each while the request is pending', async () => {
    const enrollment = await apply(world, 'j1', programId, 'mentor');
    const jobs = await ctx.db.system((tx) => tx.execute<{ payload: { reminder: number; requestedAt: string }; run_at: Date }>(sql`SELECT payload, run_at FROM jobs WHERE kind = 'approval-reminder' AND payload->>'enrollmentId' = ${enrollment.id} ORDER BY run_at`));
    expect(jobs.rows.map((j: { payload: { reminder: number } }) => j.payload.reminder)).toEqual([1, 2]);
    const requestedAt = jobs.rows[0]!.payload.requestedAt;
    const days = jobs.rows.map((j: { run_at: Date }) => Math.round((new Date(j.run_at).getTime() - new Date(requestedAt).getTime()) / DAY));
    expect(days).toEqual([3, 7]);
    const job = { orgId: world.orgId, enrollmentId: enrollment.id, requestedAt };
    expect(await sendApprovalReminder(ctx.deps, { ...job, reminder: 1 })).toBe(true);
    expect(await sendApprovalReminder(ctx.deps, { ...job, reminder: 1 })).toBe(false);
    expect(await countEmails('mgr@jobs.test', 'Reminder')).toBe(1);
    // The reminder's link replaces the first one.
    const [request] = await ok(await world.clients.mgr.request({ method: 'GET', url: '/api/approvals' }));
    await ok(await world.clients.mgr.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved' } }), 204);
    expect(await sendApprovalReminder(ctx.deps, { ...job, reminder: 2 })).toBe(false);
    expect(await countEmails('mgr@jobs.test', 'Reminder')).toBe(1);
  });

  it('scheduling the same reminder twice is one job (dedupe key)', async () => {
    const before = Number((await ctx.db.system((tx) => tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'approval-reminder'`))).rows[0]?.n);
    await ctx.db.system((tx) => tx.execute(sql`INSERT INTO jobs (org_id, kind, payload, dedupe_key) SELECT org_id, kind, payload, dedupe_key FROM jobs WHERE kind = 'approval-reminder' LIMIT 1 ON CONFLICT (dedupe_key) DO NOTHING`));
    const after = Number((await ctx.db.system((tx) => tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'approval-reminder'`))).rows[0]?.n);
    expect(after).toBe(before);
  });
});

describe('offer deadlines and the automatic re-match', () => {
  it('expires an unanswered offer once, returns both to the pool and re-matches with someone new', async () => {
    for (const who of ['j2', 's1'] as const) await apply(world, who, programId, who === 's1' ? 'mentee' : 'mentor');
    for (const request of await ok(await world.clients.mgr.request({ method: 'GET', url: '/api/approvals' }))) {
      await ok(await world.clients.mgr.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved' } }), 204);
    }
    for (const request of await ok(await world.clients.ceo.request({ method: 'GET', url: '/api/approvals' }))) {
      await ok(await world.clients.ceo.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved' } }), 204);
    }
    for (const who of ['j1', 'j2', 's1'] as const) await passTraining(ctx, world, who, programId);
    const pm = world.clients.pmp;
    await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
    const round = await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} }));
    await ok(await pm.request({ method: 'POST', url: `/api/rounds/${round.id}/publish`, payload: {} }));
    const [offer] = await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/matches' }));
    const firstMentor = offer.partner.name;
    // Before the deadline nothing happens; after it, the offer expires — once.
    expect(await expireOffer(ctx.deps, { orgId: world.orgId, pairId: offer.pairId })).toBe(false);
    // The deadline passes (moving the clock would also expire the sessions).
    await ctx.db.system((tx) => tx.execute(sql`UPDATE pairs SET respond_by = now() - interval '1 minute' WHERE id = ${offer.pairId}`));
    expect(await expireOffer(ctx.deps, { orgId: world.orgId, pairId: offer.pairId })).toBe(true);
    expect(await expireOffer(ctx.deps, { orgId: world.orgId, pairId: offer.pairId })).toBe(false);
    const late = await world.clients.s1.request({ method: 'POST', url: `/api/me/matches/${offer.pairId}/respond`, payload: { response: 'accept' } });
    expect(late.statusCode).toBe(409);
    // autoRematch: the queued job pairs S1 with the other mentor at once, and publishes it.
    const mailer: Mailer = { transport: 'outbox', send: async () => undefined };
    while ((await runDueJobs({ ...ctx.deps, mailer })) > 0);
    const matches = await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/matches' }));
    const live = matches.filter((m: { status: string }) => m.status === 'offered');
    expect(live).toHaveLength(1);
    expect(live[0].partner.name).not.toBe(firstMentor);
  });
});
