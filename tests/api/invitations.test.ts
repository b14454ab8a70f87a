import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/app/auth/tokens.js';
import { people } from '../../src/db/schema.js';
import { SESSION_COOKIE } from '../../src/server/plugins/session.js';
import { createOrgWithUsers, type OrgWithUsers } from '../support/factories.js';
import { buildPerson } from '../support/people-factory.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
let acme: OrgWithUsers;
let admin: Client;
let participant: Client;
let otherAdmin: Client;

const NEW_PASSWORD = 'a-brand-new-passphrase-7';
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  ctx = await startTestApp();
  acme = await createOrgWithUsers(ctx.deps, {
    slug: 'acme',
    name: 'Acme Corp',
    users: [
      { email: 'admin@acme.test', roles: ['org_admin'], name: 'Ada Admin' },
      { email: 'part@acme.test', roles: ['participant'] },
    ],
  });
  const globex = await createOrgWithUsers(ctx.deps, { slug: 'globex', name: 'Globex', users: [{ email: 'admin@globex.test', roles: ['org_admin'] }] });
  admin = await signInClient(ctx.app, 'admin@acme.test', acme.users[0]!.password);
  participant = await signInClient(ctx.app, 'part@acme.test', acme.users[1]!.password);
  otherAdmin = await signInClient(ctx.app, 'admin@globex.test', globex.users[0]!.password);
});

afterEach(() => {
  ctx.clock.now = new Date();
});

afterAll(() => ctx.close());

const invite = (payload: object, client: Client = admin) => client.request({ method: 'POST', url: '/api/invitations', payload });
const lookup = (token: string) => ctx.app.inject({ method: 'POST', url: '/api/invitations/lookup', payload: { token } });
const accept = (token: string, password = NEW_PASSWORD) =>
  ctx.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'New Person', password } });
const listInvitations = async (client: Client = admin) => (await client.request({ method: 'GET', url: '/api/invitations?pageSize=100' })).json();

/** The token from the newest invitation email to `to`, read from the outbox like a user would. */
async function tokenFor(to: string): Promise<string> {
  const outbox = await admin.request({ method: 'GET', url: '/api/outbox?pageSize=100' });
  const email = outbox.json().items.find((e: { to: string }) => e.to === to);
  const token = /\/invite#([A-Za-z0-9_-]+)/.exec(email?.text ?? '')?.[1];
  if (!token) throw new Error(`no invitation email to ${to}`);
  return token;
}

async function invited(email: string, roles = ['participant']): Promise<{ id: string; token: string }> {
  const res = await invite({ email, roles });
  expect(res.statusCode).toBe(201);
  return { id: res.json().id, token: await tokenFor(email) };
}

describe('POST /api/invitations', () => {
  it('is for org admins only', async () => {
    expect((await invite({ email: 'x@acme.test', roles: ['participant'] }, participant)).statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: 'POST', url: '/api/invitations', payload: { email: 'x@acme.test', roles: ['participant'] } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('creates a pending invitation and emails a link with the token in the fragment', async () => {
    const res = await invite({ email: 'New.Person@Example.test', roles: ['participant', 'manager'] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['createdAt', 'email', 'expiresAt', 'id', 'roles', 'status']);
    expect(body).toMatchObject({ email: 'new.person@example.test', roles: ['manager', 'participant'], status: 'pending' });
    expect(Date.parse(body.expiresAt) - Date.parse(body.createdAt)).toBe(7 * DAY_MS);

    const outbox = (await admin.request({ method: 'GET', url: '/api/outbox' })).json();
    const email = outbox.items.find((e: { to: string }) => e.to === 'new.person@example.test');
    expect(email.subject).toBe("You're invited to Tandem — Acme Corp");
    expect(email.text).toContain('Ada Admin (admin@acme.test)');
    expect(email.text).toContain('manager, participant');
    expect(email.text).toMatch(/http:\/\/localhost:3000\/invite#[A-Za-z0-9_-]{43}/);
  });

  it('audits the invitation without the token', async () => {
    const token = await tokenFor('new.person@example.test');
    const audit = (await admin.request({ method: 'GET', url: '/api/audit' })).json();
    const entry = audit.items.find((e: { action: string }) => e.action === 'user_invited');
    expect(entry).toMatchObject({ target: 'new.person@example.test', details: { roles: ['manager', 'participant'] } });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('never lists the token or its hash', async () => {
    const token = await tokenFor('new.person@example.test');
    const res = await admin.request({ method: 'GET', url: '/api/invitations' });
    expect(res.body).not.toContain(token);
    expect(res.body).not.toContain(hashToken(token));
    expect(Object.keys(res.json().items[0]).sort()).toEqual(['createdAt', 'email', 'expiresAt', 'id', 'roles', 'status']);
  });

  it('replaces a pending invitation for the same email', async () => {
    const first = await invited('twice@example.test');
    const second = await invited('twice@example.test', ['manager']);
    const items = (await listInvitations()).items;
    expect(items.find((i: { id: string }) => i.id === first.id).status).toBe('revoked');
    expect(items.find((i: { id: string }) => i.id === second.id).status).toBe('pending');
    expect((await lookup(first.token)).statusCode).toBe(410);
  });

  it('refuses an email that already has an account, in any organization, without naming it', async () => {
    const same = await invite({ email: 'part@acme.test', roles: ['manager'] });
    expect(same.statusCode).toBe(409);
    const other = await invite({ email: 'ADMIN@globex.test', roles: ['manager'] });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).not.toMatch(/globex/i);
    expect(other.json().error.message).toBe(same.json().error.message);
  });

  it('validates the body and names an unknown field', async () => {
    const unknown = await invite({ email: 'a@example.test', roles: ['participant'], isAdmin: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe('isAdmin');
    expect(unknown.json().error.message).toContain('isAdmin');
    expect((await invite({ email: 'a@example.test', roles: [] })).json().error.fields[0].path).toBe('roles');
    expect((await invite({ email: 'not an email', roles: ['participant'] })).json().error.fields[0].path).toBe('email');
  });

  it("links a person of the organization, and only of the organization", async () => {
    const [person] = await ctx.deps.db.system((tx) =>
      tx.insert(people).values({ orgId: acme.org.id, ...buildPerson({ email: 'linked@example.test' }) }).returning(),
    );
    const foreign = await invite({ email: 'linked@example.test', roles: ['participant'], personId: person!.id }, otherAdmin);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toBe('Person not found.');

    expect((await invite({ email: 'linked@example.test', roles: ['participant'], personId: person!.id })).statusCode).toBe(201);
    expect((await accept(await tokenFor('linked@example.test'))).statusCode).toBe(200);
    const users = (await admin.request({ method: 'GET', url: '/api/users' })).json().items;
    expect(users.find((u: { email: string }) => u.email === 'linked@example.test').personId).toBe(person!.id);
  });
});

describe('looking up and accepting an invitation', () => {
  it('shows what the invitation is for', async () => {
    const { token } = await invited('lookup@example.test', ['manager']);
    const res = await lookup(token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ email: 'lookup@example.test', orgName: 'Acme Corp', roles: ['manager'], expiresAt: expect.any(String) });
  });

  it('answers 404 for an unknown token', async () => {
    const res = await lookup('no-such-token');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('This invitation link is not valid.');
    expect((await accept('no-such-token')).statusCode).toBe(404);
  });

  it('creates the login, signs in, and works only once', async () => {
    const { id, token } = await invited('joiner@example.test', ['program_manager']);
    const res = await accept(token);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ email: 'joiner@example.test', name: 'New Person', roles: ['program_manager'], org: { id: acme.org.id } });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);

    const session = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', cookies: { [SESSION_COOKIE]: cookie!.value } });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ user: { email: 'joiner@example.test' }, csrfToken: body.csrfToken });

    const again = await accept(token, 'another-long-password-8');
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('gone');
    expect((await lookup(token)).statusCode).toBe(410);
    expect((await listInvitations()).items.find((i: { id: string }) => i.id === id).status).toBe('accepted');
    const audit = (await admin.request({ method: 'GET', url: '/api/audit' })).json().items;
    expect(audit.find((e: { action: string }) => e.action === 'authn_invitation_accepted')).toMatchObject({ target: 'joiner@example.test', actor: { email: 'joiner@example.test' } });
  });

  it('is single-use under concurrent acceptance', async () => {
    const { token } = await invited('race@example.test');
    const codes = (await Promise.all([accept(token), accept(token)])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 410]);
  });

  it('keeps the invitation usable when the password is refused', async () => {
    const { token } = await invited('weak@example.test');
    const weak = await accept(token, 'short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0].path).toBe('password');
    expect((await accept(token)).statusCode).toBe(200);
  });

  it('ends the session the browser had before accepting', async () => {
    const { token } = await invited('switch@example.test');
    const before = await signInClient(ctx.app, 'part@acme.test', acme.users[1]!.password);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Switcher', password: NEW_PASSWORD },
      cookies: { [SESSION_COOKIE]: before.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect((await before.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('refuses an expired invitation', async () => {
    const { token } = await invited('late@example.test');
    ctx.clock.now = new Date(Date.now() + 8 * DAY_MS);
    const seen = await lookup(token);
    expect(seen.statusCode).toBe(410);
    expect(seen.json().error.message).toMatch(/expired/);
    expect((await accept(token)).statusCode).toBe(410);
  });
});

describe('POST /api/invitations/:invitationId/revoke', () => {
  const revoke = (id: string, client: Client = admin) => client.request({ method: 'POST', url: `/api/invitations/${id}/revoke`, payload: {} });

  it('revokes a pending invitation once, and its link stops working', async () => {
    const { id, token } = await invited('revoked@example.test');
    const res = await revoke(id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'revoked' });
    expect((await lookup(token)).json().error.code).toBe('gone');
    expect((await accept(token)).statusCode).toBe(410);
    expect((await revoke(id)).statusCode).toBe(409);
    const audit = (await admin.request({ method: 'GET', url: '/api/audit' })).json().items;
    expect(audit.find((e: { action: string }) => e.action === 'invitation_revoked')).toMatchObject({ target: 'revoked@example.test' });
  });

  it("keeps one organization's invitations from another", async () => {
    const { id, token } = await invited('private@example.test');
    expect((await revoke(id, otherAdmin)).statusCode).toBe(404);
    expect((await listInvitations(otherAdmin)).items).toEqual([]);
    expect((await lookup(token)).statusCode).toBe(200);
    expect((await revoke(id, participant)).statusCode).toBe(403);
  });
});
