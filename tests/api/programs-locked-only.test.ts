import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, buildWorld, createOpenProgram, ok, passTraining, type World, type WorldKey } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// A mentor kept in a round only for their live pair (on leave since) gets no new mentee, even with room left.
let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'leave');
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

describe('late joiners and live pairs', () => {
  it('never go to a mentor who is here only to keep a live pair (on leave since), even with room left', async () => {
    const programId = await createOpenProgram(world, { mentorCapacity: 2, name: 'Capacity two' });
    await join(programId, 'pmp', 'mentor');
    await join(programId, 's1', 'mentee');
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
    expect(await runAndPublish(programId)).toEqual([{ mentor: 'PMP Person', mentee: 'S1 Person' }]);
    await acceptAll('pmp', 's1');
    await ctx.db.system((tx) => tx.execute(sql`UPDATE people SET status = 'on_leave' WHERE id = ${world.personIds.pmp}`));
    await join(programId, 's2', 'mentee');
    const round = await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} });
    expect(round.statusCode === 409 || round.json().pairCount === 0, round.body).toBe(true);
    if (round.statusCode === 200) {
      const free = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/rounds/${round.json().id}/available` }));
      expect(free.mentors).toEqual([]);
      await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/rounds/${round.json().id}/discard`, payload: {} }));
    }
  });

});
