import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/app/deps.js';
import { createUser } from '../../src/app/users/create-user.js';
import { parseConfig } from '../../src/config/env.js';
import { meetings, notes } from '../../src/db/schema.js';
import type { OutgoingMessage } from '../../src/jobs/mailer.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { buildApp } from '../../src/server/app.js';
import { declaredRoutes } from '../../src/server/plugins/session.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { activePair, buildWorld, ok, WORLD_PEOPLE, type World, type WorldKey } from '../support/program-world.js';
import { signInClient, type Client, type TestContext } from '../support/test-app.js';
import { openTestDatabase } from '../support/test-database.js';

// A canary string written into private notes (private and shared, on a meeting and free-standing,
// written, edited, deleted, tampered with, refused by validation, sent by outsiders) must appear
// nowhere else: not in any response of any other GET route (enumerated from the app, so routes
// added later are covered) for any login, not in any table of the database (outbox, notifications,
// audit log, jobs…), not in any email sent, not in the server log at level trace.
const CANARY = `CANARY-${randomUUID()}`;
const NEEDLES = [
  CANARY,
  CANARY.toLowerCase(),
  CANARY.slice(7),
  Buffer.from(CANARY).toString('base64').slice(0, 24),
  Buffer.from(CANARY).toString('base64url').slice(0, 24),
];

let ctx: TestContext;
let world: World;
let programId: string;
let pairId: string;
let meetingId: string;
let tamperedId: string;
const log: string[] = [];
const sent: OutgoingMessage[] = [];
const clients = new Map<string, Client | null>();
/** Every refused request of the set-up: an error answer must not echo what was sent. */
const refusals: Array<{ status: number; body: string }> = [];
const refused = <T extends { statusCode: number; body: string }>(res: T): T => (
  refusals.push({ status: res.statusCode, body: res.body }),
  res
);

const notesUrl = () => `/api/me/pairs/${pairId}/notes`;
const isNotesRoute = (url: string) => /\/notes(\/|$)/.test(url);

beforeAll(async () => {
  const db = await openTestDatabase();
  const clock = { now: new Date() };
  const deps: Deps = { db, config: parseConfig({ APP_SECRET: 'c'.repeat(32) }), now: () => clock.now };
  const app = await buildApp(deps, { logLevel: 'trace', logStream: { write: (line: string) => void log.push(line) } });
  await app.ready();
  ctx = { db, deps, app, clock, close: async () => (await app.close(), await db.close()) };

  world = await buildWorld(ctx, 'canary');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
  await activePair(ctx, world, 'j2', 's2');
  await ctx.db.system((tx) =>
    createUser(tx, {
      orgId: world.orgId,
      email: 'pm2@canary.test',
      name: 'Second PM',
      password: TEST_PASSWORD,
      roles: ['program_manager'],
    }),
  );
  for (const k of ['admin', ...Object.keys(WORLD_PEOPLE)] as Array<WorldKey | 'admin'>)
    clients.set(k, world.clients[k]);
  clients.set('pm2', await signInClient(app, 'pm2@canary.test', TEST_PASSWORD));
  clients.set('anonymous', null);
  const [m] = await ctx.db.system((tx) =>
    tx
      .insert(meetings)
      .values({
        orgId: world.orgId,
        pairId,
        uid: `${randomUUID()}@tandem.test`,
        startsAt: new Date('2027-02-01T09:00:00Z'),
        minutes: 45,
        timeZone: 'Europe/London',
      })
      .returning({ id: meetings.id }),
  );
  meetingId = (m as { id: string }).id;
  const { j1, s1 } = world.clients;

  // Written: every combination of author, visibility and meeting.
  const written: Array<{ id: string }> = [];
  for (const [who, c] of [
    ['j1', j1],
    ['s1', s1],
  ] as const) {
    for (const visibility of ['only_me', 'both'] as const) {
      for (const on of [null, meetingId]) {
        written.push(
          await ok(
            await c.request({
              method: 'POST',
              url: notesUrl(),
              payload: { text: `${who} ${visibility}: ${CANARY} ünïcode`, visibility, meetingId: on },
            }),
            201,
          ),
        );
      }
    }
  }
  // Edited (text and visibility), deleted, tampered with.
  const [first, second, third, fourth] = written as [{ id: string }, { id: string }, { id: string }, { id: string }];
  await ok(
    await j1.request({ method: 'PATCH', url: `${notesUrl()}/${first.id}`, payload: { text: `edited ${CANARY}` } }),
  );
  await ok(await j1.request({ method: 'PATCH', url: `${notesUrl()}/${second.id}`, payload: { visibility: 'both' } }));
  await ok(await j1.request({ method: 'DELETE', url: `${notesUrl()}/${third.id}` }), 204);
  tamperedId = fourth.id;
  await ctx.db.system(async (tx) => {
    const [row] = await tx.select().from(notes).where(eq(notes.id, tamperedId));
    const body = row?.body as string;
    const at = Math.floor(body.length / 2);
    await tx
      .update(notes)
      .set({ body: body.slice(0, at) + (body[at] === 'A' ? 'B' : 'A') + body.slice(at + 1) })
      .where(eq(notes.id, tamperedId));
  });
  // Refused: every kind of validation failure carrying the canary, and outsiders sending it.
  for (const payload of [
    { text: `${CANARY} `.repeat(600), visibility: 'only_me' },
    { text: CANARY, visibility: 'nobody' },
    { text: CANARY, visibility: 'both', meetingId: randomUUID() },
    { text: CANARY, visibility: 'both', meetingId: CANARY },
    { text: CANARY, visibility: 'both', extra: CANARY },
    { text: [CANARY], visibility: 'both' },
  ]) {
    expect(refused(await j1.request({ method: 'POST', url: notesUrl(), payload })).statusCode).toBe(400);
  }
  // An unknown field is refused by its name, back to its sender (the server's one rule for strict
  // bodies); even a name made of the canary goes nowhere else (the log and database checks below).
  expect(
    (
      await j1.request({
        method: 'POST',
        url: notesUrl(),
        payload: { text: 'x', visibility: 'both', [CANARY]: CANARY },
      })
    ).statusCode,
  ).toBe(400);
  for (const raw of [`{"text": ${CANARY}}`, `{"text":"${CANARY}",}`, CANARY]) {
    expect(
      refused(
        await j1.request({
          method: 'POST',
          url: notesUrl(),
          headers: { 'content-type': 'application/json' },
          payload: raw,
        }),
      ).statusCode,
    ).toBe(400);
  }
  expect(
    refused(
      await s1.request({ method: 'PATCH', url: `${notesUrl()}/${second.id}`, payload: { text: `partner ${CANARY}` } }),
    ).statusCode,
  ).toBe(403);
  for (const who of ['admin', 'pmp', 'mgr', 'ceo', 'j2', 'orphan'] as const) {
    const res = refused(
      await world.clients[who].request({
        method: 'POST',
        url: notesUrl(),
        payload: { text: `outsider ${CANARY}`, visibility: 'both' },
      }),
    );
    expect([403, 404]).toContain(res.statusCode);
    expect(
      refused(
        await world.clients[who].request({
          method: 'PATCH',
          url: `${notesUrl()}/${second.id}`,
          payload: { text: `outsider ${CANARY}` },
        }),
      ).statusCode,
    ).toBeGreaterThanOrEqual(403);
  }
  // The members read their notes (the tampered one is logged as unreadable, by id).
  for (const c of [j1, s1]) {
    const res = await ok(await c.request({ method: 'GET', url: notesUrl() }));
    expect(res.items.some((n: { text: string | null }) => n.text?.includes(CANARY))).toBe(true);
  }
  await ok(await j1.request({ method: 'GET', url: `${notesUrl()}?meetingId=${meetingId}` }));

  // Every job due now (reminders, emails), run as the server would, logging to the same log.
  await ctx.db.system((tx) => tx.execute(sql`UPDATE jobs SET run_at = now() WHERE status = 'queued'`));
  const jobDeps = {
    ...deps,
    mailer: { transport: 'smtp' as const, send: async (message: OutgoingMessage) => void sent.push(message) },
  };
  for (let i = 0; i < 20 && (await runDueJobs(jobDeps, app.log, 50)) > 0; i++);
});
afterAll(() => ctx.close());

/** Real ids for a path parameter: known names first, then a row of the table the name points to. */
async function idFor(name: string): Promise<string> {
  const known: Record<string, string | undefined> = {
    programId,
    pairId,
    meetingId,
    personId: world.personIds.j1,
    noteId: tamperedId,
    orgId: world.orgId,
    skillKey: 'generative-ai-tools',
  };
  if (known[name]) return known[name] as string;
  const base = name.replace(/Id$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const tables = await ctx.db.system((tx) =>
    tx.execute<{ table_name: string; has_pair: boolean }>(sql`
      SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = t.table_name AND c.column_name = 'pair_id') AS has_pair
      FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND (t.table_name = ${`${base}s`} OR t.table_name LIKE ${`%\\_${base}s`})
        AND EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = t.table_name AND c.column_name = 'id')
        AND EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = t.table_name AND c.column_name = 'org_id')`),
  );
  for (const t of tables.rows) {
    const preferPair = t.has_pair ? sql` ORDER BY (pair_id = ${pairId}) DESC` : sql``;
    const rows = await ctx.db.system((tx) =>
      tx.execute<{ id: string }>(
        sql`SELECT id::text AS id FROM ${sql.identifier(t.table_name)} WHERE org_id = ${world.orgId}${preferPair} LIMIT 1`,
      ),
    );
    if (rows.rows[0]) return rows.rows[0].id;
  }
  return randomUUID();
}

function hits(text: string): string[] {
  return NEEDLES.filter((n) => text.includes(n));
}

describe('the notes canary', () => {
  it('is in the members’ notes answers, so the search below looks for something that exists', async () => {
    const res = await world.clients.s1.request({ method: 'GET', url: notesUrl() });
    expect(res.body).toContain(CANARY);
  });

  it('is never echoed in an error answer (validation, malformed JSON, refused partner or outsider)', () => {
    expect(refusals.length).toBe(6 + 3 + 1 + 12);
    for (const r of refusals) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(hits(r.body), r.body).toEqual([]);
    }
  });

  it('appears in no response of any other GET route, for any login', async () => {
    const routes = (declaredRoutes.get(ctx.app) ?? []).filter(
      (r) =>
        r.method === 'GET' &&
        !r.url.includes('*') &&
        (r.url.startsWith('/api/') || !r.url.includes(':')) &&
        !isNotesRoute(r.url),
    );
    const found: string[] = [];
    const okRoutes = new Set<string>();
    let okCalls = 0;
    for (const route of routes) {
      let url = route.url;
      for (const [, name] of route.url.matchAll(/:([A-Za-z]+)/g))
        url = url.replace(`:${name}`, await idFor(name as string));
      for (const [login, client] of clients) {
        const res = client
          ? await client.request({ method: 'GET', url })
          : await ctx.app.inject({ method: 'GET', url });
        expect(res.statusCode, `${login} GET ${route.url}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        if (res.statusCode === 200) {
          okCalls++;
          okRoutes.add(route.url);
        }
        const text = `${JSON.stringify(res.headers)}\n${res.body}`;
        if (hits(text).length) found.push(`${login} GET ${url}`);
      }
    }
    expect(found).toEqual([]);
    // Not vacuous: most routes answered someone with data.
    expect(okCalls, [...okRoutes].join('\n')).toBeGreaterThanOrEqual(60);
    expect(okRoutes.size, [...okRoutes].join('\n')).toBeGreaterThanOrEqual(25);
    expect(okRoutes).toContain('/api/outbox');
    expect(okRoutes).toContain('/api/audit');
    expect(okRoutes).toContain('/api/notifications');
    expect(okRoutes).toContain('/api/programs/:programId/pairs');
  });

  it('appears in no table of the database: not the outbox, notifications, audit log, jobs — nor the notes themselves', async () => {
    const tables = await ctx.db.system((tx) =>
      tx.execute<{ table_name: string }>(
        sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      ),
    );
    const names = tables.rows.map((t: { table_name: string }) => t.table_name);
    expect(names).toEqual(expect.arrayContaining(['emails', 'notifications', 'audit_log', 'jobs', 'notes']));
    const found: string[] = [];
    let rowsRead = 0;
    for (const name of names) {
      const rows = await ctx.db.system((tx) =>
        tx.execute<{ j: string }>(sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(name)} t`),
      );
      rowsRead += rows.rows.length;
      for (const r of rows.rows) if (hits(r.j).length) found.push(`${name}: ${r.j.slice(0, 120)}`);
    }
    expect(found).toEqual([]);
    expect(rowsRead).toBeGreaterThan(100);
    const counts = await ctx.db.system((tx) =>
      tx.execute<{ emails: number; notifications: number; audit: number; jobs: number; notes: number }>(
        sql`SELECT (SELECT count(*) FROM emails)::int AS emails, (SELECT count(*) FROM notifications)::int AS notifications, (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM jobs)::int AS jobs, (SELECT count(*) FROM notes)::int AS notes`,
      ),
    );
    expect(counts.rows[0]).toMatchObject({ notes: 7 });
    const c = counts.rows[0] as Record<string, number>;
    for (const k of ['emails', 'notifications', 'audit', 'jobs']) expect(c[k], k).toBeGreaterThan(0);
  });

  it('appears in no email sent', () => {
    expect(sent.length).toBeGreaterThan(0);
    for (const m of sent) expect(hits(JSON.stringify(m)), m.subject).toEqual([]);
  });

  it('appears nowhere in the server log at level trace; an unreadable note is logged by its id alone', () => {
    const all = log.join('');
    expect(log.length).toBeGreaterThan(500);
    expect(all).toContain('incoming request');
    expect(all).toContain(`/api/me/pairs/${pairId}/notes`);
    const unreadable = log.filter((l) => l.includes(tamperedId) && l.includes('could not be opened'));
    expect(unreadable.length).toBeGreaterThan(0);
    const found = log.filter((l) => hits(l).length);
    expect(found).toEqual([]);
  });
});
