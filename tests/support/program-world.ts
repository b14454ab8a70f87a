// A small organization for program tests: a reporting tree, logins linked to people, and a helper
// to drive a program from creation to an active pair through the API.
import { expect } from 'vitest';
import { createOrg } from '../../src/app/org/create-org.js';
import { upsertPeople } from '../../src/app/people/upsert-people.js';
import { createUser } from '../../src/app/users/create-user.js';
import type { Role } from '../../src/core/auth/roles.js';
import { buildPerson } from './people-factory.js';
import { signInClient, type Client, type TestContext } from './test-app.js';
import { TEST_PASSWORD } from './factories.js';

//   ceo (8, Ops) ─┬─ mgr (6, Eng) ─┬─ j1 (2, Eng)   junior mentors
//                 │                ├─ j2 (2, Eng)
//                 │                └─ pmp (5, People: the program manager's person)
//                 ├─ s1 (7, Sales)                  senior mentees
//                 └─ s2 (7, Marketing)
//   orphan (2, Eng): no manager
export const WORLD_PEOPLE = {
  ceo: { level: 8, department: 'Operations', manager: null },
  mgr: { level: 6, department: 'Engineering', manager: 'ceo' },
  j1: { level: 2, department: 'Engineering', manager: 'mgr' },
  j2: { level: 2, department: 'Engineering', manager: 'mgr' },
  pmp: { level: 5, department: 'People', manager: 'mgr' },
  s1: { level: 7, department: 'Sales', manager: 'ceo' },
  s2: { level: 7, department: 'Marketing', manager: 'ceo' },
  orphan: { level: 2, department: 'Engineering', manager: null },
} as const;
export type WorldKey = keyof typeof WORLD_PEOPLE;

export interface World {
  orgId: string;
  personIds: Record<WorldKey, string>;
  clients: Record<WorldKey | 'admin', Client>;
  slug: string;
}

const LOGIN_ROLES: Record<WorldKey, Role[]> = {
  ceo: ['manager'],
  mgr: ['manager'],
  j1: ['participant'],
  j2: ['participant'],
  pmp: ['program_manager'],
  s1: ['participant'],
  s2: ['participant'],
  orphan: ['participant'],
};

export async function buildWorld(ctx: TestContext, slug: string): Promise<World> {
  const org = await createOrg(ctx.deps, { slug, name: `Org ${slug}` });
  const email = (k: string) => `${k}@${slug}.test`;
  const records = Object.entries(WORLD_PEOPLE).map(([k, p]) =>
    buildPerson({ employeeId: `${slug}-${k}`, name: `${k.toUpperCase()} Person`, email: email(k), level: p.level, department: p.department, managerEmployeeId: p.manager ? `${slug}-${p.manager}` : null }),
  );
  await ctx.db.tenant(org.id, (tx) => upsertPeople(tx, org.id, records));
  await ctx.db.system(async (tx) => {
    await createUser(tx, { orgId: org.id, email: email('admin'), name: 'Admin', password: TEST_PASSWORD, roles: ['org_admin'] });
    for (const k of Object.keys(WORLD_PEOPLE) as WorldKey[]) {
      await createUser(tx, { orgId: org.id, email: email(k), name: `${k.toUpperCase()} Person`, password: TEST_PASSWORD, roles: LOGIN_ROLES[k] });
    }
  });
  const clients = {} as World['clients'];
  for (const k of ['admin', ...Object.keys(WORLD_PEOPLE)] as Array<WorldKey | 'admin'>) clients[k] = await signInClient(ctx.app, email(k), TEST_PASSWORD);
  const people = (await clients.admin.request({ method: 'GET', url: '/api/people?pageSize=100' })).json().items as Array<{ id: string; employeeId: string }>;
  const personIds = Object.fromEntries(people.map((p) => [p.employeeId.slice(slug.length + 1), p.id])) as Record<WorldKey, string>;
  return { orgId: org.id, personIds, clients, slug };
}

export async function ok(res: { statusCode: number; body: string; json(): unknown }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return status === 204 ? null : (res.json() as any); // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A reverse program run by pmp, from the template, with a short skill list, opened for enrollment. */
export async function createOpenProgram(world: World, overrides: Record<string, unknown> = {}): Promise<string> {
  const pm = world.clients.pmp;
  const managers = await ok(await pm.request({ method: 'GET', url: '/api/program-managers' }));
  const pmUser = managers.find((u: { email: string }) => u.email === `pmp@${world.slug}.test`);
  const program = await ok(
    await pm.request({
      method: 'POST',
      url: '/api/programs',
      payload: {
        template: 'reverse',
        name: 'Digital fluency',
        objectives: 'Leaders learn the tools juniors use.',
        mode: 'reverse',
        scope: { kind: 'organization' },
        requireCrossDepartment: false,
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        hoursPerMonth: 2,
        cadenceDays: 14,
        meetingMinutes: 45,
        mentorCapacity: 1,
        minLevelGap: 2,
        responseDays: 7,
        requireTraining: true,
        autoRematch: false,
        selfEnrollment: false,
        skillKeys: ['generative-ai-tools', 'linkedin-presence', 'career-planning'],
        managerUserIds: [pmUser.id],
        ...overrides,
      },
    }),
  );
  await ok(await pm.request({ method: 'POST', url: `/api/programs/${program.id}/status`, payload: { to: 'enrolling' } }));
  return program.id as string;
}

export const JUNIOR_PROFILE = {
  knows: [{ skillKey: 'generative-ai-tools', level: 5 }, { skillKey: 'linkedin-presence', level: 4 }],
  wants: [{ skillKey: 'career-planning', priority: 3 }],
  timeZone: 'Europe/London',
  availability: 'Tuesday mornings',
  motivation: 'I like explaining tools.',
  preferPersonIds: [],
  avoidPersonIds: [],
};

export const SENIOR_PROFILE = {
  knows: [{ skillKey: 'career-planning', level: 5 }],
  wants: [{ skillKey: 'generative-ai-tools', priority: 3 }, { skillKey: 'linkedin-presence', priority: 2 }],
  timeZone: 'Europe/Paris',
  availability: 'Afternoons',
  motivation: 'I want to keep up.',
  preferPersonIds: [],
  avoidPersonIds: [],
};

/** Applies with a profile as `who` on `side`. */
export async function apply(world: World, who: WorldKey, programId: string, side: 'mentor' | 'mentee') {
  const c = world.clients[who];
  await ok(await c.request({ method: 'PUT', url: '/api/me/profile', payload: side === 'mentor' ? JUNIOR_PROFILE : SENIOR_PROFILE }));
  return ok(await c.request({ method: 'POST', url: `/api/me/programs/${programId}/apply`, payload: { side, motivation: `${who} wants in` } }));
}

/** Passes every training module of the participant's side (a wrong first try, then the right answers). */
export async function passTraining(ctx: TestContext, world: World, who: WorldKey, programId: string): Promise<void> {
  const c = world.clients[who];
  const modules = await ok(await c.request({ method: 'GET', url: `/api/me/training/${programId}` }));
  const withAnswers = await ok(await world.clients.admin.request({ method: 'GET', url: `/api/programs/${programId}/training` }));
  for (const m of modules as Array<{ id: string; questions: unknown[] }>) {
    const answers = (withAnswers.find((a: { id: string }) => a.id === m.id).questions as Array<{ correct: number; options: string[] }>).map((q) => q.correct);
    const wrong = answers.map((a, i) => (i === 0 ? (a + 1) % 2 : a));
    const first = await ok(await c.request({ method: 'POST', url: `/api/me/training/${m.id}/attempt`, payload: { answers: wrong } }));
    expect(first.passed).toBe(false);
    expect(first.feedback.every((f: { correctOption: number | null }) => f.correctOption === null)).toBe(true);
    const second = await ok(await c.request({ method: 'POST', url: `/api/me/training/${m.id}/attempt`, payload: { answers } }));
    expect(second.passed).toBe(true);
  }
  void ctx;
}

/** A program with one active pair: `mentor` and `mentee` applied, approved, trained, matched, both accepted. */
export async function activePair(ctx: TestContext, world: World, mentor: WorldKey, mentee: WorldKey): Promise<{ programId: string; pairId: string }> {
  const programId = await createOpenProgram(world);
  const pm = world.clients.pmp;
  await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { personIds: [world.personIds[mentor], world.personIds[mentee]] } }));
  await apply(world, mentor, programId, 'mentor');
  await apply(world, mentee, programId, 'mentee');
  const list = await ok(await pm.request({ method: 'GET', url: `/api/programs/${programId}/enrollments` }));
  for (const e of list.items as Array<{ id: string }>) {
    await ok(await world.clients.admin.request({ method: 'POST', url: `/api/programs/${programId}/enrollments/${e.id}/override`, payload: { decision: 'approved', reason: 'test set-up' } }), 204);
  }
  await passTraining(ctx, world, mentor, programId);
  await passTraining(ctx, world, mentee, programId);
  await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/status`, payload: { to: 'matching' } }));
  const round = await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} }));
  await ok(await pm.request({ method: 'POST', url: `/api/rounds/${round.id}/publish`, payload: {} }));
  const [match] = await ok(await world.clients[mentor].request({ method: 'GET', url: '/api/me/matches' }));
  for (const k of [mentor, mentee]) await ok(await world.clients[k].request({ method: 'POST', url: `/api/me/matches/${match.pairId}/respond`, payload: { response: 'accept' } }), 204);
  return { programId, pairId: match.pairId as string };
}

// ---- Steps of the lifecycle, as the people who would take them --------------------------------

/** Invites one person, who applies on a side, is approved by their manager and trains. */
export async function join(ctx: TestContext, world: World, programId: string, who: WorldKey, side: 'mentor' | 'mentee'): Promise<void> {
  await ok(await world.clients.pmp.request({ method: 'POST', url: `/api/programs/${programId}/invitations`, payload: { personIds: [world.personIds[who]] } }));
  await apply(world, who, programId, side);
  const approver = side === 'mentor' ? world.clients.mgr : world.clients.ceo;
  for (const request of await ok(await approver.request({ method: 'GET', url: '/api/approvals' }))) {
    await ok(await approver.request({ method: 'POST', url: `/api/approvals/${request.enrollmentId}/decide`, payload: { decision: 'approved' } }), 204);
  }
  await passTraining(ctx, world, who, programId);
}

/** Runs a round as the program manager and publishes it; returns its pairs by name. */
export async function runAndPublish(world: World, programId: string): Promise<Array<{ mentor: string; mentee: string }>> {
  const pm = world.clients.pmp;
  const round = await ok(await pm.request({ method: 'POST', url: `/api/programs/${programId}/rounds`, payload: {} }));
  const pairs = await ok(await pm.request({ method: 'GET', url: `/api/rounds/${round.id}/pairs` }));
  await ok(await pm.request({ method: 'POST', url: `/api/rounds/${round.id}/publish`, payload: {} }));
  return pairs.items.map((p: { mentor: { name: string }; mentee: { name: string } }) => ({ mentor: p.mentor.name, mentee: p.mentee.name }));
}

/** Each person accepts every offer still waiting for their answer. */
export async function acceptAll(world: World, ...who: WorldKey[]): Promise<void> {
  for (const k of who) {
    for (const m of await ok(await world.clients[k].request({ method: 'GET', url: '/api/me/matches' }))) {
      if (m.status === 'offered' && m.myResponse === null) await ok(await world.clients[k].request({ method: 'POST', url: `/api/me/matches/${m.pairId}/respond`, payload: { response: 'accept' } }), 204);
    }
  }
}
