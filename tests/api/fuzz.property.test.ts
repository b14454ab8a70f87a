import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredRoutes, type DeclaredRoute } from '../../src/server/plugins/session.js';
import { createOrgWithUsers } from '../support/factories.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

// Schema-driven fuzzing: random bodies, queries and path parameters on every route, signed in
// as an org admin, must never produce a 5xx (a crash or an unhandled error).
let ctx: TestContext;
let admin: Client;
let routes: DeclaredRoute[];

beforeAll(async () => {
  ctx = await startTestApp();
  const { users } = await createOrgWithUsers(ctx.deps, { slug: 'fuzz', users: [{ email: 'admin@fuzz.test', roles: ['org_admin'] }] });
  admin = await signInClient(ctx.app, 'admin@fuzz.test', users[0]!.password);
  routes = (declaredRoutes.get(ctx.app) ?? []).filter(
    (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD' && r.url !== '/api/auth/logout',
  );
});
afterAll(() => ctx.close());

const nastyKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'email', 'roles', 'csv', 'token', 'password', 'page', 'orgId');
const arbBody = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(nastyKey, fc.jsonValue(), { maxKeys: 5 }),
  fc.record({ email: fc.string(), roles: fc.array(fc.string()), csv: fc.string(), token: fc.string(), name: fc.string(), password: fc.string() }, { requiredKeys: [] }),
);
const arbParam = fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.constant('00000000-0000-0000-0000-000000000000'));
const arbQuery = fc.dictionary(fc.oneof(nastyKey, fc.constantFrom('q', 'pageSize', 'level', 'department', 'status')), fc.string({ maxLength: 30 }), { maxKeys: 4 });

describe('fuzzing every route', () => {
  it('answers 4xx, never 5xx, to any input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1000 }), arbParam, arbQuery, arbBody, async (pick, param, query, body) => {
        const route = routes[pick % routes.length]!;
        const path = route.url.replace(/:[A-Za-z]+/g, encodeURIComponent(param) || 'x');
        const qs = new URLSearchParams(query).toString();
        const res = await admin.request({
          method: route.method as 'GET',
          url: qs ? `${path}?${qs}` : path,
          ...(route.method === 'GET' ? {} : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-csrf-token': admin.csrfToken } }),
        });
        expect({ route: `${route.method} ${route.url}`, status: res.statusCode }).toEqual({ route: `${route.method} ${route.url}`, status: expect.any(Number) });
        expect(res.statusCode, `${route.method} ${path} ${res.body}`).toBeLessThan(500);
        expect(res.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
      }),
      { numRuns: 300 },
    );
  });
});
