import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, buildWorld, createOpenProgram, ok, passTraining, type World, type WorldKey } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// Late joiners: a round in an active program pairs the newcomers and leaves live pairs alone.
let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'late');
});
afterAll(() => ctx.close());

async function join(programId: string, who: WorldKey, side: 'mentor' | 'mentee'): Promise<void> {
  await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { personIds: [world.personIds[who]] } }));
  await apply(world, who, programId, side);
  const approver = side === 'mentor' ? world.clients.mgr : world.clients.ceo;
  for (const request of await ok(await approver.request({ method: 'GET', url: '/api/approvals' }))) {
    await ok(await approver.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved' } }), 204);
  }
  await passTraining(ctx, world, who, programId);
}

async function runAndPublish(programId: string): Promise<Array<{ mentor: string; mentee: string }>> {
  const pm = world.clients.pmp;
  const round = await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} }));
  const pairs = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${round.id}/pairs` }));
  await ok(await pm.request({ method: 'POST', url: `/api/rounds/${round.id}/publish`, payload: {} }));
  return pairs.items.map((p: { mentor: { name: string }; mentee: { name: string } }) => ({ mentor: p.mentor.name, mentee: p.mentee.name }));
}

async function acceptAll(...who: WorldKey[]): Promise<void> {
  for (const k of who) {
    for (const m of await ok(await world.clients[k].request({ method: 'GET', url: '/api/me/matches' }))) {
      if (m.status === 'offered' && m.myResponse === null) await ok(await world.clients[k].request({ method: 'POST', url: `/api/me/matches/${m.pairId}/respond`, payload: { response: 'accept' } }), 204);
    }
  }
}

describe('late joiners', () => {
  it('are matched incrementally while the first pair stays as it is', async () => {
    const programId = await createOpenProgram(world);
    await join(programId, 'j1', 'mentor');
    await join(programId, 's1', 'mentee');
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
    expect(await runAndPublish(programId)).toEqual([{ mentor: 'J1 Person', mentee: 'S1 Person' }]);
    await acceptAll('j1', 's1');
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'active' } }));
    const [first] = await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/matches' }));

    // Two newcomers; a round in the active program pairs only them.
    await join(programId, 'j2', 'mentor');
    await join(programId, 's2', 'mentee');
    expect(await runAndPublish(programId)).toEqual([{ mentor: 'J2 Person', mentee: 'S2 Person' }]);
    const after = await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/matches' }));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ pairId: first.pairId, status: 'active' });
    const pairs = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pairs` }));
    expect(pairs.items.map((p: { status: string; roundNumber: number }) => `${p.roundNumber}:${p.status}`).sort()).toEqual(['1:active', '2:offered']);
  });
});
