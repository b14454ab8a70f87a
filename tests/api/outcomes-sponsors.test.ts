import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/app/users/create-user.js';
import { auditLog, enrollments } from '../../src/db/schema.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

// Sponsors are given programs by the program's managers; the leader-signal opt-in belongs to
// the junior member of a started pair. Driven through the API, from a real active pair.
let ctx: TestContext;
let world: World;
let programId: string;
let sponsor: Client;
let sponsorId: string;
let otherPmId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'spons');
  ({ programId } = await activePair(ctx, world, 'j1', 's1'));
  await ctx.db.system(async (tx) => {
    sponsorId = (await createUser(tx, { orgId: world.orgId, email: 'sponsor@spons.test', name: 'Sam Sponsor', password: TEST_PASSWORD, roles: ['sponsor'] })).id;
    otherPmId = (await createUser(tx, { orgId: world.orgId, email: 'pm2@spons.test', name: 'Other PM', password: TEST_PASSWORD, roles: ['program_manager'] })).id;
  });
  sponsor = await signInClient(ctx.app, 'sponsor@spons.test', TEST_PASSWORD);
});
afterAll(async () => ctx?.close());

describe('sponsors', () => {
  it('the program manager gives the program to a sponsor, who then sees its dashboard', async () => {
    const pm = world.clients.pmp;
    expect((await sponsor.request({ method: 'GET', url: `/api/programs/${programId}/outcomes` })).statusCode).toBe(404);
    const candidates = await ok(await pm.request({ method: 'GET', url: `/api/programs/${programId}/sponsor-candidates` }));
    expect(candidates).toEqual([{ id: sponsorId, name: 'Sam Sponsor', email: 'sponsor@spons.test' }]);
    expect(await ok(await pm.request({ method: 'GET', url: `/api/programs/${programId}/sponsors` }))).toEqual([]);
    const saved = await ok(await pm.request({ method: 'PUT', url: `/api/programs/${programId}/sponsors`, payload: { userIds: [sponsorId] } }));
    expect(saved).toEqual([{ id: sponsorId, name: 'Sam Sponsor', email: 'sponsor@spons.test' }]);
    const view = await ok(await sponsor.request({ method: 'GET', url: `/api/programs/${programId}/outcomes` }));
    expect(view.viewer).toBe('sponsor');
    const [entry] = await ctx.db.system((tx) => tx.select().from(auditLog).where(and(eq(auditLog.action, 'program_sponsors_changed'), eq(auditLog.target, programId))));
    expect(entry?.details).toEqual({ before: [], after: [sponsorId] });
  });

  it('only users holding the sponsor role may be sponsors: a field error names userIds', async () => {
    const res = await world.clients.pmp.request({ method: 'PUT', url: `/api/programs/${programId}/sponsors`, payload: { userIds: [otherPmId] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'userIds', message: expect.stringMatching(/sponsor role/) }]);
    const bad = await world.clients.pmp.request({ method: 'PUT', url: `/api/programs/${programId}/sponsors`, payload: { userIds: ['x'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toMatch(/^userIds/);
  });

  it('a sponsor cannot change sponsors; participants and other managers cannot read them', async () => {
    expect((await sponsor.request({ method: 'PUT', url: `/api/programs/${programId}/sponsors`, payload: { userIds: [] } })).statusCode).toBe(403);
    expect((await world.clients.j1.request({ method: 'GET', url: `/api/programs/${programId}/sponsors` })).statusCode).toBe(403);
    const pm2 = await ctx.db.system((tx) => createUser(tx, { orgId: world.orgId, email: 'pm3@spons.test', name: 'Third PM', password: TEST_PASSWORD, roles: ['program_manager'] }));
    const c = await signInClient(ctx.app, 'pm3@spons.test', TEST_PASSWORD);
    expect(pm2.id).toBeTruthy();
    expect((await c.request({ method: 'GET', url: `/api/programs/${programId}/sponsors` })).statusCode).toBe(404);
    expect((await c.request({ method: 'GET', url: `/api/programs/${programId}/sponsor-candidates` })).statusCode).toBe(404);
  });

  it('the sponsor role is presented by the session and accepted by the role pickers', async () => {
    const me = await ok(await sponsor.request({ method: 'GET', url: '/api/auth/session' }));
    expect(JSON.stringify(me)).toContain('"sponsor"');
    const changed = await world.clients.admin.request({ method: 'PUT', url: `/api/users/${otherPmId}/roles`, payload: { roles: ['program_manager', 'sponsor'] } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().roles).toEqual(expect.arrayContaining(['sponsor']));
    const invited = await world.clients.admin.request({ method: 'POST', url: '/api/invitations', payload: { email: 'new-sponsor@spons.test', roles: ['sponsor'] } });
    expect(invited.statusCode, invited.body).toBeLessThan(300);
    const users = await ok(await world.clients.admin.request({ method: 'GET', url: '/api/users?pageSize=100' }));
    const items = (users.items ?? users) as Array<{ id: string; roles: string[] }>;
    expect(items.find((u) => u.id === sponsorId)?.roles).toEqual(['sponsor']);
  });
});

describe('leader-signal opt-in', () => {
  it('the junior sees the program, off by default, and turns it on and off', async () => {
    const j1 = world.clients.j1;
    const before = await ok(await j1.request({ method: 'GET', url: '/api/me/leader-signals' }));
    expect(before.items).toEqual([{ programId, programName: 'Digital fluency', optedIn: false, optedInAt: null }]);
    const on = await ok(await j1.request({ method: 'PUT', url: `/api/me/programs/${programId}/leader-signals`, payload: { optIn: true } }));
    expect(on.items[0]).toMatchObject({ programId, optedIn: true, optedInAt: expect.any(String) });
    const [row] = await ctx.db.system((tx) => tx.select({ at: enrollments.leaderSignalsAt }).from(enrollments).where(and(eq(enrollments.programId, programId), eq(enrollments.personId, world.personIds.j1))));
    expect(row?.at).toBeInstanceOf(Date);
    const leaders = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/outcomes/leaders` }));
    expect(leaders.optedIn.suppressed).toBe(true);
    const off = await ok(await j1.request({ method: 'PUT', url: `/api/me/programs/${programId}/leader-signals`, payload: { optIn: false } }));
    expect(off.items[0]).toMatchObject({ optedIn: false, optedInAt: null });
  });

  it('the senior may not opt in (409); someone not enrolled gets 404', async () => {
    expect((await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/leader-signals' }))).items).toEqual([]);
    const senior = await world.clients.s1.request({ method: 'PUT', url: `/api/me/programs/${programId}/leader-signals`, payload: { optIn: true } });
    expect(senior.statusCode).toBe(409);
    expect(senior.json().error.message).toMatch(/junior member/);
    const outsider = await world.clients.s2.request({ method: 'PUT', url: `/api/me/programs/${programId}/leader-signals`, payload: { optIn: true } });
    expect(outsider.statusCode).toBe(404);
    const badBody = await world.clients.j1.request({ method: 'PUT', url: `/api/me/programs/${programId}/leader-signals`, payload: { optIn: 'yes' } });
    expect(badBody.statusCode).toBe(400);
  });
});
