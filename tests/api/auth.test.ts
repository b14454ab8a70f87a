import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS } from '../../src/core/auth/session-policy.js';
import { SESSION_COOKIE } from '../../src/server/plugins/session.js';
import { createOrgWithUsers, TEST_PASSWORD } from '../support/factories.js';
import { signInClient, startTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await startTestApp();
  await createOrgWithUsers(ctx.deps, {
    slug: 'auth',
    users: [
      { email: 'admin@auth.test', roles: ['org_admin'] },
      { email: 'locked@auth.test', roles: ['participant'] },
      { email: 'idle@auth.test', roles: ['participant'] },
    ],
  });
});
afterAll(() => ctx.close());

const login = (email: string, password: string, ip = '10.0.0.1') =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

describe('sign-in', () => {
  it('sets a __Host- session cookie that is Secure, HttpOnly and SameSite=Lax', async () => {
    const res = await login('ADMIN@auth.test ', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(header).toMatch(/; Path=\//);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).not.toMatch(/Domain=/);
    expect(res.json()).toMatchObject({ user: { email: 'admin@auth.test', roles: ['org_admin'], org: { slug: 'auth' } } });
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrong = await login('admin@auth.test', 'not-the-password', '10.0.0.2');
    const unknown = await login('nobody@auth.test', 'not-the-password', '10.0.0.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('issues a new session id at every sign-in', async () => {
    const a = await signInClient(ctx.app, 'admin@auth.test', TEST_PASSWORD);
    const b = await signInClient(ctx.app, 'admin@auth.test', TEST_PASSWORD);
    expect(a.cookie).not.toBe(b.cookie);
  });

  it('rejects unknown fields and names them', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.c', password: 'x', orgId: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', fields: [{ path: 'orgId' }] });
  });

  it('limits attempts per account before checking the password, then answers 429', async () => {
    for (let i = 0; i < 10; i++) expect((await login('locked@auth.test', 'wrong-password', `10.1.0.${i}`)).statusCode).toBe(401);
    const blocked = await login('locked@auth.test', TEST_PASSWORD, '10.1.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
  });

  it('limits attempts per IP address across accounts', async () => {
    for (let i = 0; i < 30; i++) await login(`someone${i}@auth.test`, 'wrong-password', '10.2.0.1');
    const res = await login('admin@auth.test', TEST_PASSWORD, '10.2.0.1');
    expect(res.statusCode).toBe(429);
    expect((await login('admin@auth.test', TEST_PASSWORD, '10.2.0.2')).statusCode).toBe(200);
  });

  it('audits successes and failures without the password', async () => {
    const admin = await signInClient(ctx.app, 'admin@auth.test', TEST_PASSWORD);
    const res = await admin.request({ method: 'GET', url: '/api/audit?pageSize=100' });
    const actions = res.json().items.map((e: { action: string }) => e.action);
    expect(actions).toContain('authn_login_success');
    expect(actions).toContain('authn_login_fail');
    expect(res.body).not.toContain(TEST_PASSWORD);
  });
});

describe('sessions', () => {
  it('ends on the server at sign-out: the old cookie no longer works', async () => {
    const client = await signInClient(ctx.app, 'admin@auth.test', TEST_PASSWORD);
    expect((await client.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    const out = await client.request({ method: 'POST', url: '/api/auth/logout', payload: {} });
    expect(out.statusCode).toBe(204);
    expect((await client.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await client.request({ method: 'GET', url: '/api/people' })).statusCode).toBe(401);
  });

  it('ends after the idle time-out', async () => {
    const client = await signInClient(ctx.app, 'idle@auth.test', TEST_PASSWORD);
    const start = ctx.clock.now;
    try {
      ctx.clock.now = new Date(start.getTime() + SESSION_IDLE_MS + 1000);
      expect((await client.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    } finally {
      ctx.clock.now = start;
    }
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = await signInClient(ctx.app, 'admin@auth.test', TEST_PASSWORD);
    const res = await client.request({ method: 'POST', url: '/api/auth/logout', payload: {}, headers: { 'x-csrf-token': 'forged' } });
    expect(res.statusCode).toBe(403);
    expect((await client.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
  });

  it('refuses a cross-site write even with a valid token', async () => {
    const client = await signInClient(ctx.app, 'admin@auth.test', TEST_PASSWORD);
    const res = await client.request({ method: 'POST', url: '/api/auth/logout', payload: {}, headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a form-encoded sign-in (a cross-site form cannot send JSON)', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=admin%40auth.test&password=x',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });
});

describe('HTTP baseline', () => {
  it('sends security headers and no-store on the API', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/auth/session' });
    const csp = String(res.headers['content-security-policy']);
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src 'self'"]) expect(csp).toContain(d);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers unknown API paths with the one error shape', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'No route for GET /api/nope.' } });
  });

  it('answers malformed JSON with 400, not a stack trace', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('serves health, readiness and the OpenAPI document', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await ctx.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ok' });
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/people/import'].post).toBeDefined();
    expect(doc.paths['/api/people/{personId}'].get.responses['200']).toBeDefined();
    expect((await ctx.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
