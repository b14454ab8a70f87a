import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAll, buildWorld, createOpenProgram, join, ok, runAndPublish, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// A mentor kept in a round only for their live pair (on leave since) gets no new mentee, even with room left.
let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'leave');
});
afterAll(() => ctx.close());

describe('late joiners and live pairs', () => {
  it('never go to a mentor who is here only to keep a live pair (on leave since), even with room left', async () => {
    const programId = await createOpenProgram(world, { mentorCapacity: 2, name: 'Capacity two' });
    await join(ctx, world, programId, 'pmp', 'mentor');
    await join(ctx, world, programId, 's1', 'mentee');
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
    expect(await runAndPublish(world, programId)).toEqual([{ mentor: 'PMP Person', mentee: 'S1 Person' }]);
    await acceptAll(world, 'pmp', 's1');
    await ctx.db.system((tx) => tx.execute(sql`UPDATE people SET status = 'on_leave' WHERE id = ${world.personIds.pmp}`));
    await join(ctx, world, programId, 's2', 'mentee');
    const round = await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} });
    expect(round.statusCode === 409 || round.json().pairCount === 0, round.body).toBe(true);
    if (round.statusCode === 200) {
      const free = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/rounds/${round.json().id}/available` }));
      expect(free.mentors).toEqual([]);
      await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/rounds/${round.json().id}/discard`, payload: {} }));
    }
  });

});
