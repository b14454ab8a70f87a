import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAll, buildWorld, createOpenProgram, join, ok, runAndPublish, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// Late joiners: a round in an active program pairs the newcomers and leaves live pairs alone.
let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'late');
});
afterAll(() => ctx.close());

describe('late joiners', () => {
  it('are matched incrementally while the first pair stays as it is', async () => {
    const programId = await createOpenProgram(world);
    await join(ctx, world, programId, 'j1', 'mentor');
    await join(ctx, world, programId, 's1', 'mentee');
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
    expect(await runAndPublish(world, programId)).toEqual([{ mentor: 'J1 Person', mentee: 'S1 Person' }]);
    await acceptAll(world, 'j1', 's1');
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'active' } }));
    const [first] = await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/matches' }));

    // Two newcomers; a round in the active program pairs only them.
    await join(ctx, world, programId, 'j2', 'mentor');
    await join(ctx, world, programId, 's2', 'mentee');
    expect(await runAndPublish(world, programId)).toEqual([{ mentor: 'J2 Person', mentee: 'S2 Person' }]);
    const after = await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/matches' }));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ pairId: first.pairId, status: 'active' });
    const pairs = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pairs` }));
    expect(pairs.items.map((p: { status: string; roundNumber: number }) => `${p.roundNumber}:${p.status}`).sort()).toEqual(['1:active', '2:offered']);
  });
});
