import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertPeople } from '../../src/app/people/upsert-people.js';
import { sendPulseCheck } from '../../src/app/safeguards/send-pulse-check.js';
import { buildPerson } from '../support/people-factory.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { startTestApp, type Client, type TestContext } from '../support/test-app.js';

// The junior's safeguards. Pulse check-ins go to the junior only and reach the program's
// managers named or only as an average over five people, as the junior chose. A concern is
// read by the one who raised it and the program's managers — never by the partner, even when
// the partner manages the program — and no message carries what anyone wrote.
let ctx: TestContext;
let world: World;
let programId: string;
let pairId: string;
const DAY = 86_400_000;
const PULSE_CANARY = 'canary-pulse-comment-8d21';
const CONCERN_CANARY = 'canary-concern-body-44e0';
const REPLY_CANARY = 'canary-pm-reply-0b7f';
const SENIOR_CANARY = 'canary-senior-concern-93aa';

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'safe');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
});
afterAll(() => ctx.close());

const activatedDaysAgo = (days: number) => ctx.db.system((tx) => tx.execute(sql`UPDATE pairs SET activated_at = ${new Date(ctx.clock.now.getTime() - days * DAY).toISOString()}::timestamptz WHERE id = ${pairId}`));
const userIdOf = async (who: string) => (await ctx.db.system((tx) => tx.execute<{ id: string }>(sql`SELECT id FROM users WHERE email = ${`${who}@safe.test`}`))).rows[0]!.id;
const notificationsOf = async (c: Client) => (await ok(await c.request({ method: 'GET', url: '/api/notifications?pageSize=100' }))).items as Array<{ kind: string; title: string; body: string; link: string }>;
const emailsTo = async (who: string) => (await ctx.db.system((tx) => tx.execute<{ subject: string; text: string }>(sql`SELECT subject, text FROM emails WHERE "to" = ${`${who}@safe.test`}`))).rows;
const answer = (shareMode: 'named' | 'aggregate', comment: string) => ({ answers: { engaged: 2, candid: 1, pressure: 5 }, comment, shareMode });
let pulse1: string;
let concernId: string;

describe('pulse check-ins', () => {
  it('go to the junior member only, once per number', async () => {
    await activatedDaysAgo(29);
    expect(await sendPulseCheck(ctx.deps, { orgId: world.orgId, pairId, number: 1 })).toBe(true);
    expect(await sendPulseCheck(ctx.deps, { orgId: world.orgId, pairId, number: 1 })).toBe(false);
    const mine = await ok(await world.clients.j1.request({ method: 'GET', url: '/api/me/pulses' }));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ number: 1, state: 'open', partnerName: 'S1 Person', answers: null });
    expect(mine[0].questions.map((q: { question: string }) => q.question)).toEqual(['Is your mentee engaged?', 'Do you feel able to be candid?', 'Is there any pressure you are uncomfortable with?']);
    pulse1 = mine[0].id;
    const told = (await notificationsOf(world.clients.j1)).filter((n) => n.kind === 'pulse_check_due');
    expect(told.map((n) => n.link)).toEqual([`/my/pulse/${pulse1}`]);
    // The senior gets none, cannot open the junior's, and is not told of it.
    expect(await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/pulses' }))).toEqual([]);
    expect((await world.clients.s1.request({ method: 'GET', url: `/api/me/pulses/${pulse1}` })).statusCode).toBe(404);
    expect((await world.clients.s1.request({ method: 'POST', url: `/api/me/pulses/${pulse1}`, payload: answer('named', 'x') })).statusCode).toBe(404);
    expect((await notificationsOf(world.clients.s1)).some((n) => n.kind === 'pulse_check_due')).toBe(false);
  });

  it('needs a choice of how the answer is shown, then takes it once', async () => {
    const noChoice = await world.clients.j1.request({ method: 'POST', url: `/api/me/pulses/${pulse1}`, payload: { answers: { engaged: 2, candid: 1, pressure: 5 } } });
    expect(noChoice.statusCode).toBe(400);
    expect(noChoice.body).toContain('shareMode');
    const done = await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/pulses/${pulse1}`, payload: answer('aggregate', PULSE_CANARY) }));
    expect(done).toMatchObject({ state: 'answered', shareMode: 'aggregate', comment: PULSE_CANARY });
    expect((await world.clients.j1.request({ method: 'POST', url: `/api/me/pulses/${pulse1}`, payload: answer('named', 'again') })).statusCode).toBe(409);
  });

  it('an "only in a group" answer is invisible one by one: under five people nothing of it shows', async () => {
    const res = await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pulse-results` });
    const r = await ok(res);
    expect(r).toMatchObject({ sent: 1, answered: 1, named: [], aggregate: [{ number: 1, suppressed: true, people: null, answers: null, means: null }] });
    expect(res.body).not.toContain(PULSE_CANARY);
    expect(res.body).not.toContain('J1 Person');
    // The senior has no program view at all.
    expect((await world.clients.s1.request({ method: 'GET', url: `/api/programs/${programId}/pulse-results` })).statusCode).toBe(403);
  });

  it('a named answer is listed with the junior’s name and comment', async () => {
    await activatedDaysAgo(57);
    expect(await sendPulseCheck(ctx.deps, { orgId: world.orgId, pairId, number: 2 })).toBe(true);
    const [second] = await ok(await world.clients.j1.request({ method: 'GET', url: '/api/me/pulses' }));
    expect(second.number).toBe(2);
    await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/pulses/${second.id}`, payload: answer('named', 'Named: all good') }));
    const res = await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pulse-results` });
    const r = await ok(res);
    expect(r.named).toEqual([{ personId: world.personIds.j1, personName: 'J1 Person', answers: [expect.objectContaining({ number: 2, partnerName: 'S1 Person', comment: 'Named: all good', answers: { engaged: 2, candid: 1, pressure: 5 } })] }]);
    expect(res.body).not.toContain(PULSE_CANARY);
  });

  it('five people’s group answers show as averages, still without anyone’s name or comment', async () => {
    const extra = [1, 2, 3, 4].map((i) => buildPerson({ employeeId: `safe-x${i}`, name: `Extra Junior ${i}`, email: `x${i}@safe.test`, level: 2 }));
    await ctx.db.tenant(world.orgId, (tx) => upsertPeople(tx, world.orgId, extra));
    await ctx.db.system(async (tx) => {
      for (const [i, p] of extra.entries()) {
        const person = (await tx.execute<{ id: string }>(sql`SELECT id FROM people WHERE employee_id = ${p.employeeId}`)).rows[0]!.id;
        const pair = (
          await tx.execute<{ id: string }>(sql`INSERT INTO pairs (org_id, program_id, round_id, mentor_enrollment_id, mentee_enrollment_id, mentor_person_id, mentee_person_id, score, explanation, status)
            SELECT org_id, program_id, round_id, mentor_enrollment_id, mentee_enrollment_id, ${person}, mentee_person_id, score, explanation, 'ended' FROM pairs WHERE id = ${pairId} RETURNING id`)
        ).rows[0]!.id;
        await tx.execute(sql`INSERT INTO pulse_checks (org_id, program_id, pair_id, person_id, number, due_at, answers, comment, share_mode, answered_at)
          VALUES (${world.orgId}, ${programId}, ${pair}, ${person}, 1, now() - interval '2 days', ${JSON.stringify({ engaged: 4 + (i % 2), candid: 4, pressure: 1 })}::jsonb, ${`${PULSE_CANARY}-${i}`}, 'aggregate', now())`);
      }
    });
    const res = await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pulse-results` });
    const r = await ok(res);
    expect(r.aggregate).toEqual([{ number: 1, suppressed: false, people: 5, answers: 5, means: { engaged: 4, candid: 3.4, pressure: 1.8 } }]);
    expect(res.body).not.toContain(PULSE_CANARY);
    expect(res.body).not.toContain('Extra Junior');
  });
});

describe('raising a concern', () => {
  it('reaches the program’s managers, told without the text; the partner sees nothing on any route', async () => {
    const raised = await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/pairs/${pairId}/concerns`, payload: { body: `  ${CONCERN_CANARY}  ` } }));
    concernId = raised.id;
    expect(raised).toMatchObject({ status: 'open', raisedBy: { name: 'J1 Person', side: 'mentor' }, messages: [{ fromProgramManager: false, body: CONCERN_CANARY }] });
    const list = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/concerns` }));
    expect(list).toMatchObject([{ id: concernId, raisedBy: { name: 'J1 Person' }, partnerName: 'S1 Person', awaitingManager: true, messages: 1 }]);
    const told = (await notificationsOf(world.clients.pmp)).filter((n) => n.kind === 'concern_raised');
    expect(told.map((n) => n.link)).toEqual([`/concerns/${concernId}`]);
    for (const e of await emailsTo('pmp')) expect(e.text).not.toContain(CONCERN_CANARY);
    await expectInvisible(world.clients.s1, concernId, CONCERN_CANARY);
    expect(await ok(await world.clients.j1.request({ method: 'GET', url: '/api/me/concerns' }))).toMatchObject([{ id: concernId, status: 'open' }]);
  });

  it('stays invisible to the partner when the partner is also a manager of the program', async () => {
    const s1User = await userIdOf('s1');
    await ctx.db.system(async (tx) => {
      await tx.execute(sql`INSERT INTO user_roles (org_id, user_id, role) VALUES (${world.orgId}, ${s1User}, 'program_manager')`);
      await tx.execute(sql`INSERT INTO program_managers (org_id, program_id, user_id) VALUES (${world.orgId}, ${programId}, ${s1User})`);
    });
    await expectInvisible(world.clients.s1, concernId, CONCERN_CANARY);
    expect(await ok(await world.clients.s1.request({ method: 'GET', url: `/api/programs/${programId}/concerns` }))).toEqual([]);
    // Their own pairs are out of their pulse view too, even inside an average (the five-person
    // group above is all pairs of S1's, as it was built): the other manager still sees it.
    const pulses = await world.clients.s1.request({ method: 'GET', url: `/api/programs/${programId}/pulse-results` });
    expect(await ok(pulses)).toMatchObject({ sent: 0, named: [], aggregate: [] });
    expect((await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/pulse-results` }))).aggregate[0].suppressed).toBe(false);
    expect(pulses.body).not.toContain('Named: all good');
    // A new concern about them is not even announced to them.
    const second = await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/pairs/${pairId}/concerns`, payload: { body: `${CONCERN_CANARY} again` } }));
    await expectInvisible(world.clients.s1, second.id, CONCERN_CANARY);
    expect((await notificationsOf(world.clients.s1)).some((n) => n.kind === 'concern_raised')).toBe(false);
    expect((await notificationsOf(world.clients.pmp)).filter((n) => n.kind === 'concern_raised')).toHaveLength(2);
  });

  it('works the other way: the senior’s concern is invisible to the junior', async () => {
    const raised = await ok(await world.clients.s1.request({ method: 'POST', url: `/api/me/pairs/${pairId}/concerns`, payload: { body: SENIOR_CANARY } }));
    await expectInvisible(world.clients.j1, raised.id, SENIOR_CANARY);
    expect((await ok(await world.clients.j1.request({ method: 'GET', url: '/api/me/concerns' }))).map((c: { id: string }) => c.id)).not.toContain(raised.id);
    expect((await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/concerns/${raised.id}` }))).raisedBy).toMatchObject({ name: 'S1 Person', side: 'mentee' });
    // The raiser, though a program manager, does not see it from the manager's side either.
    expect((await world.clients.s1.request({ method: 'GET', url: `/api/concerns/${raised.id}` })).statusCode).toBe(404);
  });

  it('the manager replies (the raiser is told, without the text), the raiser answers, the manager closes', async () => {
    const replied = await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/concerns/${concernId}/messages`, payload: { body: REPLY_CANARY } }));
    expect(replied.messages.map((m: { fromProgramManager: boolean; authorName: string }) => [m.fromProgramManager, m.authorName])).toEqual([
      [false, 'J1 Person'],
      [true, 'PMP Person'],
    ]);
    const told = (await notificationsOf(world.clients.j1)).filter((n) => n.kind === 'concern_reply');
    expect(told.map((n) => n.link)).toEqual([`/my/concerns/${concernId}`]);
    expect(JSON.stringify(await notificationsOf(world.clients.j1))).not.toContain(REPLY_CANARY);
    for (const e of await emailsTo('j1')) expect(`${e.subject} ${e.text}`).not.toContain(REPLY_CANARY);
    const thread = await ok(await world.clients.j1.request({ method: 'GET', url: `/api/me/concerns/${concernId}` }));
    expect(thread.messages[1].body).toBe(REPLY_CANARY);
    await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/concerns/${concernId}/messages`, payload: { body: 'Thank you' } }));
    expect((await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/concerns` }))).find((c: { id: string }) => c.id === concernId)).toMatchObject({ awaitingManager: true, messages: 3 });
    expect((await world.clients.j1.request({ method: 'POST', url: `/api/concerns/${concernId}/close`, payload: {} })).statusCode).toBe(403);
    const closed = await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/concerns/${concernId}/close`, payload: {} }));
    expect(closed.status).toBe('closed');
    expect((await world.clients.pmp.request({ method: 'POST', url: `/api/concerns/${concernId}/close`, payload: {} })).statusCode).toBe(409);
    expect((await world.clients.j1.request({ method: 'POST', url: `/api/me/concerns/${concernId}/messages`, payload: { body: 'one more' } })).statusCode).toBe(409);
    expect((await world.clients.j1.request({ method: 'POST', url: `/api/me/concerns/${concernId}/messages`, payload: { body: '   ' } })).statusCode).toBe(400);
  });

  it('is not found for other programs’ managers and refused to an org admin not listed on the program', async () => {
    const mgrUser = await userIdOf('mgr');
    await ctx.db.system((tx) => tx.execute(sql`INSERT INTO user_roles (org_id, user_id, role) VALUES (${world.orgId}, ${mgrUser}, 'program_manager')`));
    const mgr = world.clients.mgr;
    for (const res of [
      await mgr.request({ method: 'GET', url: `/api/programs/${programId}/concerns` }),
      await mgr.request({ method: 'GET', url: `/api/programs/${programId}/pulse-results` }),
      await mgr.request({ method: 'GET', url: `/api/concerns/${concernId}` }),
      await mgr.request({ method: 'POST', url: `/api/concerns/${concernId}/messages`, payload: { body: 'hi' } }),
      await mgr.request({ method: 'POST', url: `/api/concerns/${concernId}/close`, payload: {} }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(CONCERN_CANARY);
    }
    const admin = world.clients.admin;
    expect((await admin.request({ method: 'GET', url: `/api/programs/${programId}/concerns` })).statusCode).toBe(403);
    expect((await admin.request({ method: 'GET', url: `/api/programs/${programId}/pulse-results` })).statusCode).toBe(403);
    expect((await admin.request({ method: 'GET', url: `/api/concerns/${concernId}` })).statusCode).toBe(404);
  });

  it('cannot be raised when the partner is the program’s only manager', async () => {
    const pmpUser = await userIdOf('pmp');
    await ctx.db.system((tx) => tx.execute(sql`DELETE FROM program_managers WHERE program_id = ${programId} AND user_id = ${pmpUser}`));
    const res = await world.clients.j1.request({ method: 'POST', url: `/api/me/pairs/${pairId}/concerns`, payload: { body: 'Nobody to read this' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/no program manager who can receive/);
    await ctx.db.system((tx) => tx.execute(sql`INSERT INTO program_managers (org_id, program_id, user_id) VALUES (${world.orgId}, ${programId}, ${pmpUser})`));
    // Outsiders cannot raise one about a pair that is not theirs.
    expect((await world.clients.j2.request({ method: 'POST', url: `/api/me/pairs/${pairId}/concerns`, payload: { body: 'x' } })).statusCode).toBe(404);
  });

  it('the manager can end the pair from the concern with the existing no-fault route', async () => {
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/pairs/${pairId}/end`, payload: { reason: 'After a concern' } }), 204);
    expect((await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/concerns/${concernId}` }))).pair.status).toBe('ended');
    // No further check-ins once the pair has ended.
    expect(await sendPulseCheck(ctx.deps, { orgId: world.orgId, pairId, number: 3 })).toBe(false);
  });
});

/** Every route that could show a concern answers the partner "not found" (or nothing). */
async function expectInvisible(c: Client, id: string, canary: string) {
  const responses = [
    await c.request({ method: 'GET', url: `/api/me/concerns/${id}` }),
    await c.request({ method: 'POST', url: `/api/me/concerns/${id}/messages`, payload: { body: 'peek' } }),
    await c.request({ method: 'GET', url: `/api/concerns/${id}` }),
    await c.request({ method: 'POST', url: `/api/concerns/${id}/messages`, payload: { body: 'peek' } }),
    await c.request({ method: 'POST', url: `/api/concerns/${id}/close`, payload: {} }),
  ];
  for (const res of responses) {
    expect([403, 404]).toContain(res.statusCode);
    expect(res.body).not.toContain(canary);
  }
  const mine = await c.request({ method: 'GET', url: '/api/me/concerns' });
  expect(mine.body).not.toContain(id);
  expect(mine.body).not.toContain(canary);
  const programList = await c.request({ method: 'GET', url: `/api/programs/${programId}/concerns` });
  expect(programList.body).not.toContain(id);
  expect(programList.body).not.toContain(canary);
  expect(JSON.stringify(await notificationsOf(c))).not.toContain(id);
}
