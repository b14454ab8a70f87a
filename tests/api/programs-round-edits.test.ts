import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, buildWorld, createOpenProgram, ok, passTraining, type World, type WorldKey } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// Swaps and discards on a proposed round: the program manager's edits are kept when re-solving.
let ctx: TestContext;
let world: World;
let programId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'edits');
  programId = await createOpenProgram(world);
  const pm = world.clients.pmp;
  const people: Array<[WorldKey, 'mentor' | 'mentee']> = [['j1', 'mentor'], ['j2', 'mentor'], ['s1', 'mentee'], ['s2', 'mentee']];
  await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { personIds: people.map(([k]) => world.personIds[k]) } }));
  for (const [k, side] of people) await apply(world, k, programId, side);
  for (const approver of [world.clients.mgr, world.clients.ceo]) {
    for (const request of await ok(await approver.request({ method: 'GET', url: '/api/approvals' }))) {
      await ok(await approver.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved' } }), 204);
    }
  }
  for (const [k] of people) await passTraining(ctx, world, k, programId);
  await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
});
afterAll(() => ctx.close());

const names = (items: Array<{ mentor: { name: string }; mentee: { name: string } }>) => items.map((p) => `${p.mentor.name}–${p.mentee.name}`).sort();

describe('editing a proposed round', () => {
  it('swaps the mentees of two pairs, keeps the swap on re-solve, and refuses a swap of a pair with itself', async () => {
    const pm = world.clients.pmp;
    const round = await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} }));
    const before = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${round.id}/pairs` }));
    expect(before.items).toHaveLength(2);
    const [a, b] = before.items;
    expect((await pm.request({ method: 'POST', url: `/api/rounds/${round.id}/swap`, payload: { pairA: a.id, pairB: a.id } })).statusCode).toBe(400);
    await ok(await pm.request({ method: 'POST', url: `/api/rounds/${round.id}/swap`, payload: { pairA: a.id, pairB: b.id } }));
    const swapped = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${round.id}/pairs` }));
    const expected = [`${a.mentor.name}–${b.mentee.name}`, `${b.mentor.name}–${a.mentee.name}`].sort();
    expect(names(swapped.items)).toEqual(expected);
    expect(swapped.items.every((p: { locked: boolean; handPaired: boolean }) => p.locked && p.handPaired)).toBe(true);
    // Each swapped pair's score is recomputed and still adds up.
    for (const p of swapped.items) expect(p.score).toBe(p.explanation.parts.reduce((s: number, part: { points: number }) => s + part.points, 0));
    await ok(await pm.request({ method: 'POST', url: `/api/rounds/${round.id}/resolve`, payload: {} }));
    expect(names((await ok(await pm.request({ method: 'GET', url: `/api/rounds/${round.id}/pairs` }))).items)).toEqual(expected);
  });

  it('allows one proposed round at a time; a discarded round lets the next one run, and cannot be edited', async () => {
    const pm = world.clients.pmp;
    const [open] = await ok(await pm.request({ method: 'GET', url: `/api/programs/${programId}/rounds` }));
    expect((await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} })).statusCode).toBe(409);
    await ok(await pm.request({ method: 'POST', url: `/api/rounds/${open.id}/discard`, payload: {} }));
    expect((await pm.request({ method: 'POST', url: `/api/rounds/${open.id}/resolve`, payload: {} })).statusCode).toBe(409);
    const next = await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} }));
    expect(next.number).toBe(2);
    expect(next.pairCount).toBe(2);
  });
});
