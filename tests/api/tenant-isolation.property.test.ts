import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/auth/roles.js';
import { createOrgWithUsers } from '../support/factories.js';
import { buildPerson, toCsv } from '../support/people-factory.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

// Random (actor role, actor org, object org) over every route that names an object:
// an actor never reads or changes another organization's object, whatever their role.
type OrgKey = 'a' | 'b';
interface OrgFixture {
  clients: Record<Role, Client>;
  ids: { person: string; user: string; invitation: string };
  allIds: Set<string>;
}

let ctx: TestContext;
const orgs = {} as Record<OrgKey, OrgFixture>;

async function setUpOrg(key: OrgKey): Promise<OrgFixture> {
  const { users } = await createOrgWithUsers(ctx.deps, {
    slug: `iso-${key}`,
    users: ROLES.map((role) => ({ email: `${role}@${key}.test`, roles: role === 'org_admin' ? ['org_admin'] : [role] })),
  });
  const clients = {} as Record<Role, Client>;
  for (const [i, role] of ROLES.entries()) clients[role] = await signInClient(ctx.app, `${role}@${key}.test`, users[i]!.password);
  const admin = clients.org_admin;
  const csv = toCsv([buildPerson({ employeeId: `${key}-1`, email: `p1@${key}.test` }), buildPerson({ employeeId: `${key}-2`, email: `p2@${key}.test` })]);
  expect((await admin.request({ method: 'POST', url: '/api/people/import', payload: { csv } })).statusCode).toBe(200);
  const invitation = (await admin.request({ method: 'POST', url: '/api/invitations', payload: { email: `new@${key}.test`, roles: ['participant'] } })).json();
  const people = (await admin.request({ method: 'GET', url: '/api/people' })).json().items;
  const allIds = new Set<string>([...users.map((u) => u.id), ...people.map((p: { id: string }) => p.id), invitation.id]);
  return { clients, ids: { person: people[0].id, user: users[3]!.id, invitation: invitation.id }, allIds };
}

beforeAll(async () => {
  ctx = await startTestApp();
  orgs.a = await setUpOrg('a');
  orgs.b = await setUpOrg('b');
});
afterAll(() => ctx.close());

const objectRoutes = [
  { method: 'GET', url: (o: OrgFixture) => `/api/people/${o.ids.person}` },
  { method: 'PUT', url: (o: OrgFixture) => `/api/users/${o.ids.user}/roles`, payload: { roles: ['manager'] } },
  { method: 'POST', url: (o: OrgFixture) => `/api/invitations/${o.ids.invitation}/revoke`, payload: {} },
] as const;

const listRoutes = ['/api/people', '/api/users', '/api/invitations', '/api/outbox', '/api/audit'];

const arbRole = fc.constantFrom(...ROLES);
const arbOrg = fc.constantFrom<OrgKey>('a', 'b');

describe('tenant isolation (property)', () => {
  it('never reads or writes an object of another organization', async () => {
    await fc.assert(
      fc.asyncProperty(arbRole, arbOrg, fc.constantFrom(...objectRoutes), async (role, actorOrg, route) => {
        const objectOrg: OrgKey = actorOrg === 'a' ? 'b' : 'a';
        const res = await orgs[actorOrg].clients[role].request({
          method: route.method,
          url: route.url(orgs[objectOrg]),
          payload: 'payload' in route ? route.payload : undefined,
        });
        expect([403, 404]).toContain(res.statusCode);
        expect(res.body).not.toContain(orgs[objectOrg].ids.person);
      }),
      { numRuns: 60 },
    );
    // The writes above changed nothing in the other organization.
    const invitations = (await orgs.a.clients.org_admin.request({ method: 'GET', url: '/api/invitations' })).json().items;
    expect(invitations.find((i: { id: string }) => i.id === orgs.a.ids.invitation).status).toBe('pending');
    const users = (await orgs.b.clients.org_admin.request({ method: 'GET', url: '/api/users' })).json().items;
    expect(users.find((u: { id: string }) => u.id === orgs.b.ids.user).roles).toEqual(['participant']);
  });

  it('lists only the actor’s own organization’s objects', async () => {
    await fc.assert(
      fc.asyncProperty(arbRole, arbOrg, fc.constantFrom(...listRoutes), async (role, actorOrg, url) => {
        const other = orgs[actorOrg === 'a' ? 'b' : 'a'];
        const res = await orgs[actorOrg].clients[role].request({ method: 'GET', url: `${url}?pageSize=100` });
        if (res.statusCode === 403) return;
        expect(res.statusCode).toBe(200);
        for (const item of res.json().items as Array<{ id: string }>) expect(other.allIds.has(item.id)).toBe(false);
        for (const id of other.allIds) expect(res.body).not.toContain(id);
      }),
      { numRuns: 60 },
    );
  });

  it('ignores any attempt to name the organization in the request', async () => {
    const admin = orgs.a.clients.org_admin;
    const res = await admin.request({ method: 'GET', url: '/api/people?orgId=whatever', headers: { 'x-org-id': 'b' } });
    expect(res.statusCode).toBe(400);
    const body = await admin.request({ method: 'POST', url: '/api/invitations', payload: { email: 'x@a.test', roles: ['participant'], orgId: 'b' } });
    expect(body.statusCode).toBe(400);
    expect(body.json().error.fields[0].path).toBe('orgId');
  });
});
