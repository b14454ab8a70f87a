import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindReview } from '../../src/app/reviews/remind-review.js';
import { createUser } from '../../src/app/users/create-user.js';
import {
  auditLog,
  emails,
  meetings,
  notifications,
  pairs,
  programSponsors,
  reviewSummaries,
} from '../../src/db/schema.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

// Management reviews: a pair shares only what both members confirm — shared goals they pick,
// meeting counts if they want, a statement — and management sees nothing before that.
let ctx: TestContext;
let world: World;
let other: World;
let programId: string;
let pairId: string;
let otherPairId: string;
let sponsor: Client;
let pm2: Client;
let cycleId: string;
let sharedSenior: string;
let sharedJunior: string;
let privateGoal: string;
let foreignGoal: string;
// Written where management must never see it: a goal not shared, the agreement, a note, the
// "why" of a shared goal, and a statement that was never submitted.
const CANARY = `CANARY-${randomUUID()}`;
const DRAFT_CANARY = `DRAFTCANARY-${randomUUID()}`;
/** Every management answer of the test, searched for the canaries at the end. */
const managementBodies: string[] = [];
const DAY = 86_400_000;

const today = () => ctx.clock.now.toISOString().slice(0, 10);
const inDays = (n: number) => new Date(ctx.clock.now.getTime() + n * DAY).toISOString().slice(0, 10);
const reviewsUrl = (p = pairId) => `/api/me/pairs/${p}/reviews`;
const mine = async (who: Client, p = pairId) => ok(await who.request({ method: 'GET', url: reviewsUrl(p) }));
const draftOf = async (who: Client, c = cycleId) =>
  (await mine(who)).reviews.find((r: { cycle: { id: string } }) => r.cycle.id === c);
const put = (who: Client, payload: Record<string, unknown>, c = cycleId) =>
  who.request({ method: 'PUT', url: `${reviewsUrl()}/${c}`, payload });
const confirm = async (who: Client, c = cycleId) =>
  who.request({
    method: 'POST',
    url: `${reviewsUrl()}/${c}/confirm`,
    payload: { draftToken: (await draftOf(who, c)).draftToken },
  });
const seen = async (who: Client, url: string) => {
  const res = await who.request({ method: 'GET', url });
  managementBodies.push(res.body);
  return res;
};
const review = async (who: Client, c = cycleId) => ok(await seen(who, `/api/review-cycles/${c}`));
const noticesOf = (personId: string, kind: string) =>
  ctx.db.tenant(world.orgId, (tx) =>
    tx
      .select()
      .from(notifications)
      .where(and(eq(notifications.personId, personId), eq(notifications.kind, kind))),
  );

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'reviews');
  other = await buildWorld(ctx, 'reviews-other');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
  ({ pairId: otherPairId } = await activePair(ctx, world, 'j2', 's2'));
  const sponsorUser = await ctx.db.system(async (tx) => {
    await createUser(tx, {
      orgId: world.orgId,
      email: 'pm2@reviews.test',
      name: 'Second PM',
      password: TEST_PASSWORD,
      roles: ['program_manager'],
    });
    return createUser(tx, {
      orgId: world.orgId,
      email: 'sponsor@reviews.test',
      name: 'Sam Sponsor',
      password: TEST_PASSWORD,
      roles: ['sponsor'],
    });
  });
  await ctx.db.tenant(world.orgId, (tx) =>
    tx.insert(programSponsors).values({ orgId: world.orgId, programId, userId: sponsorUser.id }),
  );
  sponsor = await signInClient(ctx.app, 'sponsor@reviews.test', TEST_PASSWORD);
  pm2 = await signInClient(ctx.app, 'pm2@reviews.test', TEST_PASSWORD);

  // The pair started 30 days ago (cadence 14: 2 meetings due) and held one meeting.
  await ctx.db.tenant(world.orgId, async (tx) => {
    await tx
      .update(pairs)
      .set({ activatedAt: new Date(ctx.clock.now.getTime() - 30 * DAY) })
      .where(eq(pairs.id, pairId));
    await tx.insert(meetings).values({
      orgId: world.orgId,
      pairId,
      uid: `${randomUUID()}@tandem.test`,
      startsAt: new Date(ctx.clock.now.getTime() - 10 * DAY),
      minutes: 45,
      timeZone: 'UTC',
      outcome: 'held',
      heldMinutes: 45,
    });
  });
  const { s1, j1, s2 } = world.clients;
  // The test clock stands still; a second between goals keeps "oldest first" meaningful.
  const tick = () => (ctx.clock.now = new Date(ctx.clock.now.getTime() + 1000));
  const goal = async (c: Client, payload: Record<string, unknown>, p = pairId) => {
    tick();
    return (await ok(await c.request({ method: 'POST', url: `/api/me/pairs/${p}/goals`, payload }), 201)).id as string;
  };
  sharedSenior = await goal(s1, {
    title: '+Use AI assistants',
    why: `why ${CANARY}`,
    sharedWithProgram: true,
    progress: 40,
  });
  privateGoal = await goal(s1, { title: `private ${CANARY}`, progress: 10 });
  sharedJunior = await goal(j1, { title: 'Read a P&L', sharedWithProgram: true });
  foreignGoal = await goal(s2, { title: 'Another pair’s goal', sharedWithProgram: true }, otherPairId);
  const agreement = await ok(await j1.request({ method: 'GET', url: `/api/me/pairs/${pairId}/agreement` }));
  await ok(
    await j1.request({
      method: 'PUT',
      url: `/api/me/pairs/${pairId}/agreement`,
      payload: { sections: { ...agreement.sections, confidentiality: `terms ${CANARY}` } },
    }),
  );
  await ok(
    await j1.request({
      method: 'POST',
      url: `/api/me/pairs/${pairId}/notes`,
      payload: { text: `note ${CANARY}`, visibility: 'both' },
    }),
    201,
  );
});
afterAll(() => ctx.close());

describe('opening a review cycle', () => {
  it('names the field of a bad request, and only the program manager opens one', async () => {
    const pm = world.clients.pmp;
    const url = `/api/programs/${programId}/review-cycles`;
    const bad = await pm.request({ method: 'POST', url, payload: { title: '  ', dueDate: inDays(-1) } });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['dueDate', 'title']);
    expect(
      (await pm.request({ method: 'POST', url, payload: { title: 'Q1', dueDate: 'soon' } })).json().error.fields[0]
        .path,
    ).toBe('dueDate');
    expect(
      (await sponsor.request({ method: 'POST', url, payload: { title: 'Q1', dueDate: inDays(30) } })).statusCode,
    ).toBe(403);
    expect((await pm2.request({ method: 'POST', url, payload: { title: 'Q1', dueDate: inDays(30) } })).statusCode).toBe(
      404,
    );
    expect(
      (await other.clients.pmp.request({ method: 'POST', url, payload: { title: 'Q1', dueDate: inDays(30) } }))
        .statusCode,
    ).toBe(404);
    const cycle = await ok(
      await pm.request({ method: 'POST', url, payload: { title: ' Q1 review ', dueDate: today() } }),
      201,
    );
    cycleId = cycle.id;
    expect(cycle).toMatchObject({ programId, title: 'Q1 review', dueDate: today(), status: 'open', closedAt: null });
    expect((await pm.request({ method: 'POST', url, payload: { title: 'Q2', dueDate: inDays(90) } })).statusCode).toBe(
      409,
    );
  });

  it('asks both members, with names, dates and a link only', async () => {
    for (const k of ['j1', 's1'] as const) {
      const [n] = await noticesOf(world.personIds[k], 'review_requested');
      expect(n?.link).toBe(`/my/pairs/${pairId}#review`);
      expect(n?.body).toContain('Q1 review');
    }
    const list = await ok(await seen(sponsor, `/api/programs/${programId}/review-cycles`));
    expect(list).toMatchObject({
      program: { id: programId, name: 'Digital fluency' },
      as: 'sponsor',
      canManage: false,
    });
    expect(list.cycles).toHaveLength(1);
    expect(list.cycles[0]).toMatchObject({ id: cycleId, counts: { asked: 1, submitted: 0 } });
    const [audit] = await ctx.db.tenant(world.orgId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.action, 'review_cycle_opened')),
    );
    expect(audit).toMatchObject({ target: cycleId, details: { programId, pairs: 1 } });
  });
});

describe('the reminder before the due date', () => {
  const reminderJobs = (c: string) =>
    ctx.db.system(async (tx) => (await tx.execute<{ run_at: string }>(sql`SELECT run_at FROM jobs WHERE kind = 'review-reminder' AND payload->>'cycleId' = ${c}`)).rows);

  it('a cycle due within three days gets none; the reminder tells both members of a pair that has not submitted', async () => {
    expect(await reminderJobs(cycleId)).toEqual([]);
    expect(await remindReview(ctx.deps, { orgId: world.orgId, cycleId })).toBe(2);
    for (const k of ['j1', 's1'] as const) {
      const [n] = await noticesOf(world.personIds[k], 'review_reminder');
      expect(n?.link).toBe(`/my/pairs/${pairId}#review`);
      expect(n?.body).toContain('"Q1 review"');
    }
  });
});

describe("the pair's draft", () => {
  it('offers only the goals their learners shared, with meeting counts from cadence health', async () => {
    const d = await draftOf(world.clients.s1);
    expect(d).toMatchObject({
      status: 'draft',
      goalIds: [],
      includeMeetings: true,
      statement: '',
      meetings: { held: 1, due: 2 },
      myConfirmedAt: null,
      partnerConfirmedAt: null,
      canEdit: true,
      canWithdraw: false,
    });
    expect(d.shareable.map((g: { goalId: string }) => g.goalId)).toEqual([sharedSenior, sharedJunior]);
    expect(JSON.stringify(d)).not.toContain(CANARY);
  });

  it('refuses a goal that is not shared, or of another pair, naming goalIds', async () => {
    for (const goalIds of [[privateGoal], [foreignGoal], [randomUUID()]]) {
      const res = await put(world.clients.s1, { goalIds, includeMeetings: true, statement: '' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].path).toBe('goalIds');
    }
    // A NUL character cannot be stored as text: refused by name, never a crash.
    const nul = await put(world.clients.s1, { goalIds: [], includeMeetings: true, statement: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields[0].path).toBe('statement');
    const long = await put(world.clients.s1, { goalIds: [], includeMeetings: true, statement: 'x'.repeat(2001) });
    expect(long.json().error.fields[0].path).toBe('statement');
  });

  it('an edit by either member clears both confirmations; nothing leaves before both confirm', async () => {
    const { s1, j1 } = world.clients;
    await ok(await put(s1, { goalIds: [sharedSenior], includeMeetings: true, statement: DRAFT_CANARY }));
    const afterConfirm = await ok(await confirm(j1));
    expect(afterConfirm.reviews[0]).toMatchObject({
      status: 'draft',
      myConfirmedAt: expect.any(String),
      partnerConfirmedAt: null,
      canWithdraw: true,
    });
    const [told] = await noticesOf(world.personIds.s1, 'review_confirm_needed');
    expect(told?.title).toContain('J1 Person');
    expect(told?.body).not.toContain(DRAFT_CANARY);
    // Half-confirmed: management sees nothing of it.
    expect((await review(world.clients.pmp)).summaries).toEqual([]);
    const edited = await ok(
      await put(s1, { goalIds: [sharedSenior, sharedJunior], includeMeetings: false, statement: DRAFT_CANARY }),
    );
    expect(edited.reviews[0]).toMatchObject({ myConfirmedAt: null, partnerConfirmedAt: null });
    // Confirming a draft the partner changed since it was read is refused.
    const stale = afterConfirm.reviews[0].draftToken;
    expect(edited.reviews[0].draftToken).not.toBe(stale);
    expect(
      (await j1.request({ method: 'POST', url: `${reviewsUrl()}/${cycleId}/confirm`, payload: { draftToken: stale } }))
        .statusCode,
    ).toBe(409);
  });

  it('is submitted when both confirm, frozen from then on; either may withdraw it to draft', async () => {
    const { s1, j1 } = world.clients;
    await ok(
      await put(j1, {
        goalIds: [sharedSenior, sharedJunior],
        includeMeetings: true,
        statement: '=1+1 We met, and it helps.',
      }),
    );
    await ok(await confirm(s1));
    const done = await ok(await confirm(j1));
    expect(done.reviews[0]).toMatchObject({
      status: 'submitted',
      canEdit: false,
      canWithdraw: true,
      submittedAt: expect.any(String),
    });
    expect(done.reviews[0].preview).toEqual({
      goals: [
        { goalId: sharedSenior, title: '+Use AI assistants', learnerSide: 'mentee', progress: 40, status: 'active' },
        { goalId: sharedJunior, title: 'Read a P&L', learnerSide: 'mentor', progress: 0, status: 'active' },
      ],
      meetings: { held: 1, due: 2 },
      statement: '=1+1 We met, and it helps.',
    });
    expect((await put(s1, { goalIds: [], includeMeetings: false, statement: '' })).statusCode).toBe(409);
    // Goal progress moving later does not change what was submitted.
    await ok(
      await s1.request({
        method: 'PATCH',
        url: `/api/me/pairs/${pairId}/goals/${sharedSenior}`,
        payload: { progress: 90 },
      }),
    );
    const r = await review(world.clients.pmp);
    expect(r.summaries[0].content.goals[0].progress).toBe(40);

    const withdrawn = await ok(await s1.request({ method: 'POST', url: `${reviewsUrl()}/${cycleId}/withdraw` }));
    expect(withdrawn.reviews[0]).toMatchObject({
      status: 'draft',
      myConfirmedAt: null,
      partnerConfirmedAt: null,
      statement: '=1+1 We met, and it helps.',
    });
    expect((await review(world.clients.pmp)).summaries).toEqual([]);
    expect((await s1.request({ method: 'POST', url: `${reviewsUrl()}/${cycleId}/withdraw` })).statusCode).toBe(409);
    await ok(await confirm(j1));
    await ok(await confirm(s1));
    // Submitted: not reminded.
    expect(await remindReview(ctx.deps, { orgId: world.orgId, cycleId })).toBe(0);
  });
});

describe('the review page for management', () => {
  it('shows the counts and the submitted summaries with names; sponsors read but cannot comment', async () => {
    const r = await review(world.clients.pmp);
    expect(r).toMatchObject({
      as: 'manager',
      canComment: true,
      counts: { asked: 1, submitted: 1 },
      program: { id: programId },
    });
    expect(r.summaries).toHaveLength(1);
    expect(r.summaries[0]).toMatchObject({ pairId, mentorName: 'J1 Person', menteeName: 'S1 Person', comments: [] });
    expect(r.summaries[0].content.goals[0].progress).toBe(90);
    const s = await review(sponsor);
    expect(s).toMatchObject({ as: 'sponsor', canComment: false });
    expect((await review(world.clients.admin)).as).toBe('admin');
    const url = `/api/review-summaries/${r.summaries[0].id}/comments`;
    expect((await sponsor.request({ method: 'POST', url, payload: { body: 'Nice' } })).statusCode).toBe(403);
    expect(
      (await world.clients.pmp.request({ method: 'POST', url, payload: { body: '   ' } })).json().error.fields[0].path,
    ).toBe('body');
    const c = await ok(
      await world.clients.pmp.request({ method: 'POST', url, payload: { body: 'Great progress — keep going.' } }),
      201,
    );
    expect(c).toMatchObject({ authorName: 'PMP Person', body: 'Great progress — keep going.' });
  });

  it('the members read the comment, and are told of it without its text', async () => {
    const d = await draftOf(world.clients.j1);
    expect(d.comments).toEqual([
      expect.objectContaining({ authorName: 'PMP Person', body: 'Great progress — keep going.' }),
    ]);
    const [n] = await noticesOf(world.personIds.s1, 'review_comment');
    expect(n?.body).not.toContain('keep going');
    const [audit] = await ctx.db.tenant(world.orgId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.action, 'review_comment_added')),
    );
    expect(JSON.stringify(audit)).not.toContain('keep going');
  });

  it('the CSV has one row per submitted summary, formulas neutralized', async () => {
    const res = await seen(sponsor, `/api/review-cycles/${cycleId}/report.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="review-/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('mentor,mentee,submitted_at,goals,meetings_held,meetings_due,statement,comments');
    expect(res.body).toContain(`"'=1+1 We met, and it helps."`);
    expect(res.body).toContain(
      `"'+Use AI assistants (mentee learns; 90%; active)\nRead a P&L (mentor learns; 0%; active)"`,
    );
    expect(res.body).toContain(',1,2,');
  });

  it('answers 404 to outsiders and other organizations, 403 to participants', async () => {
    const summaryId = (await review(world.clients.pmp)).summaries[0].id;
    for (const c of [pm2, other.clients.admin, other.clients.pmp]) {
      expect((await c.request({ method: 'GET', url: `/api/review-cycles/${cycleId}` })).statusCode).toBe(404);
      expect((await c.request({ method: 'GET', url: `/api/review-cycles/${cycleId}/report.csv` })).statusCode).toBe(
        404,
      );
      expect((await c.request({ method: 'GET', url: `/api/programs/${programId}/review-cycles` })).statusCode).toBe(
        404,
      );
      expect(
        (
          await c.request({
            method: 'POST',
            url: `/api/review-summaries/${summaryId}/comments`,
            payload: { body: 'hi' },
          })
        ).statusCode,
      ).toBe(404);
      expect((await c.request({ method: 'POST', url: `/api/review-cycles/${cycleId}/close` })).statusCode).toBe(404);
    }
    expect((await world.clients.j1.request({ method: 'GET', url: `/api/review-cycles/${cycleId}` })).statusCode).toBe(
      403,
    );
    for (const c of [world.clients.j2, world.clients.s2, other.clients.j1]) {
      expect((await c.request({ method: 'GET', url: reviewsUrl() })).statusCode).toBe(404);
      expect((await put(c, { goalIds: [], includeMeetings: true, statement: '' })).statusCode).toBe(404);
    }
    // The program manager and the admin are not members either (their logins are not people here: 403).
    for (const c of [world.clients.pmp, world.clients.admin])
      expect([403, 404]).toContain((await c.request({ method: 'GET', url: reviewsUrl() })).statusCode);
    // A cycle of another program is not this pair's.
    expect(
      (
        await world.clients.j2.request({
          method: 'PUT',
          url: `${reviewsUrl(otherPairId)}/${cycleId}`,
          payload: { goalIds: [], includeMeetings: true, statement: '' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('closing, and pairs that start later', () => {
  it('a closed cycle takes no edits, confirmations, withdrawals or comments', async () => {
    const summaryId = (await review(world.clients.pmp)).summaries[0].id;
    const closed = await ok(
      await world.clients.pmp.request({ method: 'POST', url: `/api/review-cycles/${cycleId}/close` }),
    );
    expect(closed.status).toBe('closed');
    expect(
      (await world.clients.pmp.request({ method: 'POST', url: `/api/review-cycles/${cycleId}/close` })).statusCode,
    ).toBe(409);
    expect(
      (await world.clients.s1.request({ method: 'POST', url: `${reviewsUrl()}/${cycleId}/withdraw` })).statusCode,
    ).toBe(409);
    expect(
      (
        await world.clients.pmp.request({
          method: 'POST',
          url: `/api/review-summaries/${summaryId}/comments`,
          payload: { body: 'late' },
        })
      ).statusCode,
    ).toBe(409);
    const d = await draftOf(world.clients.s1);
    expect(d).toMatchObject({ status: 'submitted', canEdit: false, canWithdraw: false });
    expect((await review(world.clients.pmp)).summaries).toHaveLength(1);
    // Nobody is reminded of a closed cycle.
    expect(await remindReview(ctx.deps, { orgId: world.orgId, cycleId })).toBe(0);
  });

  it('a cycle due later is reminded once, at 09:00 UTC three days before the due date', async () => {
    const due = inDays(30);
    const opened = await ok(
      await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/review-cycles`, payload: { title: 'Q2 review', dueDate: due } }),
      201,
    );
    const jobs = await ctx.db.system(async (tx) => (await tx.execute<{ run_at: string | Date }>(sql`SELECT run_at FROM jobs WHERE kind = 'review-reminder' AND payload->>'cycleId' = ${opened.id}`)).rows);
    expect(jobs.map((j: { run_at: string | Date }) => new Date(j.run_at).toISOString())).toEqual([new Date(Date.parse(`${due}T09:00:00Z`) - 3 * DAY).toISOString()]);
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/review-cycles/${opened.id}/close` }));
  });

  it('a pair that becomes active after the cycle opened gets its draft when it opens the page', async () => {
    const setStatus = (status: 'offered' | 'active') =>
      ctx.db.tenant(world.orgId, (tx) => tx.update(pairs).set({ status }).where(eq(pairs.id, pairId)));
    await setStatus('offered');
    try {
      const cycle = await ok(
        await world.clients.pmp.request({
          method: 'POST',
          url: `/api/programs/${programId}/review-cycles`,
          payload: { title: 'Q2 review', dueDate: inDays(60) },
        }),
        201,
      );
      const rows = () =>
        ctx.db.tenant(world.orgId, (tx) =>
          tx.select().from(reviewSummaries).where(eq(reviewSummaries.cycleId, cycle.id)),
        );
      expect(await rows()).toHaveLength(0);
      await setStatus('active');
      const listed = await ok(await seen(world.clients.pmp, `/api/programs/${programId}/review-cycles`));
      expect(listed.cycles.find((c: { id: string }) => c.id === cycle.id).counts).toEqual({ asked: 1, submitted: 0 });
      expect((await draftOf(world.clients.j1, cycle.id)).status).toBe('draft');
      expect(await rows()).toHaveLength(1);
    } finally {
      await setStatus('active');
    }
  });

  it('every review route is in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/review-cycles/{cycleId}'].get.responses['200']).toBeDefined();
    expect(doc.paths['/api/programs/{programId}/review-cycles'].post).toBeDefined();
    expect(doc.paths['/api/me/pairs/{pairId}/reviews/{cycleId}/confirm'].post).toBeDefined();
    expect(doc.paths['/api/review-cycles/{cycleId}/report.csv'].get).toBeDefined();
  });

  it('no message or audit entry carries a statement, a goal or a comment', async () => {
    const rows = await ctx.db.system(async (tx) => [
      ...(await tx.select().from(notifications)),
      ...(await tx.select().from(emails)),
      ...(await tx.select().from(auditLog)),
    ]);
    const text = JSON.stringify(rows);
    expect(text).toContain('review_requested');
    for (const needle of [CANARY, DRAFT_CANARY, 'We met, and it helps', 'Use AI assistants', 'keep going'])
      expect(text).not.toContain(needle);
  });

  it('no management answer ever carried a private text or an unsubmitted statement', () => {
    expect(managementBodies.length).toBeGreaterThan(10);
    for (const body of managementBodies) {
      expect(body).not.toContain(CANARY);
      expect(body).not.toContain(DRAFT_CANARY);
    }
  });
});
