import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/app/users/create-user.js';
import { meetings, notes } from '../../src/db/schema.js';
import { declaredRoutes, type DeclaredRoute } from '../../src/server/plugins/session.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { activePair, buildWorld, ok, WORLD_PEOPLE, type World, type WorldKey } from '../support/program-world.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

// Every notes route, enumerated from the app (a new one is covered without editing this file),
// tried by every login of both organizations — org admin, program managers (running the program
// or not), managers up the reporting line, other participants, the partner — against every note
// of a pair in organization A. Only the author reads a private note; the partner reads a shared
// one; nobody but the author changes or deletes one; nobody else gets a 2xx for the pair at all.
let ctx: TestContext;
let a: World;
let b: World;
let pairA: string;
let pairB: string;
let meetingA: string;
let routes: DeclaredRoute[];
const logins = new Map<string, Client | null>();

interface TargetNote {
  id: string;
  author: 'j1' | 's1';
  partner: 'j1' | 's1';
  visibility: 'only_me' | 'both';
  text: string;
  body: string;
  meetingId: string | null;
}
let targets: TargetNote[] = [];

const LOGIN_KEYS = ['admin', ...Object.keys(WORLD_PEOPLE)] as Array<WorldKey | 'admin'>;
const RANDOM_PAIR = randomUUID();

beforeAll(async () => {
  ctx = await startTestApp();
  a = await buildWorld(ctx, 'na');
  b = await buildWorld(ctx, 'nb');
  ({ pairId: pairA } = await activePair(ctx, a, 'j1', 's1'));
  ({ pairId: pairB } = await activePair(ctx, b, 'j1', 's1'));
  const [m] = await ctx.db.system((tx) =>
    tx
      .insert(meetings)
      .values({
        orgId: a.orgId,
        pairId: pairA,
        uid: `${randomUUID()}@tandem.test`,
        startsAt: new Date('2027-02-01T09:00:00Z'),
        minutes: 45,
        timeZone: 'UTC',
      })
      .returning({ id: meetings.id }),
  );
  meetingA = (m as { id: string }).id;
  // A second program manager in each organization who does not run the program.
  for (const w of [a, b]) {
    await ctx.db.system((tx) =>
      createUser(tx, {
        orgId: w.orgId,
        email: `pm2@${w.slug}.test`,
        name: 'Second PM',
        password: TEST_PASSWORD,
        roles: ['program_manager'],
      }),
    );
  }
  for (const w of [a, b]) {
    for (const k of LOGIN_KEYS) logins.set(`${w.slug}:${k}`, w.clients[k]);
    logins.set(`${w.slug}:pm2`, await signInClient(ctx.app, `pm2@${w.slug}.test`, TEST_PASSWORD));
  }
  logins.set('anonymous', null);
  for (const author of ['j1', 's1'] as const) {
    for (const visibility of ['only_me', 'both'] as const) {
      for (const onMeeting of [false, true]) {
        const text = `SECRET-${author}-${visibility}-${onMeeting ? 'meeting' : 'free'}-${randomUUID()}`;
        const note = await ok(
          await a.clients[author].request({
            method: 'POST',
            url: `/api/me/pairs/${pairA}/notes`,
            payload: { text, visibility, ...(onMeeting ? { meetingId: meetingA } : {}) },
          }),
          201,
        );
        targets.push({ id: note.id, author, partner: author === 'j1' ? 's1' : 'j1', visibility, text, body: '', meetingId: onMeeting ? meetingA : null });
      }
    }
  }
  const rows = await ctx.db.system((tx) =>
    tx
      .select()
      .from(notes)
      .where(
        inArray(
          notes.id,
          targets.map((t) => t.id),
        ),
      ),
  );
  targets = targets.map((t) => ({ ...t, body: rows.find((r) => r.id === t.id)?.body ?? '' }));
  routes = (declaredRoutes.get(ctx.app) ?? []).filter((r) => /\/notes(\/|$)/.test(r.url) && r.method !== 'HEAD');
});
afterAll(() => ctx.close());

/** Is this login one of the two members of the pair in the URL? */
function memberOf(login: string, pairId: string): boolean {
  if (pairId === pairA) return login === 'na:j1' || login === 'na:s1';
  if (pairId === pairB) return login === 'nb:j1' || login === 'nb:s1';
  return false;
}

const PAYLOADS = [
  { text: 'ATTACK-overwrite', visibility: 'both' },
  { visibility: 'both' },
  { visibility: 'only_me' },
  { text: 'ATTACK-overwrite' },
  {},
] as const;

async function attempt(
  login: string,
  route: DeclaredRoute,
  target: TargetNote,
  pairId: string,
  payload: Record<string, unknown>,
  query: string,
) {
  const url =
    route.url.replace(':pairId', pairId).replace(':noteId', target.id) + (route.method === 'GET' ? query : '');
  const client = logins.get(login);
  const options = {
    method: route.method as 'GET',
    url,
    ...(route.method === 'POST' || route.method === 'PATCH' || route.method === 'PUT' ? { payload } : {}),
  };
  return client ? client.request(options) : ctx.app.inject(options);
}

function check(
  login: string,
  route: DeclaredRoute,
  target: TargetNote,
  pairId: string,
  res: { statusCode: number; body: string },
  query = '',
) {
  const where = `${login} ${route.method} ${route.url} on ${target.author}'s ${target.visibility} note (pair ${pairId === pairA ? 'A' : pairId === pairB ? 'B' : 'random'}): ${res.statusCode} ${res.body.slice(0, 200)}`;
  const partnerReadsShared =
    login === `na:${target.partner}` && target.visibility === 'both' && pairId === pairA && route.method === 'GET';
  // Listing another meeting's notes leaves this one out: a 200 without it, like the checks below.
  const filteredOut = query !== '' && query !== `?meetingId=${target.meetingId}`;
  if (partnerReadsShared && !filteredOut) {
    expect(res.statusCode, where).toBe(200);
    expect(res.body, where).toContain(target.text);
    return;
  }
  if (!memberOf(login, pairId)) expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
  // Only the author changes or deletes a note: for anyone else a note route is never a success.
  if (route.url.includes(':noteId')) expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, where).toBeLessThan(500);
  expect(res.body, where).not.toContain(target.text);
  expect(res.body, where).not.toContain(target.id);
  expect(res.body, where).not.toContain(target.body.slice(3, 40));
}

/** Every login except the note's author. */
const othersOf = (target: TargetNote) => [...logins.keys()].filter((l) => l !== `na:${target.author}`);

describe('notes routes, every role of both organizations (property)', () => {
  it('covers the notes routes: list, write, change, delete', () => {
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual(
      expect.arrayContaining([
        'DELETE /api/me/pairs/:pairId/notes/:noteId',
        'GET /api/me/pairs/:pairId/notes',
        'PATCH /api/me/pairs/:pairId/notes/:noteId',
        'POST /api/me/pairs/:pairId/notes',
      ]),
    );
    expect(logins.size).toBe(2 * (LOGIN_KEYS.length + 1) + 1);
    expect(targets).toHaveLength(8);
  });

  it('every login but the author, on every notes route with the pair’s real ids: no note, no text, no change', async () => {
    let calls = 0;
    for (const target of targets) {
      for (const login of othersOf(target)) {
        for (const route of routes) {
          const res = await attempt(login, route, target, pairA, PAYLOADS[0], '');
          check(login, route, target, pairA, res);
          calls++;
        }
      }
    }
    expect(calls).toBeGreaterThanOrEqual(8 * 20 * 4);
  });

  it('property: any login but the author, any notes route, any pair id, any payload or meeting filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        fc.nat(),
        fc.constantFrom(...routes),
        fc.constantFrom(pairA, pairB, RANDOM_PAIR),
        fc.constantFrom(...PAYLOADS),
        fc.constantFrom('', `?meetingId=${meetingA}`, `?meetingId=${randomUUID()}`),
        async (target, pick, route, pairId, payload, query) => {
          const others = othersOf(target);
          const login = others[pick % others.length] as string;
          const res = await attempt(
            login,
            route,
            target,
            pairId,
            { ...payload, ...(route.method === 'POST' ? { visibility: 'both', text: 'ATTACK-new' } : {}) },
            query,
          );
          check(login, route, target, pairId, res, query);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('afterwards every note is exactly as its author wrote it', async () => {
    const rows = await ctx.db.system((tx) =>
      tx
        .select()
        .from(notes)
        .where(
          inArray(
            notes.id,
            targets.map((t) => t.id),
          ),
        ),
    );
    expect(rows).toHaveLength(targets.length);
    for (const t of targets) {
      const row = rows.find((r) => r.id === t.id);
      expect(row?.body, t.text).toBe(t.body);
      expect(row?.visibility).toBe(t.visibility);
    }
    for (const author of ['j1', 's1'] as const) {
      const list = await ok(await a.clients[author].request({ method: 'GET', url: `/api/me/pairs/${pairA}/notes` }));
      for (const t of targets) {
        const seen = list.items.find((n: { id: string }) => n.id === t.id);
        if (t.author === author || t.visibility === 'both')
          expect(seen, `${author} reads ${t.text}`).toMatchObject({
            text: t.text,
            visibility: t.visibility,
            unreadable: false,
          });
        else expect(seen, `${author} must not see ${t.text}`).toBeUndefined();
      }
    }
    // What the attackers who are members wrote is theirs; nobody else wrote into pair A.
    const written = await ctx.db.system((tx) =>
      tx.select({ author: notes.authorPersonId }).from(notes).where(eq(notes.pairId, pairA)),
    );
    expect(new Set(written.map((w) => w.author))).toEqual(new Set([a.personIds.j1, a.personIds.s1]));
  });
});
