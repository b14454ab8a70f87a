import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertPeople } from '../../src/app/people/upsert-people.js';
import { remindSurvey, runPulseSurvey } from '../../src/app/surveys/run-survey-jobs.js';
import { createUser } from '../../src/app/users/create-user.js';
import type { Mailer } from '../../src/jobs/mailer.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { buildPerson } from '../support/people-factory.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { signInClient, startTestApp, type Client, type TestContext } from '../support/test-app.js';

// Surveys end to end: the defaults of a program, the program manager's edits, sending through the
// jobs, the respondent alone reading and answering, results only in groups of five (sponsors read
// them too, never edit), the fit check's no-fault re-match, and one reminder.
let ctx: TestContext;
let world: World;
let programId: string;
let pairId: string;
let sponsor: Client;
const DAY = 86_400_000;
const COMMENT_CANARY = 'canary-survey-comment-5e1a';
const mailer: Mailer = { transport: 'outbox', send: async () => undefined };

type SurveyOut = { id: string; kind: string; audience: string; questions: Array<Record<string, unknown>>; version: number; everyDays: number | null; daysBeforeEnd: number | null; openDays: number; enabled: boolean; title: string; intro: string };
let surveys: SurveyOut[];
const pulseSurvey = () => surveys.find((s) => s.kind === 'pulse')!;
const editBody = (s: SurveyOut, over: Record<string, unknown> = {}) => ({ title: s.title, intro: s.intro, questions: s.questions, enabled: s.enabled, everyDays: s.everyDays, daysBeforeEnd: s.daysBeforeEnd, openDays: s.openDays, ...over });
const run = (query: ReturnType<typeof sql>) => ctx.db.system((tx) => tx.execute(query));
const rows = async <T>(query: ReturnType<typeof sql>) => (await ctx.db.system((tx) => tx.execute<T & Record<string, unknown>>(query))).rows as T[];
const notificationsOf = async (c: Client) => (await ok(await c.request({ method: 'GET', url: '/api/notifications?pageSize=100' }))).items as Array<{ kind: string; title: string; body: string; link: string }>;
const emailsTo = (who: string) => rows<{ subject: string; text: string }>(sql`SELECT subject, text FROM emails WHERE "to" = ${`${who}@surv.test`}`);
const drain = async () => {
  while ((await runDueJobs({ ...ctx.deps, mailer })) > 0);
};

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'surv');
  ({ programId, pairId } = await activePair(ctx, world, 'j1', 's1'));
  await ctx.db.system(async (tx) => {
    const user = await createUser(tx, { orgId: world.orgId, email: 'sponsor@surv.test', name: 'Sponsor', password: TEST_PASSWORD, roles: ['sponsor'] });
    await tx.execute(sql`INSERT INTO program_sponsors (org_id, program_id, user_id) VALUES (${world.orgId}, ${programId}, ${user.id})`);
  });
  sponsor = await signInClient(ctx.app, 'sponsor@surv.test', TEST_PASSWORD);
});
afterAll(() => ctx.close());

describe('a program’s surveys', () => {
  it('every survey route is in the OpenAPI document', async () => {
    const doc = await ok(await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' }));
    const paths = Object.keys(doc.paths).filter((p) => p.includes('surveys'));
    expect(paths.sort()).toEqual(
      ['/api/me/surveys', '/api/me/surveys/{responseId}', '/api/me/surveys/{responseId}/rematch', '/api/programs/{programId}/surveys', '/api/programs/{programId}/surveys/{surveyId}', '/api/programs/{programId}/surveys/{surveyId}/results', '/api/programs/{programId}/surveys/{surveyId}/results.csv'].sort(),
    );
  });


  it('are made from the templates once, and activation queued the pulse and both end-of-cycle surveys', async () => {
    const first = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/surveys` }));
    surveys = first.surveys;
    expect(first.canEdit).toBe(true);
    expect(surveys.map((s) => `${s.kind}/${s.audience}`)).toEqual(['fit_check/both', 'pulse/both', 'end_of_cycle/mentor', 'end_of_cycle/mentee']);
    const again = await ok(await world.clients.admin.request({ method: 'GET', url: `/api/programs/${programId}/surveys` }));
    expect(again.surveys.map((s: SurveyOut) => s.id)).toEqual(surveys.map((s) => s.id));
    const [pair] = await rows<{ activated_at: Date }>(sql`SELECT activated_at FROM pairs WHERE id = ${pairId}`);
    const jobs = await rows<{ kind: string; payload: Record<string, unknown>; run_at: Date }>(sql`SELECT kind, payload, run_at FROM jobs WHERE kind LIKE 'survey-%' ORDER BY kind, payload->>'side'`);
    expect(jobs.map((j) => [j.kind, j.payload])).toEqual([
      ['survey-end-of-cycle', { pairId, side: 'mentee' }],
      ['survey-end-of-cycle', { pairId, side: 'mentor' }],
      ['survey-pulse', { pairId, occurrence: 1 }],
    ]);
    expect(new Date(jobs[0]!.run_at).toISOString()).toBe('2027-12-17T00:00:00.000Z');
    expect(new Date(jobs[2]!.run_at).getTime() - new Date(pair!.activated_at).getTime()).toBe(30 * DAY);
  });

  it('the program manager edits them; standard questions stay, each problem names its field', async () => {
    const pm = world.clients.pmp;
    const s = pulseSurvey();
    const url = `/api/programs/${programId}/surveys/${s.id}`;
    const removed = await pm.request({ method: 'PUT', url, payload: editBody(s, { questions: s.questions.filter((q) => q.key !== 'nps') }) });
    expect(removed.statusCode).toBe(400);
    expect(removed.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['questions']);
    const bad = await pm.request({ method: 'PUT', url, payload: editBody(s, { everyDays: 2, questions: [{ ...s.questions[0], kind: 'text' }, ...s.questions.slice(1), { key: 'Bad', kind: 'text', prompt: 'x', required: false }] }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['questions.4.key', 'questions.0.kind', 'everyDays']);
    const unknown = await pm.request({ method: 'PUT', url, payload: { ...editBody(s), colour: 'red' } });
    expect(unknown.statusCode).toBe(400);
    const saved = await ok(await pm.request({ method: 'PUT', url, payload: editBody(s, { questions: [{ ...s.questions[0], prompt: 'How is your energy this month?' }, ...s.questions.slice(1), { key: 'team_support', kind: 'yes_no', prompt: 'Does your team support your mentoring?', required: false }] }) }));
    expect(saved).toMatchObject({ version: 2, everyDays: 30 });
    expect(saved.questions.map((q: { key: string }) => q.key)).toEqual(['morale', 'useful', 'nps', 'comment', 'team_support']);
    const same = await ok(await pm.request({ method: 'PUT', url, payload: editBody(saved) }));
    expect(same.version).toBe(2);
    surveys = (await ok(await pm.request({ method: 'GET', url: `/api/programs/${programId}/surveys` }))).surveys;
  });

  it('a sponsor reads them but cannot edit; a participant cannot open them', async () => {
    const read = await ok(await sponsor.request({ method: 'GET', url: `/api/programs/${programId}/surveys` }));
    expect(read.canEdit).toBe(false);
    expect((await sponsor.request({ method: 'PUT', url: `/api/programs/${programId}/surveys/${pulseSurvey().id}`, payload: editBody(pulseSurvey()) })).statusCode).toBe(403);
    expect((await world.clients.j2.request({ method: 'GET', url: `/api/programs/${programId}/surveys` })).statusCode).toBe(403);
    expect((await world.clients.j2.request({ method: 'GET', url: `/api/programs/${programId}/surveys/${pulseSurvey().id}/results` })).statusCode).toBe(403);
  });
});

let mine: string;
let theirs: string;

describe('sending and answering', () => {
  it('the pulse job sends both members the survey as it is now, tells them without answers, and queues the next', async () => {
    await run(sql`UPDATE pairs SET activated_at = ${new Date(ctx.clock.now.getTime() - 30 * DAY).toISOString()}::timestamptz WHERE id = ${pairId}`);
    await run(sql`UPDATE jobs SET run_at = now() - interval '1 minute' WHERE kind = 'survey-pulse'`);
    await drain();
    const sent = await rows<{ person_id: string; occurrence: number; survey_version: number }>(sql`SELECT person_id, occurrence, survey_version FROM survey_responses WHERE pair_id = ${pairId} ORDER BY side`);
    expect(sent).toEqual([
      { person_id: world.personIds.s1, occurrence: 1, survey_version: 2 },
      { person_id: world.personIds.j1, occurrence: 1, survey_version: 2 },
    ]);
    const list = await ok(await world.clients.j1.request({ method: 'GET', url: '/api/me/surveys' }));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'pulse', state: 'open', partnerName: 'S1 Person', answers: null, rematchAvailable: false });
    expect(list[0].questions.map((q: { key: string }) => q.key)).toEqual(['morale', 'useful', 'nps', 'comment', 'team_support']);
    mine = list[0].id;
    theirs = (await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/surveys' })))[0].id;
    expect((await notificationsOf(world.clients.j1)).filter((n) => n.kind === 'survey_due').map((n) => n.link)).toEqual([`/my/surveys/${mine}`]);
    expect((await emailsTo('j1')).some((e) => e.subject.includes('monthly pulse'))).toBe(true);
    const next = await rows<{ payload: Record<string, unknown> }>(sql`SELECT payload FROM jobs WHERE kind = 'survey-pulse' AND status = 'queued'`);
    expect(next.map((j) => j.payload)).toEqual([{ pairId, occurrence: 2 }]);
    // Run again: nothing more is sent.
    expect(await runPulseSurvey(ctx.deps, { orgId: world.orgId, pairId, occurrence: 1 })).toBe(0);
  });

  it('only the respondent opens or answers it; everyone else gets 404', async () => {
    for (const c of [world.clients.s1, world.clients.pmp, world.clients.admin, world.clients.j2]) {
      expect((await c.request({ method: 'GET', url: `/api/me/surveys/${mine}` })).statusCode).toBe(404);
      expect((await c.request({ method: 'POST', url: `/api/me/surveys/${mine}`, payload: { answers: { morale: 3, useful: 3, nps: 7 } } })).statusCode).toBe(404);
    }
  });

  it('answers are checked per field, taken once, and refused once closed', async () => {
    const j1 = world.clients.j1;
    const bad = await j1.request({ method: 'POST', url: `/api/me/surveys/${mine}`, payload: { answers: { morale: 9, nps: 7, extra: 'x' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['answers.morale', 'answers.useful', 'answers.extra']);
    const done = await ok(await j1.request({ method: 'POST', url: `/api/me/surveys/${mine}`, payload: { answers: { morale: 4, useful: 5, nps: 9, comment: `  ${COMMENT_CANARY}-j1  `, team_support: true } } }));
    expect(done).toMatchObject({ state: 'answered', answers: { morale: 4, useful: 5, nps: 9, comment: `${COMMENT_CANARY}-j1`, team_support: true } });
    expect((await j1.request({ method: 'POST', url: `/api/me/surveys/${mine}`, payload: { answers: { morale: 1, useful: 1, nps: 1 } } })).statusCode).toBe(409);
    await run(sql`UPDATE survey_responses SET closes_at = now() - interval '1 minute' WHERE id = ${theirs}`);
    const closed = await world.clients.s1.request({ method: 'POST', url: `/api/me/surveys/${theirs}`, payload: { answers: { morale: 2, useful: 2, nps: 2 } } });
    expect(closed.statusCode).toBe(409);
    expect((await ok(await world.clients.s1.request({ method: 'GET', url: `/api/me/surveys/${theirs}` }))).state).toBe('closed');
    // The partner is told nothing of the answer.
    for (const n of await notificationsOf(world.clients.s1)) expect(n.body).not.toContain(COMMENT_CANARY);
  });
});

describe('results', () => {
  const resultsUrl = () => `/api/programs/${programId}/surveys/${pulseSurvey().id}/results`;

  it('under five respondents every figure is suppressed, for the manager and the sponsor alike, in JSON and CSV', async () => {
    for (const c of [world.clients.pmp, sponsor, world.clients.admin]) {
      const res = await c.request({ method: 'GET', url: resultsUrl() });
      const r = await ok(res);
      expect(r.respondents).toEqual({ suppressed: true, people: null, value: null });
      expect(r.questions.find((q: { key: string }) => q.key === 'morale').mean).toEqual({ suppressed: true, people: null, value: null });
      expect(res.body).not.toContain(COMMENT_CANARY);
    }
    const csv = await sponsor.request({ method: 'GET', url: `${resultsUrl()}.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Fewer than 5 people');
    expect(csv.body).not.toContain(COMMENT_CANARY);
  });

  it('at five respondents the figures show, free text sorted and without names or ids', async () => {
    const extra = [1, 2, 3, 4].map((i) => buildPerson({ employeeId: `surv-x${i}`, name: `Extra Person ${i}`, email: `x${i}@surv.test`, level: 2 }));
    await ctx.db.tenant(world.orgId, (tx) => upsertPeople(tx, world.orgId, extra));
    const survey = pulseSurvey();
    await ctx.db.system(async (tx) => {
      for (const [i, p] of extra.entries()) {
        const person = (await tx.execute<{ id: string }>(sql`SELECT id FROM people WHERE employee_id = ${p.employeeId}`)).rows[0]!.id;
        const pair = (
          await tx.execute<{ id: string }>(sql`INSERT INTO pairs (org_id, program_id, round_id, mentor_enrollment_id, mentee_enrollment_id, mentor_person_id, mentee_person_id, score, explanation, status)
            SELECT org_id, program_id, round_id, mentor_enrollment_id, mentee_enrollment_id, ${person}, mentee_person_id, score, explanation, 'ended' FROM pairs WHERE id = ${pairId} RETURNING id`)
        ).rows[0]!.id;
        const answers = { morale: 2 + (i % 2), useful: 4, nps: 10 - i * 2, comment: `${COMMENT_CANARY}-${['d', 'b', 'c', 'a'][i]}`, team_support: i % 2 === 0 };
        await tx.execute(sql`INSERT INTO survey_responses (org_id, program_id, survey_id, pair_id, person_id, side, kind, occurrence, survey_version, questions, due_at, closes_at, answers, answered_at)
          VALUES (${world.orgId}, ${programId}, ${survey.id}, ${pair}, ${person}, 'mentor', 'pulse', 1, 2, ${JSON.stringify(survey.questions)}::jsonb, now() - interval '2 days', now() + interval '5 days', ${JSON.stringify(answers)}::jsonb, now())`);
      }
    });
    const res = await sponsor.request({ method: 'GET', url: resultsUrl() });
    const r = await ok(res);
    expect(r.minPeople).toBe(5);
    expect(r.sent).toEqual({ suppressed: false, people: 6, value: 6 });
    expect(r.respondents).toEqual({ suppressed: false, people: 5, value: 5 });
    const q = (key: string) => r.questions.find((x: { key: string }) => x.key === key);
    expect(q('morale').mean).toEqual({ suppressed: false, people: 5, value: 2.8 });
    expect(q('morale').counts.value.map((c: { count: number }) => c.count)).toEqual([0, 2, 2, 1, 0]);
    // nps 9, 10, 8, 6, 4: two promoters, one passive, two detractors.
    expect(q('nps').nps.value).toEqual({ nps: 0, promoters: 2, passives: 1, detractors: 2 });
    expect(q('team_support').counts.value).toEqual([{ value: 'yes', label: 'Yes', count: 3 }, { value: 'no', label: 'No', count: 2 }]);
    expect(q('comment').texts).toEqual({ suppressed: false, people: 5, value: ['a', 'b', 'c', 'd', 'j1'].map((s) => `${COMMENT_CANARY}-${s}`) });
    for (const name of ['J1 Person', 'Extra Person', world.personIds.j1, world.personIds.s1, mine]) expect(res.body).not.toContain(name);
    const csv = await world.clients.pmp.request({ method: 'GET', url: `${resultsUrl()}.csv` });
    expect(csv.body.split('\r\n')[0]).toBe('question_key,question,figure,option,value,people');
    expect(csv.body).toContain(`comment,Anything you would like to add? (optional),text,,${COMMENT_CANARY}-a,5`);
    expect(csv.body).not.toContain('J1 Person');
  });

  it('a formula-like free text is neutralized in the CSV', async () => {
    await run(sql`UPDATE survey_responses SET answers = jsonb_set(answers, '{comment}', '"=HYPERLINK(1)"') WHERE answers->>'comment' = ${`${COMMENT_CANARY}-a`}`);
    const csv = await world.clients.pmp.request({ method: 'GET', url: `${resultsUrl()}.csv` });
    expect(csv.body).toContain(",'=HYPERLINK(1),5");
  });

  it('another program’s manager and an unknown survey get 404', async () => {
    expect((await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/surveys/${world.personIds.j1}/results` })).statusCode).toBe(404);
    expect((await sponsor.request({ method: 'GET', url: `/api/programs/${world.personIds.j1}/surveys` })).statusCode).toBe(404);
  });
});

describe('reminders', () => {
  it('one email before closing if unanswered, once, never with answers', async () => {
    await run(sql`UPDATE survey_responses SET closes_at = now() + interval '2 days', reminded_at = NULL WHERE id = ${theirs}`);
    const before = (await emailsTo('s1')).length;
    expect(await remindSurvey(ctx.deps, { orgId: world.orgId, responseId: theirs })).toBe(true);
    expect(await remindSurvey(ctx.deps, { orgId: world.orgId, responseId: theirs })).toBe(false);
    // Answered surveys get none.
    expect(await remindSurvey(ctx.deps, { orgId: world.orgId, responseId: mine })).toBe(false);
    const emails = await emailsTo('s1');
    expect(emails.length).toBe(before + 1);
    expect(emails.at(-1)!.subject).toMatch(/^Reminder: your monthly pulse closes on /);
    expect((await notificationsOf(world.clients.s1)).filter((n) => n.kind === 'survey_reminder')).toHaveLength(1);
    const [job] = await rows<{ run_at: Date; closes_at: Date }>(sql`SELECT j.run_at, r.closes_at FROM jobs j JOIN survey_responses r ON r.id::text = j.payload->>'responseId' WHERE j.kind = 'survey-reminder' AND r.id = ${mine}`);
    expect(job).toBeDefined();
  });
});

describe('the fit check', () => {
  let j1Fit: string;
  let s1Fit: string;

  it('goes to both members after the first held meeting, once', async () => {
    const past = new Date(ctx.clock.now.getTime() - 3 * DAY).toISOString().slice(0, 16);
    await run(sql`UPDATE programs SET start_date = '2026-01-01' WHERE id = ${programId}`);
    const meeting = { startsAtLocal: past, timeZone: 'UTC', minutes: 45, log: { outcome: 'held', heldMinutes: 40, topics: ['career-planning'], drivenBy: 'shared' } };
    await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/pairs/${pairId}/meetings/past`, payload: meeting }), 201);
    await drain();
    await ok(await world.clients.s1.request({ method: 'POST', url: `/api/me/pairs/${pairId}/meetings/past`, payload: { ...meeting, startsAtLocal: new Date(ctx.clock.now.getTime() - 2 * DAY).toISOString().slice(0, 16) } }), 201);
    await drain();
    const fits = await rows<{ id: string; person_id: string }>(sql`SELECT id, person_id FROM survey_responses WHERE pair_id = ${pairId} AND kind = 'fit_check'`);
    expect(fits).toHaveLength(2);
    j1Fit = fits.find((f) => f.person_id === world.personIds.j1)!.id;
    s1Fit = fits.find((f) => f.person_id === world.personIds.s1)!.id;
  });

  it('"not a good fit" offers the respondent a no-fault re-match; the partner sees none and is told nothing', async () => {
    const answered = await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/surveys/${j1Fit}`, payload: { answers: { fit: 'not_a_fit', comment: COMMENT_CANARY } } }));
    expect(answered).toMatchObject({ state: 'answered', rematchAvailable: true });
    const partner = await ok(await world.clients.s1.request({ method: 'POST', url: `/api/me/surveys/${s1Fit}`, payload: { answers: { fit: 'good_fit' } } }));
    expect(partner.rematchAvailable).toBe(false);
    expect((await world.clients.s1.request({ method: 'POST', url: `/api/me/surveys/${s1Fit}/rematch` })).statusCode).toBe(409);
    expect((await world.clients.s1.request({ method: 'POST', url: `/api/me/surveys/${j1Fit}/rematch` })).statusCode).toBe(404);
    for (const n of [...(await notificationsOf(world.clients.s1)), ...(await notificationsOf(world.clients.pmp))]) expect(`${n.title} ${n.body}`).not.toMatch(/not a good fit|canary/i);
  });

  it('the re-match ends the pair with no fault: both are back in the pool, the partner told only that it ended', async () => {
    await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/surveys/${j1Fit}/rematch` }), 204);
    const [pair] = await rows<{ status: string; end_reason: string }>(sql`SELECT status, end_reason FROM pairs WHERE id = ${pairId}`);
    expect(pair).toEqual({ status: 'ended', end_reason: 'Fit check: no-fault re-match' });
    const ended = (await notificationsOf(world.clients.s1)).filter((n) => n.kind === 'pair_ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]!.body).toContain('no fault');
    expect(ended[0]!.body).not.toMatch(/fit/i);
    // Once ended, no second re-match, and the pulse chain stops.
    expect((await world.clients.j1.request({ method: 'POST', url: `/api/me/surveys/${j1Fit}/rematch` })).statusCode).toBe(409);
    expect((await ok(await world.clients.j1.request({ method: 'GET', url: `/api/me/surveys/${j1Fit}` }))).rematchAvailable).toBe(false);
    expect(await runPulseSurvey(ctx.deps, { orgId: world.orgId, pairId, occurrence: 2 })).toBe(0);
  });
});
