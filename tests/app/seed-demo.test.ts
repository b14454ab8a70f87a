import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoOnFirstStart, seedDemo } from '../../src/app/org/seed-demo.js';
import { signInClient, startTestApp, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(() => ctx.close());

describe('demo organization', () => {
  it('loads on the first start, once, and every demo login works with its role', async () => {
    const logins = await ensureDemoOnFirstStart(ctx.deps);
    expect(logins).toHaveLength(5);
    expect((await seedDemo(ctx.deps)).created).toBe(false);
    const admin = logins!.find((l) => l.roles.includes('org_admin'))!;
    const client = await signInClient(ctx.app, admin.email, admin.password);
    const people = (await client.request({ method: 'GET', url: '/api/people?pageSize=1' })).json();
    expect(people.total).toBe(300);
    const departed = (await client.request({ method: 'GET', url: '/api/people?status=departed&pageSize=1' })).json();
    expect(departed.total).toBeGreaterThanOrEqual(24);
    for (const login of logins!) {
      const c = await signInClient(ctx.app, login.email, login.password);
      const me = (await c.request({ method: 'GET', url: '/api/auth/session' })).json();
      expect(me.user.roles).toEqual(login.roles);
    }
    // The admin's login is linked to their directory entry.
    const self = (await client.request({ method: 'GET', url: `/api/people?q=${encodeURIComponent(admin.email)}` })).json().items[0];
    const person = (await client.request({ method: 'GET', url: `/api/people/${self.id}` })).json();
    expect(person.user.roles).toEqual(['org_admin']);
  });

  it('on later starts returns the logins without loading anything again', async () => {
    expect(await ensureDemoOnFirstStart(ctx.deps)).toHaveLength(5);
  });
});
