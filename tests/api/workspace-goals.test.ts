import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/app/users/create-user.js';
import { sharedGoalsOfProgram } from '../../src/app/workspace/shared-goals-of-program.js';
import { programs } from '../../src/db/schema.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { signInClient, type Client, type TestContext } from '../support/test-app.js';
import { startTestApp } from '../support/test-app.js';

// Goals in both directions: each member writes what they learn from the other; both track
// them; nobody outside the pair sees them — the program manager not even their titles.
let ctx: TestContext;
let world: World;
let programId: string;
let pairId: string;
let otherProgramId: string;
let otherPairId: string;
let linkedAdmin: Client;
const CANARY = 'canary-goal-title-5c1e';
const TARGET = '2027-06-30';

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'goals');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
  ({ programId: otherProgramId, pairId: otherPairId } = await activePair(ctx, world, 'j2', 's2'));
  // An org admin who is also a person in the directory (the world's admin login is not one).
  await ctx.db.system((tx) => createUser(tx, { orgId: world.orgId, email: 'boss-admin@goals.test', name: 'Boss Admin', password: TEST_PASSWORD, roles: ['org_admin'], personId: world.personIds.ceo }));
  linkedAdmin = await signInClient(ctx.app, 'boss-admin@goals.test', TEST_PASSWORD);
});
afterAll(() => ctx.close());

const url = (p = pairId) => `/api/me/pairs/${p}/goals`;
const list = async (who: Client, p = pairId) => ok(await who.request({ method: 'GET', url: url(p) }));
// The test clock stands still; a second between goals keeps "oldest first" meaningful.
const tick = () => (ctx.clock.now = new Date(ctx.clock.now.getTime() + 1000));
const create = async (who: Client, payload: Record<string, unknown>, p = pairId) => {
  tick();
  return ok(await who.request({ method: 'POST', url: url(p), payload }), 201);
};
const patch = (who: Client, goalId: string, payload: Record<string, unknown>, p = pairId) => who.request({ method: 'PATCH', url: `${url(p)}/${goalId}`, payload });
const setMode = (mode: 'reverse' | 'mutual') => ctx.db.tenant(world.orgId, (tx) => tx.update(programs).set({ mode }).where(eq(programs.id, programId)));

let seniorGoalId: string;
let juniorGoalId: string;

describe('goals in both directions', () => {
  it('asks the senior for a goal first, in reverse mode', async () => {
    const v = await list(world.clients.s1);
    expect(v).toMatchObject({ mode: 'reverse', mySide: 'mentee', canWrite: true, goals: [], missing: ['mentee'] });
    expect(v.me.personId).toBe(world.personIds.s1);
    expect(v.partner).toEqual({ personId: world.personIds.j1, name: 'J1 Person' });
    expect(v.targetDates.latest).toBe('2027-12-31');
  });

  it('each member writes what they learn from the other; each goal says who learns and who helps', async () => {
    const senior = await create(world.clients.s1, {
      title: `  ${CANARY}  `,
      why: 'My team uses tools I do not know.',
      success: 'I draft a memo with an assistant myself.',
      targetDate: TARGET,
      milestones: [
        { title: 'Try three assistants', done: false },
        { title: 'Write a prompt library', done: false },
      ],
    });
    seniorGoalId = senior.id;
    expect(senior).toMatchObject({
      learnerSide: 'mentee',
      learner: { personId: world.personIds.s1, name: 'S1 Person' },
      helper: { personId: world.personIds.j1, name: 'J1 Person' },
      title: CANARY,
      targetDate: TARGET,
      progress: 0,
      status: 'active',
      sharedWithProgram: false,
      mine: true,
    });
    // The junior mentor learns too (business acumen), as the learner of their own goal.
    const junior = await create(world.clients.j1, { title: 'Read a P&L', progress: 10 });
    juniorGoalId = junior.id;
    expect(junior).toMatchObject({ learnerSide: 'mentor', learner: { personId: world.personIds.j1 }, helper: { personId: world.personIds.s1 }, progress: 10, why: '', milestones: [], targetDate: null });

    const seen = await list(world.clients.j1);
    expect(seen.missing).toEqual([]);
    expect(seen.goals.map((g: { id: string; mine: boolean }) => [g.id, g.mine])).toEqual([
      [seniorGoalId, false],
      [juniorGoalId, true],
    ]);
    expect(seen.summary.mentee).toMatchObject({ total: 1, shared: 0, meanProgress: 0 });
    expect(seen.summary.mentor).toMatchObject({ total: 1, meanProgress: 10 });
  });

  it('in mutual mode asks for a goal on each side; a dropped goal does not count', async () => {
    await setMode('mutual');
    try {
      await ok(await patch(world.clients.j1, juniorGoalId, { status: 'dropped' }));
      const v = await list(world.clients.s1);
      expect(v).toMatchObject({ mode: 'mutual', missing: ['mentor'] });
      await ok(await patch(world.clients.s1, juniorGoalId, { status: 'active' }));
      expect((await list(world.clients.s1)).missing).toEqual([]);
    } finally {
      await setMode('reverse');
    }
  });

  it('both track a goal: the helper ticks milestones and sets the status; progress follows', async () => {
    const ticked = await ok(
      await patch(world.clients.j1, seniorGoalId, {
        milestones: [
          { title: 'Try three assistants', done: true },
          { title: 'Write a prompt library', done: false },
        ],
      }),
    );
    expect(ticked).toMatchObject({ progress: 50, mine: false, title: CANARY });
    const achieved = await ok(await patch(world.clients.j1, seniorGoalId, { status: 'achieved' }));
    expect(achieved).toMatchObject({ status: 'achieved', progress: 100 });
    const reopened = await ok(await patch(world.clients.s1, seniorGoalId, { status: 'active' }));
    expect(reopened).toMatchObject({ status: 'active', progress: 50 });
    const refused = await patch(world.clients.s1, seniorGoalId, { progress: 80 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('progress');
  });

  it('only the learner changes what the goal is and whether the program sees it', async () => {
    for (const body of [{ title: 'Something else' }, { why: 'x' }, { success: 'x' }, { targetDate: '2027-05-01' }, { sharedWithProgram: true }]) {
      const res = await patch(world.clients.j1, seniorGoalId, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(403);
    }
    // The same value sent back is no change.
    await ok(await patch(world.clients.j1, seniorGoalId, { title: CANARY, status: 'active' }));
    const shared = await ok(await patch(world.clients.s1, seniorGoalId, { sharedWithProgram: true, success: 'A memo drafted alone.' }));
    expect(shared).toMatchObject({ sharedWithProgram: true, success: 'A memo drafted alone.' });
    expect((await list(world.clients.j1)).summary.mentee.shared).toBe(1);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ title: 't', why: 'w'.repeat(2001) }, 'why'],
      [{ title: 't', success: 's'.repeat(2001) }, 'success'],
      [{ title: 't', targetDate: '2027-02-30' }, 'targetDate'],
      [{ title: 't', targetDate: '2020-01-01' }, 'targetDate'],
      [{ title: 't', targetDate: '2028-01-01' }, 'targetDate'],
      [{ title: 't', milestones: [{ title: 'a', done: false }, { title: ' ', done: false }] }, 'milestones.1.title'],
      [{ title: 't', milestones: Array.from({ length: 21 }, (_, i) => ({ title: `m${i}`, done: false })) }, 'milestones'],
      [{ title: 't', progress: 101 }, 'progress'],
      [{ title: 't', progress: 2.5 }, 'progress'],
      [{ title: 't', learnerSide: 'mentor' }, 'learnerSide'],
    ];
    for (const [payload, path] of cases) {
      const res = await world.clients.s1.request({ method: 'POST', url: url(), payload });
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path), path).toContain(path);
    }
    const bad = await patch(world.clients.s1, seniorGoalId, { status: 'finished' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('status');
    expect((await list(world.clients.s1)).goals).toHaveLength(2);
  });

  it('deletes a goal written by mistake (its learner, nothing tracked); real work is dropped instead', async () => {
    const typo = await create(world.clients.s1, { title: 'Typo goal' });
    expect((await world.clients.j1.request({ method: 'DELETE', url: `${url()}/${typo.id}` })).statusCode).toBe(403);
    await ok(await world.clients.s1.request({ method: 'DELETE', url: `${url()}/${typo.id}` }), 204);
    expect((await world.clients.s1.request({ method: 'DELETE', url: `${url()}/${typo.id}` })).statusCode).toBe(404);
    const tracked = await world.clients.s1.request({ method: 'DELETE', url: `${url()}/${seniorGoalId}` });
    expect(tracked.statusCode).toBe(409);
    expect(tracked.json().error.message).toMatch(/dropped/);
  });

  it('is the pair’s alone: everyone else gets 404 on every goals route, and nothing changes', async () => {
    const outsiders: Array<[string, Client]> = [
      ['program manager', world.clients.pmp],
      ['org admin (a person)', linkedAdmin],
      ['manager', world.clients.mgr],
      ['manager of the manager', world.clients.ceo],
      ['mentor of another pair', world.clients.j2],
      ['mentee of another pair', world.clients.s2],
      ['participant in no pair', world.clients.orphan],
    ];
    const routes = (goalId: string) => [
      { method: 'GET' as const, url: url() },
      { method: 'POST' as const, url: url(), payload: { title: 'Intruder goal' } },
      { method: 'PATCH' as const, url: `${url()}/${goalId}`, payload: { progress: 5 } },
      { method: 'PATCH' as const, url: `${url()}/${goalId}`, payload: { title: 'Intruder' } },
      { method: 'DELETE' as const, url: `${url()}/${goalId}` },
    ];
    for (const [who, client] of outsiders) {
      for (const route of [...routes(seniorGoalId), ...routes(juniorGoalId)]) {
        const res = await client.request(route);
        expect(res.statusCode, `${who} ${route.method} ${route.url}`).toBe(404);
        expect(res.body).not.toContain(CANARY);
      }
    }
    // The org admin login that is not a person cannot act as a member either.
    for (const route of routes(seniorGoalId)) expect((await world.clients.admin.request(route)).statusCode).toBe(403);
    // A member of another pair cannot reach this pair's goal through their own pair either.
    expect((await patch(world.clients.j2, seniorGoalId, { progress: 5 }, otherPairId)).statusCode).toBe(404);
    const after = await list(world.clients.s1);
    expect(after.goals.map((g: { title: string }) => g.title)).toEqual([CANARY, 'Read a P&L']);
    expect(after.goals[0].progress).toBe(50);
  });

  it('the program manager’s pairs list carries no goal text, even of a shared goal', async () => {
    const pairs = await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pairs` });
    expect(pairs.statusCode).toBe(200);
    expect(pairs.body).not.toContain(CANARY);
    const asAdmin = await world.clients.admin.request({ method: 'GET', url: `/api/programs/${programId}/pairs` });
    expect(asAdmin.body).not.toContain(CANARY);
  });

  it('offers the shared goals (only) to the program, for reviews', async () => {
    const shared = await ctx.db.tenant(world.orgId, (tx) => sharedGoalsOfProgram(tx, programId));
    expect(shared.map((g) => g.title)).toEqual([CANARY]);
    expect(await ctx.db.tenant(world.orgId, (tx) => sharedGoalsOfProgram(tx, otherProgramId))).toEqual([]);
  });

  it('keeps an ended pair’s goals readable as history, but not writable (409)', async () => {
    const goal = await create(world.clients.s2, { title: 'Learn short video' }, otherPairId);
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/pairs/${otherPairId}/end`, payload: { reason: 'test' } }), 204);
    for (const who of [world.clients.s2, world.clients.j2]) {
      const v = await list(who, otherPairId);
      expect(v.canWrite).toBe(false);
      expect(v.goals.map((g: { title: string }) => g.title)).toEqual(['Learn short video']);
    }
    const writes = [
      world.clients.s2.request({ method: 'POST', url: url(otherPairId), payload: { title: 'Another' } }),
      patch(world.clients.j2, goal.id, { progress: 40 }, otherPairId),
      world.clients.s2.request({ method: 'DELETE', url: `${url(otherPairId)}/${goal.id}` }),
    ];
    for (const res of await Promise.all(writes)) expect(res.statusCode, res.body).toBe(409);
    expect((await list(world.clients.s2, otherPairId)).goals[0].progress).toBe(0);
  });
});
