import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgWithUsers } from '../support/factories.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
let admin: Client;
let manager: Client;
let otherAdmin: Client;

beforeAll(async () => {
  ctx = await startTestApp();
  const acme = await createOrgWithUsers(ctx.deps, {
    slug: 'acme',
    users: [
      { email: 'admin@acme.test', roles: ['org_admin'] },
      { email: 'pm@acme.test', roles: ['program_manager', 'participant'] },
    ],
  });
  const globex = await createOrgWithUsers(ctx.deps, { slug: 'globex', users: [{ email: 'admin@globex.test', roles: ['org_admin'] }] });
  admin = await signInClient(ctx.app, 'admin@acme.test', acme.users[0]!.password);
  manager = await signInClient(ctx.app, 'pm@acme.test', acme.users[1]!.password);
  otherAdmin = await signInClient(ctx.app, 'admin@globex.test', globex.users[0]!.password);
  for (const email of ['first@example.test', 'second@example.test']) {
    const res = await admin.request({ method: 'POST', url: '/api/invitations', payload: { email, roles: ['participant'] } });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
});

afterAll(() => ctx.close());

describe.each(['/api/outbox', '/api/audit'])('GET %s', (url) => {
  it('needs a session', async () => {
    expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('is for org admins only', async () => {
    const res = await manager.request({ method: 'GET', url });
    expect(res.statusCode).toBe(403);
  });

  it('rejects an unknown query parameter and an oversized page', async () => {
    expect((await admin.request({ method: 'GET', url: `${url}?sort=asc` })).statusCode).toBe(400);
    expect((await admin.request({ method: 'GET', url: `${url}?pageSize=101` })).statusCode).toBe(400);
  });
});

describe('GET /api/outbox', () => {
  it("lists the organization's emails, newest first", async () => {
    const res = await admin.request({ method: 'GET', url: '/api/outbox' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items.map((e: { to: string }) => e.to)).toEqual(['second@example.test', 'first@example.test']);
    const [email] = body.items;
    expect(Object.keys(email).sort()).toEqual(['createdAt', 'id', 'sentAt', 'status', 'subject', 'text', 'to']);
    expect(email).toMatchObject({ status: 'pending', sentAt: null, subject: expect.stringContaining('Tandem') });
  });

  it('pages', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/outbox?page=2&pageSize=1' });
    expect(res.json()).toMatchObject({ page: 2, pageSize: 1, total: 2, items: [{ to: 'first@example.test' }] });
  });

  it("never shows another organization's emails", async () => {
    const res = await otherAdmin.request({ method: 'GET', url: '/api/outbox' });
    expect(res.json()).toMatchObject({ total: 0, items: [] });
  });
});

describe('GET /api/audit', () => {
  it("lists the organization's entries, newest first, with who, what and where from", async () => {
    const res = await admin.request({ method: 'GET', url: '/api/audit?pageSize=100' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<Record<string, unknown>>;
    expect(items.map((e) => e.action)).toEqual([
      'user_invited',
      'user_invited',
      'authn_login_success',
      'authn_login_success',
      'org_created',
    ]);
    const [latest] = items;
    expect(Object.keys(latest!).sort()).toEqual(['action', 'actor', 'at', 'details', 'id', 'ip', 'requestId', 'target']);
    expect(latest).toMatchObject({ target: 'second@example.test', actor: { email: 'admin@acme.test' }, ip: expect.any(String), requestId: expect.any(String) });
    expect(items.at(-1)).toMatchObject({ action: 'org_created', actor: null, target: 'acme' });
  });

  it("never shows another organization's entries", async () => {
    const items = (await otherAdmin.request({ method: 'GET', url: '/api/audit' })).json().items;
    expect(items.map((e: { target: string }) => e.target)).toEqual(['admin@globex.test', 'globex']);
  });
});
