import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIDENTIALITY } from '../../src/core/pairs/agreement.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// The written agreement: either member drafts, both sign; a change after signing is a new
// version; the program manager sees whether it is signed and when, never the text.
let ctx: TestContext;
let world: World;
let programId: string;
let pairId: string;
const CANARY = 'canary-off-limits-7f3a';

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'agree');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
});
afterAll(() => ctx.close());

const url = () => `/api/me/pairs/${pairId}/agreement`;

describe('pair agreement', () => {
  it('suggests a first draft from the program and the skills that matched the pair', async () => {
    const a = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    expect(a).toMatchObject({ state: 'none', version: null, mySide: 'mentee', history: [] });
    expect(a.sections).toMatchObject({ cadenceDays: 14, meetingMinutes: 45, confidentiality: DEFAULT_CONFIDENTIALITY, endDate: '2027-12-31' });
    expect(a.sections.topics).toEqual(expect.arrayContaining(['Generative AI tools for everyday work']));
  });

  it('is signed by both, each an explicit act on a named version', async () => {
    const draft = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    const sections = { ...draft.sections, channel: 'Video call, Tuesdays 9:00', offLimits: [CANARY] };
    const v1 = await ok(await world.clients.j1.request({ method: 'PUT', url: url(), payload: { sections } }));
    expect(v1).toMatchObject({ state: 'draft', version: 1 });
    const half = await ok(await world.clients.s1.request({ method: 'POST', url: `${url()}/sign`, payload: { version: 1 } }));
    expect(half.state).toBe('partly_signed');
    expect((await world.clients.s1.request({ method: 'POST', url: `${url()}/sign`, payload: { version: 1 } })).statusCode).toBe(409);
    const both = await ok(await world.clients.j1.request({ method: 'POST', url: `${url()}/sign`, payload: { version: 1 } }));
    expect(both.state).toBe('signed');
    expect(both.history[0].mentorSignedAt).not.toBeNull();
    expect(both.history[0].menteeSignedAt).not.toBeNull();
  });

  it('editing the signed text makes version 2, to be signed again; version 1 stays in the history', async () => {
    const current = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    const v2 = await ok(await world.clients.s1.request({ method: 'PUT', url: url(), payload: { sections: { ...current.sections, meetingMinutes: 60 } } }));
    expect(v2).toMatchObject({ state: 'draft', version: 2 });
    expect(v2.history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect(v2.history[1].sections.meetingMinutes).toBe(45);
    const stale = await world.clients.j1.request({ method: 'POST', url: `${url()}/sign`, payload: { version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/not the current text/);
  });

  it('refuses a review date after the end date, naming the field', async () => {
    const current = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    const res = await world.clients.s1.request({ method: 'PUT', url: url(), payload: { sections: { ...current.sections, reviewDate: '2030-01-01' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('sections.reviewDate');
  });

  it('is the pair’s alone: the program manager sees its state, not its text; nobody else sees anything', async () => {
    const pairs = await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pairs` });
    expect(pairs.json().items[0].agreement).toEqual({ state: 'draft', signedAt: null });
    expect(pairs.body).not.toContain(CANARY);
    for (const who of ['admin', 'pmp', 'mgr', 'ceo', 'j2', 's2'] as const) {
      const res = await world.clients[who].request({ method: 'GET', url: url() });
      expect([403, 404], who).toContain(res.statusCode); // 403: a login not linked to a person (the admin)
      expect(res.body).not.toContain(CANARY);
      expect((await world.clients[who].request({ method: 'PUT', url: url(), payload: { sections: {} } })).statusCode).toBeGreaterThanOrEqual(400);
    }
  });
});
