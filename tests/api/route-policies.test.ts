import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPolicy } from '../../src/core/auth/policies.js';
import { declaredRoutes, type DeclaredRoute } from '../../src/server/plugins/session.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// Deny by default: a route nobody thought about must not be reachable. This enumerates every
// route the app registered, so a new route without a policy fails here (and at start-up).
let ctx: TestContext;
let apiRoutes: DeclaredRoute[];

const PUBLIC_API = [
  'POST /api/auth/login',
  'GET /api/openapi.json',
  'POST /api/invitations/lookup',
  'POST /api/invitations/accept',
  'POST /api/approvals/lookup',
  'POST /api/approvals/decide-by-token',
];

beforeAll(async () => {
  ctx = await startTestApp();
  apiRoutes = (declaredRoutes.get(ctx.app) ?? []).filter(
    (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD',
  );
});
afterAll(() => ctx.close());

const sample = (url: string) => url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');

describe('route policies', () => {
  it('finds the routes', () => {
    expect(apiRoutes.length).toBeGreaterThanOrEqual(15);
  });

  it('every /api route declares a valid policy', () => {
    const missing = apiRoutes.filter((r) => !isPolicy(r.policy)).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('only the expected routes are public', () => {
    const open = apiRoutes.filter((r) => r.policy === 'public').map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual([...PUBLIC_API].sort());
  });

  it('every non-public route answers 401 without a session', async () => {
    for (const route of apiRoutes.filter((r) => r.policy !== 'public')) {
      const res = await ctx.app.inject({ method: route.method as 'GET', url: sample(route.url), payload: route.method === 'GET' ? undefined : {} });
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode }).toEqual({ route: `${route.method} ${route.url}`, status: 401 });
    }
  });

  it('refuses to register a route without a policy', async () => {
    const { buildApp } = await import('../../src/server/app.js');
    const app = await buildApp(ctx.deps);
    expect(() => app.get('/api/unguarded', async () => 'oops')).toThrow(/declares no policy/);
    await app.close().catch(() => undefined);
  });
});
