import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../support/test-app.js';
import { apply, buildWorld, createOpenProgram, ok, passTraining, type World } from '../support/program-world.js';
import { sql } from 'drizzle-orm';

// The whole program lifecycle through the API: create from the template → invite → apply →
// manager approval (web and email link) → training → a round → edits → publish → accept /
// decline → re-match with a new partner.
let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'flow');
});
afterAll(() => ctx.close());

async function outboxFor(email: string): Promise<Array<{ subject: string; text: string }>> {
  const rows = await ctx.db.system((tx) => tx.execute<{ subject: string; text: string }>(sql`SELECT subject, text FROM emails WHERE "to" = ${email} ORDER BY created_at`));
  return rows.rows;
}

describe('program lifecycle', () => {
  let programId = '';

  it('creates a reverse program from the template with its training and opens enrollment', async () => {
    programId = await createOpenProgram(world);
    const pm = world.clients.pmp;
    const program = await ok(await pm.request({ method: 'GET', url: `/api/programs/${programId}` }));
    expect(program.status).toBe('enrolling');
    expect(program.skills.map((s: { key: string }) => s.key).sort()).toEqual(['career-planning', 'generative-ai-tools', 'linkedin-presence']);
    expect(program.allowedTransitions).toEqual(['draft', 'closed']);
    const training = await ok(await pm.request({ method: 'GET', url: `/api/programs/${programId}/training` }));
    expect(training.filter((m: { role: string }) => m.role === 'mentor').length).toBeGreaterThanOrEqual(6);
    expect(training.filter((m: { role: string }) => m.role === 'mentee').length).toBeGreaterThanOrEqual(5);
  });

  it('refuses matching before anyone is approved, with the reason', async () => {
    const res = await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/approved/);
  });

  it('invites by CSV of employee ids and emails each invitee', async () => {
    const csv = `employee_id\nflow-j1\nflow-j2\nflow-s1\nflow-s2\nflow-nobody\n`;
    const result = await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { csv } }));
    expect(result).toEqual({ invited: 4, alreadyEnrolled: 0, notFound: ['flow-nobody'], outOfScope: 0 });
    expect((await outboxFor('j1@flow.test')).some((m) => m.subject.includes('invited to Digital fluency'))).toBe(true);
    const again = await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { personIds: [world.personIds.j1] } }));
    expect(again.alreadyEnrolled).toBe(1);
  });

  it('participants apply; their managers are asked', async () => {
    await apply(world, 'j1', programId, 'mentor');
    await apply(world, 's1', programId, 'mentee');
    const mine = await ok(await world.clients.j1.request({ method: 'GET', url: '/api/me/programs' }));
    expect(mine.enrollments[0].status).toBe('applied');
    expect(mine.enrollments[0].approval.approver.name).toBe('MGR Person');
    const inbox = await ok(await world.clients.mgr.request({ method: 'GET', url: '/api/approvals' }));
    expect(inbox.map((a: { person: { name: string } }) => a.person.name)).toEqual(['J1 Person']);
    expect((await outboxFor('ceo@flow.test')).some((m) => m.text.includes('/approve#'))).toBe(true);
  });

  it('refuses an approval by anyone but the person’s own manager, and self-approval', async () => {
    const [request] = await ok(await world.clients.mgr.request({ method: 'GET', url: '/api/approvals' }));
    const byCeo = await world.clients.ceo.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved' } });
    expect(byCeo.statusCode).toBe(404);
    const bySelf = await world.clients.j1.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved' } });
    expect(bySelf.statusCode).toBe(403);
    expect(bySelf.json().error.message).toMatch(/your own/);
    await ok(await world.clients.mgr.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved', reason: 'Good for her growth' } }), 204);
    const mine = await ok(await world.clients.j1.request({ method: 'GET', url: '/api/me/programs' }));
    expect(mine.enrollments[0].status).toBe('approved');
  });

  it('the CEO approves S1 from the email link, once', async () => {
    const mail = (await outboxFor('ceo@flow.test')).find((m) => m.text.includes('/approve#'));
    const token = /\/approve#([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    const looked = await ok(await ctx.app.inject({ method: 'POST', url: '/api/approvals/lookup', payload: { token } }));
    expect(looked).toMatchObject({ personName: 'S1 Person', programName: 'Digital fluency', status: 'pending', motivation: 's1 wants in', hoursPerMonth: 2, cadenceDays: 14 });
    await ok(await ctx.app.inject({ method: 'POST', url: '/api/approvals/decide-by-token', payload: { token, decision: 'approved' } }));
    const reuse = await ctx.app.inject({ method: 'POST', url: '/api/approvals/decide-by-token', payload: { token, decision: 'declined' } });
    expect(reuse.statusCode).toBe(404);
  });

  it('people without a manager go to the program manager', async () => {
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { personIds: [world.personIds.orphan] } }));
    await apply(world, 'orphan', programId, 'mentor');
    const inbox = await ok(await world.clients.pmp.request({ method: 'GET', url: '/api/approvals' }));
    const orphan = inbox.find((a: { person: { name: string } }) => a.person.name === 'ORPHAN Person');
    expect(orphan.asProgramManager).toBe(true);
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/approvals/${orphan.enrollmentId}/decide`, payload: { decision: 'declined' } }), 204);
  });

  it('a withdrawn application leaves the manager’s inbox and cannot be approved or overridden', async () => {
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { personIds: [world.personIds.pmp] } }));
    const mine = await apply(world, 'pmp', programId, 'mentor');
    const [request] = (await ok(await world.clients.mgr.request({ method: 'GET', url: '/api/approvals' }))).filter((a: { enrollmentId: string }) => a.enrollmentId === mine.id);
    expect(request).toBeDefined();
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/me/enrollments/${mine.id}/withdraw`, payload: {} }));
    const inbox = await ok(await world.clients.mgr.request({ method: 'GET', url: '/api/approvals' }));
    expect(inbox.some((a: { enrollmentId: string }) => a.enrollmentId === mine.id)).toBe(false);
    expect((await world.clients.mgr.request({ method: 'POST', url: `/api/approvals/${mine.id}/decide`, payload: { decision: 'approved' } })).statusCode).toBe(409);
    const override = await world.clients.admin.request({ method: 'POST', url: `/api/programs/${programId}/enrollments/${mine.id}/override`, payload: { decision: 'approved', reason: 'x' } });
    expect(override.statusCode).toBe(409);
  });

  it('a program manager overrides with a recorded reason (and must give one)', async () => {
    const list = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/enrollments?q=ORPHAN` }));
    const id = list.items[0].id;
    const noReason = await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/enrollments/${id}/override`, payload: { decision: 'approved', reason: '' } });
    expect(noReason.statusCode).toBe(400);
    await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/enrollments/${id}/override`, payload: { decision: 'approved', reason: 'Sponsor asked' } }), 204);
    const after = await ok(await world.clients.pmp.request({ method: 'GET', url: `/api/programs/${programId}/enrollments?q=ORPHAN` }));
    expect(after.items[0].approval).toMatchObject({ status: 'approved', override: true, reason: 'Sponsor asked' });
  });

  let roundId = '';
  it('matches only approved and trained people, with explanations', async () => {
    const pm = world.clients.pmp;
    await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
    const untrained = await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} });
    expect(untrained.statusCode).toBe(409);
    await passTraining(ctx, world, 'j1', programId);
    await passTraining(ctx, world, 's1', programId);
    const round = await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} }));
    roundId = round.id;
    expect(round.status).toBe('proposed');
    expect(round.summary.notEligible).toEqual(expect.arrayContaining([{ reason: 'training not complete', count: 1 }, { reason: 'invited, has not applied', count: 2 }]));
    expect(round.pairCount).toBe(1);
    const pairs = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${roundId}/pairs` }));
    expect(pairs.items[0].mentor.name).toBe('J1 Person');
    expect(pairs.items[0].mentee.name).toBe('S1 Person');
    expect(pairs.items[0].explanation.reasons.join(' ')).toMatch(/J1 Person can teach S1 Person Generative AI tools/);
    // The level in words is the one J1 picked on the profile form: 5 — Expert, 4 — Advanced.
    expect(pairs.items[0].explanation.reasons).toEqual(
      expect.arrayContaining([
        'J1 Person can teach S1 Person Generative AI tools for everyday work (expert).',
        'J1 Person can teach S1 Person Building a LinkedIn presence (advanced).',
      ]),
    );
    expect(pairs.items[0].score).toBe(pairs.items[0].explanation.parts.reduce((s: number, p: { points: number }) => s + p.points, 0));
  });

  it('a hand pairing that breaks a rule needs a confirmation and a reason, and is flagged', async () => {
    const pm = world.clients.pmp;
    await passTraining(ctx, world, 'orphan', programId);
    const pairs = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${roundId}/pairs` }));
    await ok(await pm.request({ method: 'DELETE', url: `/api/rounds/${roundId}/pairs/${pairs.items[0].id}` }));
    // The removed pair's two people are free to pair by hand at once, with ORPHAN (trained now).
    const free = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${roundId}/available` }));
    expect(free.mentors.map((m: { person: { name: string } }) => m.person.name)).toEqual(['J1 Person', 'ORPHAN Person']);
    expect(free.mentees.map((m: { person: { name: string } }) => m.person.name)).toEqual(['S1 Person']);
    const list = await ok(await pm.request({ method: 'GET', url: `/api/programs/${programId}/enrollments?pageSize=100` }));
    const enrollmentOf = (name: string) => list.items.find((e: { person: { name: string } }) => e.person.name === name).id;
    // S1 asks not to be paired with ORPHAN: a hand pairing of the two breaks that rule.
    const { SENIOR_PROFILE } = await import('../support/program-world.js');
    await ok(await world.clients.s1.request({ method: 'PUT', url: '/api/me/profile', payload: { ...SENIOR_PROFILE, avoidPersonIds: [world.personIds.orphan] } }));
    const hand = { mentorEnrollmentId: enrollmentOf('ORPHAN Person'), menteeEnrollmentId: enrollmentOf('S1 Person') };
    const unconfirmed = await pm.request({ method: 'POST', url: `/api/rounds/${roundId}/pairs`, payload: hand });
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().error).toMatchObject({ code: 'confirmation_required', message: expect.stringContaining('asked not to be paired') });
    const noReason = await pm.request({ method: 'POST', url: `/api/rounds/${roundId}/pairs`, payload: { ...hand, confirmRuleBreak: true } });
    expect(noReason.statusCode).toBe(400);
    await ok(await pm.request({ method: 'POST', url: `/api/rounds/${roundId}/pairs`, payload: { ...hand, confirmRuleBreak: true, reason: 'They agreed in person' } }));
    // S1 is taken now: pairing S1 with J1 as well is refused.
    const taken = await pm.request({ method: 'POST', url: `/api/rounds/${roundId}/pairs`, payload: { mentorEnrollmentId: enrollmentOf('J1 Person'), menteeEnrollmentId: enrollmentOf('S1 Person') } });
    expect(taken.statusCode).toBe(409);
    const resolved = await ok(await pm.request({ method: 'POST', url: `/api/rounds/${roundId}/resolve`, payload: {} }));
    expect(resolved.pairCount).toBe(1);
    const after = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${roundId}/pairs` }));
    expect(after.items[0]).toMatchObject({ handPaired: true, locked: true, mentor: { name: 'ORPHAN Person' }, ruleBreaks: ['asked not to be paired'], handReason: 'They agreed in person' });
    const flagged = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${roundId}/pairs?flagged=true` }));
    expect(flagged.total).toBe(1);
  });

  it('publishes; both are told, accept, and the pair is active', async () => {
    const pm = world.clients.pmp;
    await ok(await pm.request({ method: 'POST', url: `/api/rounds/${roundId}/publish`, payload: {} }));
    const orphanMatches = await ok(await world.clients.orphan.request({ method: 'GET', url: '/api/me/matches' }));
    expect(orphanMatches[0]).toMatchObject({ status: 'offered', mySide: 'mentor', myResponse: null, partner: { name: 'S1 Person', availability: 'Afternoons' } });
    expect(JSON.stringify(orphanMatches)).not.toContain('I want to keep up.'); // the partner's motivation stays with the program manager
    expect((await outboxFor('s1@flow.test')).some((m) => m.subject.includes('You have a match'))).toBe(true);
    const pairId = orphanMatches[0].pairId;
    await ok(await world.clients.orphan.request({ method: 'POST', url: `/api/me/matches/${pairId}/respond`, payload: { response: 'accept' } }), 204);
    await ok(await world.clients.s1.request({ method: 'POST', url: `/api/me/matches/${pairId}/respond`, payload: { response: 'accept' } }), 204);
    const s1 = await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/matches' }));
    expect(s1[0].status).toBe('active');
    const profile = await world.clients.s1.request({ method: 'PUT', url: '/api/me/profile', payload: { knows: [], wants: [], timeZone: null, availability: null, motivation: null, preferPersonIds: [], avoidPersonIds: [] } });
    expect(profile.statusCode).toBe(409);
    await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'active' } }));
  });

  it('a decline returns both to the pool, and the next round never repeats the partner', async () => {
    const pm = world.clients.pmp;
    // S1 and ORPHAN end their pair (no fault); J1 is still unpaired; S1 must now get J1, never ORPHAN.
    const [match] = await ok(await world.clients.s1.request({ method: 'GET', url: '/api/me/matches' }));
    await ok(await world.clients.s1.request({ method: 'POST', url: `/api/me/matches/${match.pairId}/end`, payload: { reason: 'schedules' } }), 204);
    // Without automatic re-matching the program manager is told a round is needed (no reason, no names).
    const notices = await ok(await pm.request({ method: 'GET', url: '/api/notifications?pageSize=100' }));
    const rematch = notices.items.filter((n: { kind: string }) => n.kind === 'rematch_needed');
    expect(rematch).toHaveLength(1);
    expect(rematch[0].link).toBe(`/programs/${programId}?tab=rounds`);
    expect(JSON.stringify(rematch)).not.toContain('schedules');
    await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
    const round = await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} }));
    const pairs = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${round.id}/pairs` }));
    expect(pairs.items.map((p: { mentor: { name: string }; mentee: { name: string } }) => `${p.mentor.name}–${p.mentee.name}`)).toEqual(['J1 Person–S1 Person']);
    await ok(await pm.request({ method: 'POST', url: `/api/rounds/${round.id}/publish`, payload: {} }));
    const [offer] = await ok(await world.clients.j1.request({ method: 'GET', url: '/api/me/matches' }));
    await ok(await world.clients.j1.request({ method: 'POST', url: `/api/me/matches/${offer.pairId}/respond`, payload: { response: 'decline' } }), 204);
    const again = await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} });
    // S1 has been paired with both mentors now: nobody is left to pair them with.
    expect(again.statusCode === 409 || (again.json().pairCount as number) === 0).toBe(true);
  });

});
