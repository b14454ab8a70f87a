import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindSurvey, runEndOfCycle, runFitCheck, runPulseSurvey } from '../../src/app/surveys/run-survey-jobs.js';
import type { Mailer } from '../../src/jobs/mailer.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// The survey jobs: each re-checks the pair and the survey when it runs, follows a changed
// schedule, and run twice acts once.
let ctx: TestContext;
let world: World;
let programId: string;
let pairId: string;
const DAY = 86_400_000;
const mailer: Mailer = { transport: 'outbox', send: async () => undefined };

type JobRow = { kind: string; payload: Record<string, unknown>; run_at: Date; status: string };
const q = async <T>(query: ReturnType<typeof sql>) => (await ctx.db.system((tx) => tx.execute<T & Record<string, unknown>>(query))).rows as T[];
const run = (query: ReturnType<typeof sql>) => ctx.db.system((tx) => tx.execute(query));
const jobsOf = (kind: string) => q<JobRow>(sql`SELECT kind, payload, run_at, status FROM jobs WHERE kind = ${kind} AND payload->>'pairId' = ${pairId} ORDER BY run_at`);
const responses = (kind: string) => q<{ person_id: string; side: string; occurrence: number; closes_at: Date; id: string }>(sql`SELECT id, person_id, side, occurrence, closes_at FROM survey_responses WHERE pair_id = ${pairId} AND kind = ${kind} ORDER BY occurrence, side`);
const ago = (days: number) => new Date(ctx.clock.now.getTime() - days * DAY);
const setActivated = (at: Date) => run(sql`UPDATE pairs SET activated_at = ${at.toISOString()}::timestamptz WHERE id = ${pairId}`);
const setSurvey = (kind: string, set: ReturnType<typeof sql>) => run(sql`UPDATE surveys SET ${set} WHERE program_id = ${programId} AND kind = ${kind}`);
const drain = async () => {
  while ((await runDueJobs({ ...ctx.deps, mailer })) > 0);
};

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'svjobs');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
  await run(sql`UPDATE programs SET start_date = '2026-01-01' WHERE id = ${programId}`);
});
afterAll(() => ctx.close());

describe('the pulse', () => {
  it('a disabled pulse sends nothing but keeps its place; enabled, it goes to both and queues the next', async () => {
    await setActivated(ago(30));
    await setSurvey('pulse', sql`enabled = false`);
    expect(await runPulseSurvey(ctx.deps, { orgId: world.orgId, pairId, occurrence: 1 })).toBe(0);
    expect((await jobsOf('survey-pulse')).map((j) => j.payload.occurrence)).toEqual([1, 2]);
    await setSurvey('pulse', sql`enabled = true`);
    expect(await runPulseSurvey(ctx.deps, { orgId: world.orgId, pairId, occurrence: 1 })).toBe(2);
    expect(await runPulseSurvey(ctx.deps, { orgId: world.orgId, pairId, occurrence: 1 })).toBe(0);
    expect((await responses('pulse')).map((r) => [r.side, r.occurrence])).toEqual([['mentee', 1], ['mentor', 1]]);
  });

  it('a lengthened interval moves the occurrence later instead of sending it', async () => {
    await setActivated(ago(60));
    await setSurvey('pulse', sql`every_days = 45`);
    expect(await runPulseSurvey(ctx.deps, { orgId: world.orgId, pairId, occurrence: 2 })).toBe(0);
    const moved = (await jobsOf('survey-pulse')).filter((j) => j.payload.occurrence === 2).map((j) => new Date(j.run_at).getTime());
    expect(moved).toContain(ago(60).getTime() + 90 * DAY);
    await setSurvey('pulse', sql`every_days = 30`);
  });

  it('stops at the program’s end, and for an ended pair', async () => {
    await run(sql`UPDATE programs SET end_date = ${ago(-10).toISOString().slice(0, 10)} WHERE id = ${programId}`);
    const before = (await jobsOf('survey-pulse')).length;
    expect(await runPulseSurvey(ctx.deps, { orgId: world.orgId, pairId, occurrence: 2 })).toBe(2);
    expect((await jobsOf('survey-pulse')).length).toBe(before); // occurrence 3 would fall after the end
    expect(await runPulseSurvey(ctx.deps, { orgId: world.orgId, pairId, occurrence: 3 })).toBe(0);
    await run(sql`UPDATE programs SET end_date = '2027-12-31' WHERE id = ${programId}`);
  });
});

describe('the end-of-cycle survey', () => {
  it('run early (the end moved later) it queues itself again; when due each side gets its own survey', async () => {
    expect(await runEndOfCycle(ctx.deps, { orgId: world.orgId, pairId, side: 'mentor' })).toBe(false);
    expect((await jobsOf('survey-end-of-cycle')).filter((j) => j.payload.side === 'mentor')).toHaveLength(1);
    await run(sql`UPDATE programs SET end_date = ${ago(-5).toISOString().slice(0, 10)} WHERE id = ${programId}`);
    expect(await runEndOfCycle(ctx.deps, { orgId: world.orgId, pairId, side: 'mentor' })).toBe(true);
    expect(await runEndOfCycle(ctx.deps, { orgId: world.orgId, pairId, side: 'mentor' })).toBe(false);
    await setSurvey('end_of_cycle', sql`enabled = false`);
    expect(await runEndOfCycle(ctx.deps, { orgId: world.orgId, pairId, side: 'mentee' })).toBe(false);
    await setSurvey('end_of_cycle', sql`enabled = true`);
    expect(await runEndOfCycle(ctx.deps, { orgId: world.orgId, pairId, side: 'mentee' })).toBe(true);
    const rows = await q<{ side: string; title: string }>(sql`SELECT r.side, s.title FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE r.pair_id = ${pairId} AND r.kind = 'end_of_cycle' ORDER BY r.side`);
    expect(rows).toEqual([
      { side: 'mentee', title: 'End of the program: your view as mentee' },
      { side: 'mentor', title: 'End of the program: your view as mentor' },
    ]);
    await run(sql`UPDATE programs SET end_date = '2027-12-31' WHERE id = ${programId}`);
  });

  it('a manager moving daysBeforeEnd queues the new date for running pairs', async () => {
    const pm = world.clients.pmp;
    const { surveys } = await ok(await pm.request({ method: 'GET', url: `/api/programs/${programId}/surveys` }));
    const mentor = surveys.find((s: { kind: string; audience: string }) => s.kind === 'end_of_cycle' && s.audience === 'mentor');
    await ok(await pm.request({ method: 'PUT', url: `/api/programs/${programId}/surveys/${mentor.id}`, payload: { title: mentor.title, intro: mentor.intro, questions: mentor.questions, enabled: true, everyDays: null, daysBeforeEnd: 30, openDays: 10 } }));
    const times = (await jobsOf('survey-end-of-cycle')).filter((j) => j.payload.side === 'mentor').map((j) => new Date(j.run_at).toISOString());
    expect(times).toContain('2027-12-01T00:00:00.000Z');
  });
});

describe('the fit check and reminders', () => {
  it('no held meeting, no fit check; the first held one queues the fit check once, run twice sends once', async () => {
    const meeting = (days: number) => ({ startsAtLocal: ago(days).toISOString().slice(0, 16), timeZone: 'UTC', minutes: 45, log: { outcome: 'held', heldMinutes: 40, topics: ['career-planning'], drivenBy: 'shared' } });
    // Before any held meeting there is nothing to ask (and the job, if it ran, sends nothing).
    expect(await jobsOf('survey-fit-check')).toEqual([]);
    expect(await runFitCheck(ctx.deps, { orgId: world.orgId, pairId })).toBe(0);
    await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/pairs/${pairId}/meetings/past`, payload: meeting(4) }), 201);
    await ok(await world.clients.s1.request({ method: 'POST', url: `/api/me/pairs/${pairId}/meetings/past`, payload: meeting(3) }), 201);
    expect(await jobsOf('survey-fit-check')).toHaveLength(1);
    await drain();
    expect((await jobsOf('survey-fit-check'))[0]!.status).toBe('done');
    expect(await runFitCheck(ctx.deps, { orgId: world.orgId, pairId })).toBe(0);
    expect((await responses('fit_check')).map((r) => r.person_id).sort()).toEqual([world.personIds.j1, world.personIds.s1].sort());
  });

  it('each sent survey queues one reminder three days before it closes, which goes once, unanswered only', async () => {
    const [fit] = await responses('fit_check');
    const [job] = await q<JobRow>(sql`SELECT kind, payload, run_at, status FROM jobs WHERE kind = 'survey-reminder' AND payload->>'responseId' = ${fit!.id}`);
    expect(new Date(job!.run_at).getTime()).toBe(new Date(fit!.closes_at).getTime() - 3 * DAY);
    await run(sql`UPDATE jobs SET run_at = now() - interval '1 minute' WHERE kind = 'survey-reminder' AND payload->>'responseId' = ${fit!.id}`);
    await drain();
    const reminded = () => q<{ n: number }>(sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'survey_reminder' AND person_id = ${fit!.person_id}`);
    expect((await reminded())[0]!.n).toBe(1);
    expect(await remindSurvey(ctx.deps, { orgId: world.orgId, responseId: fit!.id })).toBe(false);
    expect((await reminded())[0]!.n).toBe(1);
  });

  it('nothing is sent for an ended pair', async () => {
    await run(sql`UPDATE pairs SET status = 'ended', ended_at = now() WHERE id = ${pairId}`);
    await run(sql`DELETE FROM survey_responses WHERE pair_id = ${pairId}`);
    expect(await runFitCheck(ctx.deps, { orgId: world.orgId, pairId })).toBe(0);
    expect(await runPulseSurvey(ctx.deps, { orgId: world.orgId, pairId, occurrence: 1 })).toBe(0);
    expect(await runEndOfCycle(ctx.deps, { orgId: world.orgId, pairId, side: 'mentee' })).toBe(false);
  });

  it('an open survey of an ended pair is not reminded', async () => {
    await run(sql`UPDATE pairs SET status = 'active' WHERE id = ${pairId}`);
    expect(await runFitCheck(ctx.deps, { orgId: world.orgId, pairId })).toBe(2);
    const [fit] = await responses('fit_check');
    await run(sql`UPDATE pairs SET status = 'ended' WHERE id = ${pairId}`);
    expect(await remindSurvey(ctx.deps, { orgId: world.orgId, responseId: fit!.id })).toBe(false);
    await run(sql`UPDATE pairs SET status = 'active' WHERE id = ${pairId}`);
    expect(await remindSurvey(ctx.deps, { orgId: world.orgId, responseId: fit!.id })).toBe(true);
  });
});

describe('a pair ending early', () => {
  const endOfCycleOf = (id: string) => q<{ side: string }>(sql`SELECT side FROM survey_responses WHERE pair_id = ${id} AND kind = 'end_of_cycle' ORDER BY side`);
  const end = async (id: string) => ok(await world.clients.pmp.request({ method: 'POST', url: `/api/pairs/${id}/end`, payload: { reason: 'moving on' } }), 204);

  it('is asked the end-of-cycle survey at once, each member their side’s — once they have met', async () => {
    const met = await activePair(ctx, world, 'j2', 's2');
    await run(sql`INSERT INTO meetings (org_id, pair_id, uid, starts_at, minutes, time_zone, outcome)
      VALUES (${world.orgId}::uuid, ${met.pairId}::uuid, 'early-end@t', now() - interval '3 days', 45, 'UTC', 'held')`);
    await end(met.pairId);
    expect((await endOfCycleOf(met.pairId)).map((r) => r.side)).toEqual(['mentee', 'mentor']);
    const notified = await q<{ n: number }>(sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'survey_due' AND person_id IN (${world.personIds.j2}::uuid, ${world.personIds.s2}::uuid)`);
    expect(notified[0]!.n).toBeGreaterThanOrEqual(2);
    // The scheduled survey later finds the pair ended and sends nothing more.
    expect(await runEndOfCycle(ctx.deps, { orgId: world.orgId, pairId: met.pairId, side: 'mentor' })).toBe(false);
  });

  it('a pair that never met is not asked', async () => {
    const never = await activePair(ctx, world, 'orphan', 's2');
    await end(never.pairId);
    expect(await endOfCycleOf(never.pairId)).toEqual([]);
  });
});
