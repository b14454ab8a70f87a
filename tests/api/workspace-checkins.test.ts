import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPhase, phaseWindows } from '../../src/core/pairs/checkins.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// Skill check-ins: each member rates their own learning skills in the open phase; the partner may
// observe; nobody outside the pair sees anything, and the program manager's list shows no level.
let ctx: TestContext;
let world: World;
let programId: string;
let pairId: string;
const CANARY = 'canary-evidence-51c9';
const DAY = 86_400_000;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'chk');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
});
afterAll(() => ctx.close());

const url = () => `/api/me/pairs/${pairId}/checkins`;
const today = () => ctx.clock.now.toISOString().slice(0, 10);
const setActivatedOn = (activatedOn: string) => ctx.db.system((tx) => tx.execute(sql`UPDATE pairs SET activated_at = ${`${activatedOn}T08:00:00Z`}::timestamptz WHERE id = ${pairId}`));

/** The activation day that puts today inside `phase`'s window (the program ends 2027-12-31). */
function activationFor(phase: 'start' | 'midway'): string {
  for (let back = 0; back < 2000; back += 1) {
    const activatedOn = new Date(ctx.clock.now.getTime() - back * DAY).toISOString().slice(0, 10);
    if (openPhase(phaseWindows({ activatedOn, programEndDate: '2027-12-31' }), today()) === phase) return activatedOn;
  }
  throw new Error(`no activation puts today in ${phase}`);
}

describe('skill check-ins', () => {
  it('lists my learning skills and my partner’s, the windows, and the open phase (the start, just after activation)', async () => {
    const c = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    expect(c).toMatchObject({ mySide: 'mentee', openPhase: 'start', canRate: true });
    expect(c.me.learning).toEqual(['generative-ai-tools', 'linkedin-presence']);
    expect(c.partner.learning).toEqual(['career-planning']);
    expect(c.windows.start.from).toBe(today());
    expect(c.windows.end).toEqual({ phase: 'end', from: '2027-12-11', until: '2028-01-14' });
    expect(c.skills.map((s: { key: string }) => s.key).sort()).toEqual(['career-planning', 'generative-ai-tools', 'linkedin-presence']);
  });

  it('saves my ratings in the open phase; saving again changes them; my partner sees them', async () => {
    await ok(await world.clients.s1.request({ method: 'PUT', url: url(), payload: { phase: 'start', ratings: [{ skillKey: 'generative-ai-tools', level: 1, evidence: CANARY }, { skillKey: 'linkedin-presence', level: 2 }] } }));
    const again = await ok(await world.clients.s1.request({ method: 'PUT', url: url(), payload: { phase: 'start', ratings: [{ skillKey: 'generative-ai-tools', level: 2, evidence: CANARY }] } }));
    expect(again.me.ratings.map((r: { skillKey: string; level: number }) => [r.skillKey, r.level])).toEqual([['generative-ai-tools', 2], ['linkedin-presence', 2]]);
    const seen = await ok(await world.clients.j1.request({ method: 'GET', url: url() }));
    expect(seen.partner.ratings[0]).toMatchObject({ skillKey: 'generative-ai-tools', phase: 'start', level: 2, evidence: CANARY, observation: null });
    expect(seen.me.ratings).toEqual([]);
  });

  it('refuses a skill I am not learning, a level out of range and two lines of evidence, naming the field', async () => {
    const notMine = await world.clients.s1.request({ method: 'PUT', url: url(), payload: { phase: 'start', ratings: [{ skillKey: 'career-planning', level: 3 }] } });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.fields[0]).toEqual({ path: 'ratings.0.skillKey', message: 'not a skill you are learning in this pair' });
    const twoLines = await world.clients.s1.request({ method: 'PUT', url: url(), payload: { phase: 'start', ratings: [{ skillKey: 'linkedin-presence', level: 3, evidence: 'one\ntwo' }] } });
    expect(twoLines.json().error.fields[0].path).toBe('ratings.0.evidence');
    expect((await world.clients.s1.request({ method: 'PUT', url: url(), payload: { phase: 'start', ratings: [{ skillKey: 'linkedin-presence', level: 6 }] } })).statusCode).toBe(400);
  });

  it('refuses a phase that is not open, saying when it opens or closed (409)', async () => {
    const early = await world.clients.j1.request({ method: 'PUT', url: url(), payload: { phase: 'midway', ratings: [{ skillKey: 'career-planning', level: 3 }] } });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/^The midway check-in opens on \d{4}-\d{2}-\d{2}\.$/);

    await setActivatedOn(activationFor('midway'));
    const late = await world.clients.j1.request({ method: 'PUT', url: url(), payload: { phase: 'start', ratings: [{ skillKey: 'career-planning', level: 3 }] } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/^The starting check-in closed on \d{4}-\d{2}-\d{2}\.$/);
    const midway = await ok(await world.clients.j1.request({ method: 'PUT', url: url(), payload: { phase: 'midway', ratings: [{ skillKey: 'career-planning', level: 3, evidence: 'Wrote my development plan' }] } }));
    expect(midway.openPhase).toBe('midway');
    expect(midway.me.ratings).toMatchObject([{ skillKey: 'career-planning', phase: 'midway', level: 3 }]);
    // The start ratings stay: the chart shows the curve.
    expect(midway.partner.ratings.filter((r: { phase: string }) => r.phase === 'start')).toHaveLength(2);
  });

  it('lets only the partner add an observation, which both see', async () => {
    const mine = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    const rating = mine.me.ratings.find((r: { skillKey: string }) => r.skillKey === 'generative-ai-tools');
    const path = `${url()}/${rating.id}/observation`;
    const observed = await ok(await world.clients.j1.request({ method: 'POST', url: path, payload: { observation: 'Ran the team prompt workshop on his own.' } }));
    expect(observed.partner.ratings.find((r: { id: string }) => r.id === rating.id).observation).toBe('Ran the team prompt workshop on his own.');
    // The person rated sees what was said about them: there is no hidden rating.
    const back = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    expect(back.me.ratings.find((r: { id: string }) => r.id === rating.id)).toMatchObject({ observation: 'Ran the team prompt workshop on his own.', level: 2 });
    const own = await world.clients.s1.request({ method: 'POST', url: path, payload: { observation: 'I am great' } });
    expect(own.statusCode).toBe(403);
    expect((await world.clients.j1.request({ method: 'POST', url: path, payload: { observation: 'x'.repeat(501) } })).statusCode).toBe(400);
    const cleared = await ok(await world.clients.j1.request({ method: 'POST', url: path, payload: { observation: '' } }));
    expect(cleared.partner.ratings.find((r: { id: string }) => r.id === rating.id).observation).toBeNull();
  });

  it('is the pair’s alone: outsiders get 404 on every route; the program manager’s list shows no check-in', async () => {
    const mine = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    const id = mine.me.ratings[0].id;
    for (const who of ['admin', 'pmp', 'mgr', 'ceo', 'j2', 's2'] as const) {
      const c = world.clients[who];
      const responses = [
        await c.request({ method: 'GET', url: url() }),
        await c.request({ method: 'PUT', url: url(), payload: { phase: 'midway', ratings: [{ skillKey: 'generative-ai-tools', level: 5 }] } }),
        await c.request({ method: 'POST', url: `${url()}/${id}/observation`, payload: { observation: 'peek' } }),
      ];
      for (const res of responses) {
        expect([403, 404], who).toContain(res.statusCode); // 403: a login not linked to a person (the admin)
        if (who !== 'admin') expect(res.statusCode, who).toBe(404);
        expect(res.body).not.toContain(CANARY);
      }
    }
    const pairs = await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pairs` });
    expect(pairs.statusCode).toBe(200);
    expect(pairs.body).not.toContain(CANARY);
    expect(pairs.body).not.toMatch(/checkin|evidence|observation/i);
  });

  it('an ended pair can still read its check-ins but no longer rate', async () => {
    await ok(await world.clients.s1.request({ method: 'POST', url: `/api/me/matches/${pairId}/end`, payload: {} }), 204);
    const c = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    expect(c).toMatchObject({ openPhase: 'midway', canRate: false });
    expect(c.partner.ratings).toHaveLength(1);
    const res = await world.clients.s1.request({ method: 'PUT', url: url(), payload: { phase: 'midway', ratings: [{ skillKey: 'generative-ai-tools', level: 4 }] } });
    expect(res.statusCode).toBe(409);
  });
});
