import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgWithUsers, type OrgWithUsers } from '../support/factories.js';
import { buildPerson, toCsv } from '../support/people-factory.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

let ctx: TestContext;
let acme: OrgWithUsers;
let admin: Client;
let pm: Client;
let participant: Client;
let otherAdmin: Client;

const example = readFileSync('examples/people.csv', 'utf8');
const exampleWithError = readFileSync('examples/people-with-errors.csv', 'utf8');

beforeAll(async () => {
  ctx = await startTestApp();
  acme = await createOrgWithUsers(ctx.deps, {
    slug: 'acme',
    users: [
      { email: 'admin@acme.test', roles: ['org_admin'] },
      { email: 'pm@acme.test', roles: ['program_manager'] },
      { email: 'part@acme.test', roles: ['participant'] },
    ],
  });
  const globex = await createOrgWithUsers(ctx.deps, { slug: 'globex', users: [{ email: 'admin@globex.test', roles: ['org_admin'] }] });
  admin = await signInClient(ctx.app, 'admin@acme.test', acme.users[0]!.password);
  pm = await signInClient(ctx.app, 'pm@acme.test', acme.users[1]!.password);
  participant = await signInClient(ctx.app, 'part@acme.test', acme.users[2]!.password);
  otherAdmin = await signInClient(ctx.app, 'admin@globex.test', globex.users[0]!.password);
});
afterAll(() => ctx.close());

const importCsv = (client: Client, csv: string, extra: Record<string, unknown> = {}) =>
  client.request({ method: 'POST', url: '/api/people/import', payload: { csv, ...extra } });

describe('importing people', () => {
  it('imports nothing when one row is bad, and reports row, column and message', async () => {
    const res = await importCsv(admin, exampleWithError);
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('import_invalid');
    expect(error.message).toMatch(/nothing was imported/);
    expect(error.rows).toEqual([expect.objectContaining({ row: expect.any(Number), column: 'email' })]);
    expect((await admin.request({ method: 'GET', url: '/api/people' })).json().total).toBe(0);
  });

  it('counts every problem even when the report is capped at 1,000 rows', async () => {
    const bad = Array.from({ length: 1500 }, (_, i) => buildPerson({ employeeId: `B${i}`, email: `not-an-email-${i}` }));
    const res = await importCsv(admin, toCsv(bad));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toBe('The file has 1500 problems; nothing was imported.');
    expect(res.json().error.rows).toHaveLength(1000);
  });

  it('checks a file without importing it (dry run)', async () => {
    const res = await importCsv(admin, example, { dryRun: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, created: 15, updated: 0 });
    expect((await admin.request({ method: 'GET', url: '/api/people' })).json().total).toBe(0);
  });

  it('imports a valid file, and re-importing it changes nothing', async () => {
    const first = await importCsv(admin, example);
    expect(first.json()).toMatchObject({ created: 15, updated: 0, unchanged: 0, markedDeparted: 0 });
    const again = await importCsv(admin, example.replace(/\n/g, '\r\n'));
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 15 });
  });

  it('reports people missing from a later file, and marks them departed only when asked', async () => {
    const lines = example.trimEnd().split('\n');
    const shorter = lines.slice(0, -1).join('\n');
    const dropped = lines.at(-1)!.split(',')[0]!;
    const reported = await importCsv(admin, shorter);
    expect(reported.json()).toMatchObject({ markedDeparted: 0, missingTotal: 1, missing: [{ employeeId: dropped }] });
    const marked = await importCsv(admin, shorter, { markMissingAsDeparted: true });
    expect(marked.json()).toMatchObject({ markedDeparted: 1 });
    const list = await admin.request({ method: 'GET', url: `/api/people?q=${encodeURIComponent(dropped)}` });
    expect(list.json().items[0].status).toBe('departed');
  });

  it('handles a UTF-8 BOM, CRLF and names in any script', async () => {
    const people = [buildPerson({ employeeId: 'U1', name: '王芳', email: 'wang@acme.test' }), buildPerson({ employeeId: 'U2', name: 'Алексей "Лёша" Смирнов', email: 'alexei@acme.test', managerEmployeeId: 'U1' })];
    const res = await importCsv(admin, `\uFEFF${toCsv(people, '\r\n')}`);
    expect(res.json()).toMatchObject({ created: 2 });
    const found = await admin.request({ method: 'GET', url: `/api/people?q=${encodeURIComponent('Лёша')}` });
    expect(found.json().items[0].name).toBe('Алексей "Лёша" Смирнов');
  });

  it('swaps two people’s emails in one import', async () => {
    const a = buildPerson({ employeeId: 'S1', email: 's1@acme.test' });
    const b = buildPerson({ employeeId: 'S2', email: 's2@acme.test' });
    await importCsv(admin, toCsv([a, b]));
    const res = await importCsv(admin, toCsv([{ ...a, email: 's2@acme.test' }, { ...b, email: 's1@acme.test' }]));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ updated: 2 });
  });

  it('refuses a reporting cycle through people already in the directory', async () => {
    await importCsv(admin, toCsv([buildPerson({ employeeId: 'C1' }), buildPerson({ employeeId: 'C2', managerEmployeeId: 'C1' })]));
    const res = await importCsv(admin, toCsv([buildPerson({ employeeId: 'C1', managerEmployeeId: 'C2' })]));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.rows[0].message).toMatch(/cycle/);
  });

  it('is for org admins only, and needs the CSRF token', async () => {
    expect((await importCsv(pm, example)).statusCode).toBe(403);
    expect((await importCsv(participant, example)).statusCode).toBe(403);
    const noToken = await admin.request({ method: 'POST', url: '/api/people/import', payload: { csv: example }, headers: { 'x-csrf-token': '' } });
    expect(noToken.statusCode).toBe(403);
  });

  it('audits the import with counts only', async () => {
    const audit = await admin.request({ method: 'GET', url: '/api/audit?pageSize=100' });
    const entry = audit.json().items.find((e: { action: string }) => e.action === 'people_imported');
    expect(Object.keys(entry.details).sort()).toEqual(['created', 'markedDeparted', 'unchanged', 'updated']);
    expect(entry.actor.email).toBe('admin@acme.test');
  });
});

describe('the directory', () => {
  it('searches, filters by department and level, and pages', async () => {
    const all = (await pm.request({ method: 'GET', url: '/api/people?pageSize=100' })).json();
    const first = all.items[0];
    const byDept = (await pm.request({ method: 'GET', url: `/api/people?department=${encodeURIComponent(first.department)}&level=${first.level}` })).json();
    expect(byDept.items.length).toBeGreaterThan(0);
    expect(byDept.items.every((p: { department: string; level: number }) => p.department === first.department && p.level === first.level)).toBe(true);
    const page2 = (await pm.request({ method: 'GET', url: '/api/people?pageSize=5&page=2' })).json();
    expect(page2.items).toEqual(all.items.slice(5, 10));
    expect(page2.total).toBe(all.total);
  });

  it('treats search text literally (no LIKE wildcards)', async () => {
    const res = await pm.request({ method: 'GET', url: '/api/people?q=%25' });
    expect(res.json().total).toBe(0);
  });

  it('caps the page size', async () => {
    const res = await pm.request({ method: 'GET', url: '/api/people?pageSize=101' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('pageSize');
  });

  it('opens a person with manager, direct reports and the linked user', async () => {
    const { items } = (await admin.request({ method: 'GET', url: '/api/people?q=U2' })).json();
    const res = await admin.request({ method: 'GET', url: `/api/people/${items[0].id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ employeeId: 'U2', manager: { employeeId: 'U1' }, directReports: [], user: null });
    const boss = (await admin.request({ method: 'GET', url: `/api/people/${res.json().manager.id}` })).json();
    expect(boss.directReports.map((r: { employeeId: string }) => r.employeeId)).toEqual(['U2']);
  });

  it('answers 404 for a person of another organization, and for a malformed id 400', async () => {
    const { items } = (await admin.request({ method: 'GET', url: '/api/people' })).json();
    expect((await otherAdmin.request({ method: 'GET', url: `/api/people/${items[0].id}` })).statusCode).toBe(404);
    expect((await otherAdmin.request({ method: 'GET', url: '/api/people' })).json().total).toBe(0);
    expect((await admin.request({ method: 'GET', url: '/api/people/not-a-uuid' })).statusCode).toBe(400);
  });

  it('lists the facets for the filters', async () => {
    const res = (await pm.request({ method: 'GET', url: '/api/people/facets' })).json();
    expect(res.departments.length).toBeGreaterThan(0);
    expect(res.levels).toEqual([...res.levels].sort((a: number, b: number) => a - b));
  });

  it('is closed to participants', async () => {
    expect((await participant.request({ method: 'GET', url: '/api/people' })).statusCode).toBe(403);
  });
});
