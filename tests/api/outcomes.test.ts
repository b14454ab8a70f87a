import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skills } from '../../src/db/schema.js';
import { ok } from '../support/program-world.js';
import { startTestApp, type Client, type TestContext } from '../support/test-app.js';
import { buildOutcomeWorld, type BuiltWorld, type PairSpec, type PersonSpec, type WorldSpec } from './outcomes-world.js';

// A hand-checked world (today 2027-07-01). Program A (reverse, 2027-01-01 → 2027-12-31): six
// pairs junior j1–j6 (Engineering, level 2) × senior s1–s6 (Sales, level 7), active since
// 2027-02-01, each meeting on 02-10 and 03-10; six more people only invited, five applied and not
// approved. Seniors s1–s5 rate AI tools 2 at the start and 4 at the end; juniors j1–j4 rate
// strategy (four people: suppressed). Mentees s1–s5 answer the March pulse; j1 alone answers in
// April. j6 left on 2027-05-01; comparison juniors c1–c5 (Engineering, level 1–2), c1 left on
// 2027-03-01. Program B is another program the sponsor was not given.
const HYPERLINK = '=HYPERLINK("http://evil.test","click")';
const range = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

function spec(): WorldSpec {
  const juniors = range(6, 'j');
  const seniors = range(6, 's');
  const people: PersonSpec[] = [
    ...juniors.map((key, i) => ({ key, department: 'Engineering', level: 2, generationBand: i < 5 ? 'Z' : null, terminationDate: key === 'j6' ? '2027-05-01' : null })),
    ...seniors.map((key) => ({ key, department: 'Sales', level: 7, generationBand: 'X' })),
    ...range(6, 'i').map((key) => ({ key, department: 'Engineering', level: 3 })),
    ...range(5, 'a').map((key) => ({ key, department: HYPERLINK, level: 4 })),
    ...range(5, 'c').map((key) => ({ key, department: 'Engineering', level: key === 'c1' ? 1 : 2, terminationDate: key === 'c1' ? '2027-03-01' : null })),
    { key: 'pmp', department: 'People', level: 5 },
    { key: 'solo', department: 'Engineering', level: 2 },
  ];
  const pairs: PairSpec[] = juniors.map((j, i) => {
    const s = seniors[i] as string;
    return {
      mentor: j,
      mentee: s,
      status: 'active',
      activatedAt: '2027-02-01',
      held: ['2027-02-10', '2027-03-10'],
      checkins: [
        ...(i < 5
          ? [
              { who: 'mentee' as const, skillKey: 'ai-tools', phase: 'start' as const, level: 2 },
              { who: 'mentee' as const, skillKey: 'ai-tools', phase: 'end' as const, level: 4 },
              { who: 'mentee' as const, skillKey: 'evil', phase: 'start' as const, level: 3 },
            ]
          : []),
        ...(i < 4 ? [{ who: 'mentor' as const, skillKey: 'strategy', phase: 'start' as const, level: 1 }] : []),
      ],
      answers: [
        ...(i < 5 ? [{ who: 'mentee' as const, kind: 'pulse' as const, answeredAt: '2027-03-15', answers: { morale: 4, useful: 5, nps: [9, 9, 9, 7, 3][i] as number, comment: null } }] : []),
        ...(i === 0 ? [{ who: 'mentor' as const, kind: 'pulse' as const, answeredAt: '2027-04-15', answers: { morale: 1, useful: 1, nps: 0, comment: null } }] : []),
      ],
      goals: i === 0 ? [{ status: 'achieved', shared: true }, { status: 'achieved', shared: true }, { status: 'active', shared: true }, { status: 'achieved', shared: false }] : [],
    };
  });
  return {
    people,
    logins: [
      { key: 'admin', roles: ['org_admin'] },
      { key: 'pm', roles: ['program_manager'], person: 'pmp' },
      { key: 'pm2', roles: ['program_manager'] },
      { key: 'sponsor', roles: ['sponsor'] },
      { key: 'sponsor2', roles: ['sponsor'] },
      { key: 'j1', roles: ['participant'], person: 'j1' },
      { key: 's1', roles: ['participant'], person: 's1' },
      { key: 'solo', roles: ['participant'], person: 'solo' },
    ],
    programs: [
      {
        key: 'A',
        name: 'Digital fluency',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        managers: ['pm'],
        sponsors: ['sponsor'],
        enrollments: [
          ...juniors.map((person) => ({ person, side: 'mentor' as const, status: 'approved' as const, leaderOptIn: person === 'j1' || person === 'j2' })),
          ...seniors.map((person) => ({ person, side: 'mentee' as const, status: 'approved' as const })),
          ...range(6, 'i').map((person) => ({ person, side: 'mentor' as const, status: 'invited' as const })),
          ...range(5, 'a').map((person) => ({ person, side: 'mentee' as const, status: 'applied' as const })),
          { person: 'solo', side: 'mentor', status: 'approved' },
        ],
        pairs,
      },
      { key: 'B', name: 'Other program', startDate: '2027-03-01', endDate: '2027-09-30', managers: ['pm2'], enrollments: [{ person: 'solo', side: 'mentee', status: 'applied' }], pairs: [] },
    ],
  };
}

let ctx: TestContext;
let w: BuiltWorld;
const A = () => w.programIds.A as string;
const B = () => w.programIds.B as string;
const get = (who: string, url: string) => (w.clients[who] as Client).request({ method: 'GET', url });

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.clock.now = new Date('2027-07-01T12:00:00Z');
  w = await buildOutcomeWorld(ctx, 'outc', spec());
  // A skill whose category is a spreadsheet formula: five seniors rated it, so it is shown — and must be neutralized in CSV.
  await ctx.db.system((tx) => tx.insert(skills).values({ orgId: w.orgId, key: 'evil', label: 'Evil', category: HYPERLINK }));
});
afterAll(async () => ctx?.close());

describe('program outcomes, hand-computed', () => {
  it('the funnel counts people at each stage and withholds the empty one', async () => {
    const f = await ok(await get('pm', `/api/programs/${A()}/outcomes/funnel`));
    // invited 6 + applied 5 + approved 12 + solo approved (not paired) = 24
    // 13 trained but 12 matched: showing both would reveal the one person between them, so the
    // later counts are withheld too (complementary suppression, core/analytics/funnel.ts).
    expect(f.steps.map((s: { reached: { value: number | null } }) => s.reached.value)).toEqual([24, 18, 13, 13, null, null, null]);
    expect(f.steps[1].dropOff).toEqual({ suppressed: false, people: 6, value: 6 });
    expect(f.steps[2].dropOff).toEqual({ suppressed: false, people: 5, value: 5 });
    expect(f.steps[4].dropOff).toEqual({ suppressed: true, people: null, value: null });
    expect(f.steps[6].reached).toEqual({ suppressed: true, people: null, value: null });
  });

  it('engagement: meetings by month, active and at-risk pairs, days to the first meeting', async () => {
    const e = await ok(await get('pm', `/api/programs/${A()}/outcomes/engagement`));
    expect(e.months.map((m: { month: string }) => m.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07']);
    expect(e.months[0].held).toEqual({ suppressed: true, people: null, value: null });
    expect(e.months[1].held).toEqual({ suppressed: false, people: 12, value: 6 });
    expect(e.months[1].promised).toEqual({ suppressed: false, people: 12, value: 12 });
    expect(e.months[2].promised.value).toBe(13.3);
    expect(e.activePairs).toEqual({ suppressed: false, people: 12, value: 6 });
    expect(e.atRiskPairs).toEqual({ suppressed: false, people: 12, value: 6 });
    expect(e.daysToFirstMeeting.value).toEqual({ median: 9, p25: 9, p75: 9 });
  });

  it('learning: both directions by category; four juniors are not shown', async () => {
    const l = await ok(await get('sponsor', `/api/programs/${A()}/outcomes/learning`));
    const series = (direction: string, category: string) => l.series.find((s: { direction: string; category: string }) => s.direction === direction && s.category === category);
    const digital = series('senior_learns', 'Digital');
    expect(digital.points.map((p: { meanLevel: { value: number | null; people: number | null } }) => [p.meanLevel.value, p.meanLevel.people])).toEqual([[2, 5], [null, null], [4, 5]]);
    expect(series('senior_learns', 'All skills').points[0].meanLevel).toEqual({ suppressed: false, people: 5, value: 2.5 }); // AI tools 2 and Evil 3
    expect(series('junior_learns', 'Leadership').points[0].meanLevel).toEqual({ suppressed: true, people: null, value: null });
  });

  it('satisfaction: the March pulse NPS and morale; April (one person) suppressed', async () => {
    const s = await ok(await get('pm', `/api/programs/${A()}/outcomes/satisfaction`));
    const march = s.pulse.find((p: { period: string }) => p.period === '2027-03');
    expect(march.nps).toEqual({ suppressed: false, people: 5, value: { nps: 40, promoters: 3, passives: 1, detractors: 1 } });
    expect(march.means.find((m: { key: string }) => m.key === 'morale').mean).toEqual({ suppressed: false, people: 5, value: 4 });
    const april = s.pulse.find((p: { period: string }) => p.period === '2027-04');
    expect(april.nps).toEqual({ suppressed: true, people: null, value: null });
    expect(s.comments).toEqual({ suppressed: true, people: null, value: null });
  });

  it('retention: junior participants against comparable juniors, from the program start', async () => {
    const r = await ok(await get('pm', `/api/programs/${A()}/outcomes/retention`));
    expect(r.origin).toBe('2027-01-01');
    const curve = (g: string) => r.curves.find((c: { group: string }) => c.group === g);
    expect(curve('junior_participants').curve).toEqual({ suppressed: false, people: 6, value: [{ day: 120, atRisk: 6, events: 1, survival: 0.8333, lower: expect.any(Number), upper: expect.any(Number) }] });
    // c1–c5 and solo (approved, never paired): Engineering, level band 1–2, employed on the origin.
    // c1 left on day 59, published as the period ending on day 60 (curves are by 30-day period).
    expect(curve('junior_comparison').curve).toEqual({ suppressed: false, people: 6, value: [{ day: 60, atRisk: 6, events: 1, survival: 0.8333, lower: expect.any(Number), upper: expect.any(Number) }] });
    expect(curve('senior_comparison').curve.suppressed).toBe(true);
    expect(curve('junior_participants').twelveMonth.suppressed).toBe(true);
    expect(r.caveat).toMatch(/not proof/);
  });

  it('reach: six cross-department pairs with a gap of 5; the generation share would reveal one pair', async () => {
    const r = await ok(await get('pm', `/api/programs/${A()}/outcomes/reach`));
    expect(r.pairs).toEqual({ suppressed: false, people: 12, value: 6 });
    expect(r.crossDepartment).toEqual({ suppressed: false, people: 12, value: { count: 6, share: 1 } });
    expect(r.levelGaps.find((g: { gap: number }) => g.gap === 5).pairs.value).toBe(6);
    expect(r.crossGeneration.suppressed).toBe(true);
  });

  it('the whole dashboard carries the program and how I see it', async () => {
    const o = await ok(await get('sponsor', `/api/programs/${A()}/outcomes`));
    expect(o.program).toEqual({ id: A(), name: 'Digital fluency', status: 'active', startDate: '2027-01-01', endDate: '2027-12-31', mode: 'reverse' });
    expect(o.viewer).toBe('sponsor');
    expect(Object.keys(o).sort()).toEqual(['asOf', 'engagement', 'funnel', 'learning', 'program', 'reach', 'refreshing', 'retention', 'satisfaction', 'viewer']);
    expect((await ok(await get('pm', `/api/programs/${A()}/outcomes`))).viewer).toBe('manager');
    expect((await ok(await get('admin', `/api/programs/${A()}/outcomes`))).viewer).toBe('admin');
  });
});

describe('who sees what', () => {
  it('a sponsor sees only the programs they were given; others are not found', async () => {
    expect((await get('sponsor', `/api/programs/${B()}/outcomes`)).statusCode).toBe(404);
    expect((await get('sponsor', `/api/programs/${B()}/outcomes/funnel.csv`)).statusCode).toBe(404);
    expect((await get('sponsor2', `/api/programs/${A()}/outcomes`)).statusCode).toBe(404);
    expect((await get('pm2', `/api/programs/${A()}/outcomes/reach`)).statusCode).toBe(404);
  });

  it('participants are refused', async () => {
    for (const url of [`/api/programs/${A()}/outcomes`, `/api/outcomes`, `/api/programs/${A()}/outcomes/leaders`, `/api/outcomes.csv`]) expect((await get('j1', url)).statusCode).toBe(403);
  });

  it('cross-program: programs I cannot see are ignored, asked for or not', async () => {
    const mine = await ok(await get('sponsor', `/api/outcomes`));
    expect(mine.programs).toEqual([{ id: A(), name: 'Digital fluency' }]);
    const asked = await ok(await get('sponsor', `/api/outcomes?programIds=${A()},${B()}`));
    expect(asked.programs).toEqual([{ id: A(), name: 'Digital fluency' }]);
    expect(asked.funnel).toEqual((await ok(await get('sponsor', `/api/programs/${A()}/outcomes`))).funnel);
    const none = await ok(await get('sponsor', `/api/outcomes/reach?programIds=${B()}`));
    expect(none.pairs.suppressed).toBe(true);
    const both = await ok(await get('admin', `/api/outcomes?programIds=${A()},${B()}`));
    expect(both.programs.map((p: { id: string }) => p.id).sort()).toEqual([A(), B()].sort());
    expect(both.retention.origin).toBe('2027-01-01');
    expect((await get('admin', '/api/outcomes?programIds=nope')).statusCode).toBe(400);
  });
});

describe('future leaders', () => {
  it('lists opted-in juniors with two signals, with evidence; the opted-in count is guarded', async () => {
    const l = await ok(await get('pm', `/api/programs/${A()}/outcomes/leaders`));
    expect(l.optedIn).toEqual({ suppressed: true, people: null, value: null });
    expect(l.leaders).toHaveLength(1);
    expect(l.leaders[0]).toMatchObject({ personId: w.personIds.j1, name: 'j1 Person', department: 'Engineering' });
    expect(l.leaders[0].signals.map((s: { key: string; met: boolean }) => [s.key, s.met])).toEqual([
      ['partners_learned', true],
      ['goals_met', true],
      ['meetings_held', false],
    ]);
    expect(l.leaders[0].signals[1].evidence).toBe('Met 2 of 3 shared goals');
    expect(JSON.stringify(l)).not.toMatch(/"level"|s1 Person/);
  });

  it('a sponsor gets 404 and another program manager too', async () => {
    expect((await get('sponsor', `/api/programs/${A()}/outcomes/leaders`)).statusCode).toBe(404);
    expect((await get('pm2', `/api/programs/${A()}/outcomes/leaders`)).statusCode).toBe(404);
  });
});

describe('CSV', () => {
  it('is text/csv, an attachment, with suppressed rows empty and formula cells neutralized', async () => {
    const res = await get('sponsor', `/api/programs/${A()}/outcomes/learning.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="learning-[0-9a-f-]+\.csv"$/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('figure,series,label,value,people,suppressed');
    expect(lines).toContain('learning,senior_learns / Digital,start,2,5,');
    expect(lines).toContain('learning,senior_learns / Digital,midway,,,suppressed');
    expect(lines).toContain('learning,junior_learns / Leadership,start,,,suppressed');
    // The category is a formula: it is quoted and prefixed so a spreadsheet shows it as text.
    expect(res.body).toContain(`"senior_learns / ${HYPERLINK.replace(/"/g, '""')}"`);
    expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('a series that starts with a formula character is prefixed', async () => {
    const csv = (await get('admin', `/api/outcomes.csv?programIds=${A()}`)).body;
    expect(csv.split('\r\n').every((line) => !/(^|,)[=+@]/.test(line))).toBe(true);
  });

  it('the whole dashboard flattens every figure', async () => {
    const res = await get('pm', `/api/programs/${A()}/outcomes.csv`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const figures = new Set(res.body.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]));
    expect([...figures].sort()).toEqual(['engagement', 'funnel', 'learning', 'reach', 'retention', 'satisfaction']);
    expect(res.body).toContain('funnel,invited,reached,24,24,');
    expect(res.body).toContain('funnel,matched,reached,,,suppressed');
    expect(res.body).toContain('funnel,completed,reached,,,suppressed');
    const cross = await get('admin', '/api/outcomes/funnel.csv');
    expect(cross.headers['content-disposition']).toBe('attachment; filename="funnel.csv"');
  });
});

describe('the API document', () => {
  it('lists every outcomes route with its figure schema', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const figure of ['funnel', 'engagement', 'learning', 'satisfaction', 'retention', 'reach']) {
      expect(doc.paths[`/api/programs/{programId}/outcomes/${figure}`]).toBeDefined();
      expect(doc.paths[`/api/programs/{programId}/outcomes/${figure}.csv`]).toBeDefined();
      expect(doc.paths[`/api/outcomes/${figure}`]).toBeDefined();
      expect(doc.paths[`/api/outcomes/${figure}.csv`]).toBeDefined();
    }
    for (const p of ['/api/programs/{programId}/outcomes', '/api/programs/{programId}/outcomes.csv', '/api/outcomes', '/api/outcomes.csv', '/api/programs/{programId}/outcomes/leaders', '/api/programs/{programId}/sponsors', '/api/programs/{programId}/sponsor-candidates', '/api/me/leader-signals', '/api/me/programs/{programId}/leader-signals'])
      expect(doc.paths[p], p).toBeDefined();
  });
});
