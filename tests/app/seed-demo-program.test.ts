// The demo's finished program as the dashboards read it: the sponsor login sees it, and the
// figures a demo shows are not withheld for small groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/app/org/seed-demo.js';
import { signInClient, startTestApp, type TestContext } from '../support/test-app.js';

type Figure = { suppressed: boolean };
let ctx: TestContext;
let sponsor: Awaited<ReturnType<typeof signInClient>>;
let programId: string;
beforeAll(async () => {
  ctx = await startTestApp();
  const { logins } = await seedDemo(ctx.deps);
  const login = logins.find((l) => l.roles.includes('sponsor'))!;
  sponsor = await signInClient(ctx.app, login.email, login.password);
  const pm = logins.find((l) => l.roles.includes('program_manager'))!;
  const programs = (await (await signInClient(ctx.app, pm.email, pm.password)).request({ method: 'GET', url: '/api/programs' })).json();
  const list = (Array.isArray(programs) ? programs : programs.items) as Array<{ id: string; name: string; status: string }>;
  const program = list.find((p) => p.name === 'Digital fluency for leaders');
  expect(program?.status).toBe('closed');
  programId = program!.id;
});
afterAll(() => ctx.close());

describe('the demo program', () => {
  it('is the sponsor’s, with every figure of a demo shown', async () => {
    const res = await sponsor.request({ method: 'GET', url: `/api/programs/${programId}/outcomes` });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.funnel.steps.map((s: { reached: { value: number | null } }) => s.reached.value)).toEqual([88, 82, 76, 71, 66, 60, 50]);
    for (const step of o.funnel.steps as Array<{ stage: string; dropOff: Figure | null }>) expect(step.dropOff?.suppressed ?? false, step.stage).toBe(false);
    for (const month of o.engagement.months as Array<{ held: Figure }>) expect(month.held.suppressed).toBe(false);
    expect(o.learning.series.length).toBeGreaterThanOrEqual(4);
    for (const series of o.learning.series as Array<{ category: string; points: Array<{ phase: string; meanLevel: Figure & { value: number } }> }>) {
      for (const point of series.points) expect(point.meanLevel.suppressed, `${series.category} ${point.phase}`).toBe(false);
      expect(series.points.at(-1)!.meanLevel.value).toBeGreaterThan(series.points[0]!.meanLevel.value);
    }
    expect(o.satisfaction.pulse.length).toBeGreaterThanOrEqual(12);
    for (const period of o.satisfaction.pulse as Array<{ nps: Figure }>) expect(period.nps.suppressed).toBe(false);
    for (const end of o.satisfaction.endOfCycle as Array<{ nps: Figure }>) expect(end.nps.suppressed).toBe(false);
    expect(o.satisfaction.comments.suppressed).toBe(false);
    for (const curve of o.retention.curves as Array<{ group: string; curve: Figure }>) expect(curve.curve.suppressed, curve.group).toBe(false);
    expect(o.reach.pairs.value).toBe(30);
    expect(o.reach.crossDepartment.suppressed).toBe(false);
  });

  it('shows the program manager the juniors who opted in to leader signals', async () => {
    const res = await sponsor.request({ method: 'GET', url: `/api/programs/${programId}/outcomes/leaders` });
    // Leader signals are for program managers only: the sponsor is refused.
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
  });
});
