import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindUnsignedAgreement } from '../../src/app/workspace/remind-unsigned-agreement.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// The unsigned-agreement reminder: scheduled a week after matching, sent only while the
// agreement lacks a signature and the pair is active, and never carrying the agreement's text.
let ctx: TestContext;
let world: World;
const DAY = 86_400_000;

const reminders = async (pairId: string) =>
  (await ctx.db.system((tx) => tx.execute<{ title: string; body: string; link: string }>(sql`SELECT title, body, link FROM notifications WHERE kind = 'agreement_unsigned' AND link = ${`/my/pairs/${pairId}`}`))).rows;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'wsjobs');
});
afterAll(() => ctx.close());

describe('agreement reminder', () => {
  it('is scheduled seven days after the pair became active, once', async () => {
    const { pairId } = await activePair(ctx, world, 'j1', 's1');
    const jobs = await ctx.db.system((tx) =>
      tx.execute<{ run_at: Date; activated_at: Date }>(sql`SELECT j.run_at, p.activated_at FROM jobs j JOIN pairs p ON p.id = (j.payload->>'pairId')::uuid WHERE j.kind = 'agreement-reminder' AND p.id = ${pairId}`),
    );
    expect(jobs.rows).toHaveLength(1);
    const row = jobs.rows[0]!;
    expect(new Date(row.run_at).getTime() - new Date(row.activated_at).getTime()).toBe(7 * DAY);
  });

  it('reminds both members while the agreement is unsigned, and not once both signed', async () => {
    const { pairId } = await activePair(ctx, world, 'j2', 's2');
    const path = `/api/me/pairs/${pairId}/agreement`;
    const draft = await ok(await world.clients.j2.request({ method: 'GET', url: path }));
    const secret = 'AGREEMENT-TEXT-CANARY';
    await ok(await world.clients.j2.request({ method: 'PUT', url: path, payload: { sections: { ...draft.sections, channel: secret } } }));
    await ok(await world.clients.j2.request({ method: 'POST', url: `${path}/sign`, payload: { version: 1 } }));
    expect(await remindUnsignedAgreement(ctx.deps, { orgId: world.orgId, pairId })).toBe(true);
    const sent = await reminders(pairId);
    expect(sent).toHaveLength(2);
    expect(JSON.stringify(sent)).not.toContain(secret);
    await ok(await world.clients.s2.request({ method: 'POST', url: `${path}/sign`, payload: { version: 1 } }));
    expect(await remindUnsignedAgreement(ctx.deps, { orgId: world.orgId, pairId })).toBe(false);
    expect(await reminders(pairId)).toHaveLength(2);
  });

  it('is not sent for a pair that has ended', async () => {
    const { pairId } = await activePair(ctx, world, 'orphan', 'ceo');
    await ok(await world.clients.orphan.request({ method: 'POST', url: `/api/me/matches/${pairId}/end`, payload: { reason: 'not a fit' } }), 204);
    expect(await remindUnsignedAgreement(ctx.deps, { orgId: world.orgId, pairId })).toBe(false);
    expect(await reminders(pairId)).toHaveLength(0);
  });
});
