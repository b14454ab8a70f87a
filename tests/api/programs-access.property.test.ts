import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredRoutes, type DeclaredRoute } from '../../src/server/plugins/session.js';
import { apply, buildWorld, createOpenProgram, ok, passTraining, WORLD_PEOPLE, type World, type WorldKey } from '../support/program-world.js';
import { createUser } from '../../src/app/users/create-user.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { signInClient, startTestApp, type TestContext } from '../support/test-app.js';

// Every program-lifecycle route, enumerated from the app (a new route is covered without
// editing this file), called by every login of organization A with the ids of organization B's
// program, round, pair, enrollment and module: never a success, never B's data in the answer.
let ctx: TestContext;
let a: World;
let b: World;
let ids: Record<string, string>;
let routes: DeclaredRoute[];

const AREAS = ['/api/programs', '/api/rounds', '/api/pairs', '/api/me/', '/api/approvals', '/api/notifications', '/api/program-'];

beforeAll(async () => {
  ctx = await startTestApp();
  a = await buildWorld(ctx, 'pa');
  b = await buildWorld(ctx, 'pb');
  const programId = await createOpenProgram(b);
  await ok(await b.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { personIds: [b.personIds.j1, b.personIds.s1] } }));
  const enrollment = await apply(b, 'j1', programId, 'mentor');
  await apply(b, 's1', programId, 'mentee');
  for (const request of await ok(await b.clients.mgr.request({ method: 'GET', url: '/api/approvals' }))) {
    await ok(await b.clients.mgr.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved' } }), 204);
  }
  const ceoInbox = await ok(await b.clients.ceo.request({ method: 'GET', url: '/api/approvals' }));
  await ok(await b.clients.ceo.request({ method: 'POST', url: `/api/approvals/${ceoInbox[0].enrollmentId}/decide`, payload: { decision: 'approved' } }), 204);
  await passTraining(ctx, b, 'j1', programId);
  await passTraining(ctx, b, 's1', programId);
  await ok(await b.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
  const round = await ok(await b.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} }));
  const pairs = await ok(await b.clients.pmp.request({ method: 'GET', url: `/api/rounds/${round.id}/pairs` }));
  const modules = await ok(await b.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/training` }));
  ids = { programId, roundId: round.id, pairId: pairs.items[0].id, enrollmentId: enrollment.id, moduleId: modules[0].id };
  routes = (declaredRoutes.get(ctx.app) ?? []).filter((r) => AREAS.some((p) => r.url.startsWith(p)) && r.method !== 'HEAD' && r.policy !== 'public');
});
afterAll(() => ctx.close());

const LOGINS = ['admin', ...Object.keys(WORLD_PEOPLE)] as Array<WorldKey | 'admin'>;

describe('program routes across organizations (property)', () => {
  it('covers the routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(30);
  });

  it('never lets a login of another organization read or change an object', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...LOGINS), fc.integer({ min: 0, max: 10_000 }), async (login, pick) => {
        const route = routes[pick % routes.length] as DeclaredRoute;
        const url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => ids[name] ?? '00000000-0000-4000-8000-000000000000');
        if (!/:[A-Za-z]/.test(route.url)) return; // routes without an object are the actor's own (lists: below)
        const res = await a.clients[login].request({ method: route.method as 'GET', url, ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }) });
        expect([400, 403, 404], `${login} ${route.method} ${route.url}: ${res.statusCode} ${res.body}`).toContain(res.statusCode);
        for (const id of Object.values(ids)) expect(res.body).not.toContain(id);
      }),
      { numRuns: 250 },
    );
  });

  it('lists show nothing of the other organization', async () => {
    for (const login of LOGINS) {
      for (const url of ['/api/programs', '/api/me/programs', '/api/me/matches', '/api/approvals', '/api/approvals?status=decided', '/api/notifications', '/api/program-managers']) {
        const res = await a.clients[login].request({ method: 'GET', url });
        expect([200, 403]).toContain(res.statusCode);
        for (const id of [...Object.values(ids), ...Object.values(b.personIds)]) expect(res.body, `${login} ${url}`).not.toContain(id);
      }
    }
  });

  it('within an organization, participants and managers cannot use the program manager’s routes', async () => {
    const manage = routes.filter((r) => r.policy === 'programs.manage');
    for (const login of ['j1', 's1', 'mgr', 'ceo'] as const) {
      for (const route of manage) {
        const url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => ids[name] ?? '00000000-0000-4000-8000-000000000000');
        const res = await b.clients[login].request({ method: route.method as 'GET', url, ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }) });
        expect(res.statusCode, `${login} ${route.method} ${route.url}`).toBe(403);
      }
    }
  });

  it('a program manager who does not run the program sees nothing of it; an org admin sees it', async () => {
    await ctx.db.system((tx) => createUser(tx, { orgId: b.orgId, email: 'pm2@pb.test', name: 'Second PM', password: TEST_PASSWORD, roles: ['program_manager'] }));
    const pm2 = await signInClient(ctx.app, 'pm2@pb.test', TEST_PASSWORD);
    expect((await pm2.request({ method: 'GET', url: `/api/programs/${ids.programId}` })).statusCode).toBe(404);
    expect((await pm2.request({ method: 'GET', url: `/api/rounds/${ids.roundId}/pairs` })).statusCode).toBe(404);
    expect((await ok(await pm2.request({ method: 'GET', url: '/api/programs' }))).total).toBe(0);
    expect((await b.clients.admin.request({ method: 'GET', url: `/api/programs/${ids.programId}` })).statusCode).toBe(200);
  });
});
