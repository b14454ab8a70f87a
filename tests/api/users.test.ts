import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/server/plugins/session.js';
import { createOrgWithUsers, type OrgWithUsers } from '../support/factories.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
let acme: OrgWithUsers;
let globex: OrgWithUsers;
let admin: Client;
let participant: Client;
let otherAdmin: Client;

const idOf = (org: OrgWithUsers, email: string) => org.users.find((u) => u.email === email)?.id ?? '';

beforeAll(async () => {
  ctx = await startTestApp();
  acme = await createOrgWithUsers(ctx.deps, {
    slug: 'acme',
    users: [
      { email: 'admin@acme.test', roles: ['org_admin'], name: 'Ada Admin' },
      { email: 'pm@acme.test', roles: ['program_manager'], name: 'Paula Manager' },
      { email: 'part@acme.test', roles: ['participant'], name: 'Carl Participant' },
    ],
  });
  globex = await createOrgWithUsers(ctx.deps, { slug: 'globex', users: [{ email: 'admin@globex.test', roles: ['org_admin'] }] });
  admin = await signInClient(ctx.app, 'admin@acme.test', acme.users[0]!.password);
  participant = await signInClient(ctx.app, 'part@acme.test', acme.users[2]!.password);
  otherAdmin = await signInClient(ctx.app, 'admin@globex.test', globex.users[0]!.password);
});

afterAll(() => ctx.close());

describe('GET /api/users', () => {
  it('needs a session', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('is for org admins only', async () => {
    const res = await participant.request({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it("lists the organization's users by name, with only the public fields", async () => {
    const res = await admin.request({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(3);
    expect(body.items.map((u: { name: string }) => u.name)).toEqual(['Ada Admin', 'Carl Participant', 'Paula Manager']);
    const ada = body.items[0];
    expect(Object.keys(ada).sort()).toEqual(['email', 'id', 'lastLoginAt', 'name', 'personId', 'roles', 'status']);
    expect(ada).toMatchObject({ email: 'admin@acme.test', roles: ['org_admin'], status: 'active', personId: null });
    expect(new Date(ada.lastLoginAt).toISOString()).toBe(ada.lastLoginAt);
  });

  it('pages', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/users?page=2&pageSize=2' });
    expect(res.json()).toMatchObject({ page: 2, pageSize: 2, total: 3, items: [{ name: 'Paula Manager' }] });
    const tooBig = await admin.request({ method: 'GET', url: '/api/users?pageSize=1000' });
    expect(tooBig.statusCode).toBe(400);
  });

  it("never shows another organization's users", async () => {
    const res = await otherAdmin.request({ method: 'GET', url: '/api/users' });
    expect(res.json().items.map((u: { email: string }) => u.email)).toEqual(['admin@globex.test']);
  });
});

describe('PUT /api/users/:userId/roles', () => {
  const put = (client: Client, userId: string, payload: object) =>
    client.request({ method: 'PUT', url: `/api/users/${userId}/roles`, payload });

  it('replaces the roles and records who changed what', async () => {
    const pmId = idOf(acme, 'pm@acme.test');
    const res = await put(admin, pmId, { roles: ['program_manager', 'manager', 'manager'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: pmId, email: 'pm@acme.test', roles: ['manager', 'program_manager'] });

    const audit = await admin.request({ method: 'GET', url: '/api/audit' });
    const entry = audit.json().items.find((e: { action: string }) => e.action === 'authz_change');
    expect(entry).toMatchObject({
      actor: { id: idOf(acme, 'admin@acme.test'), email: 'admin@acme.test' },
      target: 'pm@acme.test',
      details: { before: ['program_manager'], after: ['manager', 'program_manager'] },
    });
  });

  it('allows a user to have no roles at all', async () => {
    const id = idOf(acme, 'part@acme.test');
    expect((await put(admin, id, { roles: [] })).json().roles).toEqual([]);
    expect((await put(admin, id, { roles: ['participant'] })).json().roles).toEqual(['participant']);
  });

  it('refuses to let an admin remove their own org_admin role', async () => {
    const res = await put(admin, idOf(acme, 'admin@acme.test'), { roles: ['participant'] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', message: expect.stringContaining('your own org_admin') });
  });

  it('refuses a participant', async () => {
    const res = await put(participant, idOf(acme, 'part@acme.test'), { roles: ['org_admin'] });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a write without the CSRF header', async () => {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/users/${idOf(acme, 'pm@acme.test')}/roles`,
      cookies: { [SESSION_COOKIE]: admin.cookie },
      payload: { roles: ['org_admin'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/x-csrf-token/);
  });

  it('validates the body and names an unknown field', async () => {
    const id = idOf(acme, 'pm@acme.test');
    const unknown = await put(admin, id, { roles: ['manager'], superuser: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe('superuser');
    expect(unknown.json().error.message).toContain('superuser');
    expect((await put(admin, id, { roles: ['root'] })).statusCode).toBe(400);
    expect((await put(admin, 'not-a-uuid', { roles: [] })).statusCode).toBe(400);
  });

  it("answers 404 for another organization's user and changes nothing", async () => {
    const id = idOf(acme, 'part@acme.test');
    const res = await put(otherAdmin, id, { roles: ['org_admin'] });
    expect(res.statusCode).toBe(404);
    const list = await admin.request({ method: 'GET', url: '/api/users' });
    const carl = list.json().items.find((u: { id: string }) => u.id === id);
    expect(carl.roles).toEqual(['participant']);
  });
});
