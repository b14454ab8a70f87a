// A program of 10,000 participants in a 30,000-person organization (the demo org scaled up),
// through the same use cases as the API: the enrollment import (invitations from a CSV of
// employee ids), eligibility (the matching pool), a full matching round, the review page's
// first page of pairs over HTTP, and — once the pairs are active with meetings — the program
// manager's pairs page with cadence health and its at-risk filter. Prints the time of each step.
//   npx tsx bench/programs.bench.ts [participants] [people]
//   DATABASE_URL=postgres://… npx tsx bench/programs.bench.ts
import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../src/app/deps.js';
import { inviteParticipants } from '../src/app/enrollment/invite-participants.js';
import { createOrg } from '../src/app/org/create-org.js';
import { importPeople } from '../src/app/people/import-people.js';
import { createProgram } from '../src/app/programs/create-program.js';
import { changeProgramStatus } from '../src/app/programs/change-program-status.js';
import { loadPool } from '../src/app/rounds/load-pool.js';
import { publishRound } from '../src/app/rounds/publish-round.js';
import { runMatchingRound } from '../src/app/rounds/run-matching-round.js';
import { createUser } from '../src/app/users/create-user.js';
import { parseConfig } from '../src/config/env.js';
import { cliActor, type Actor } from '../src/core/auth/roles.js';
import { mulberry32 } from '../src/core/demo/prng.js';
import { programTemplate } from '../src/core/programs/templates.js';
import { openDatabase } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { programs } from '../src/db/schema.js';
import { buildApp } from '../src/server/app.js';
import { generatePeopleCsv } from './people-csv.js';

const participants = Number(process.argv[2] ?? 10_000);
const peopleCount = Number(process.argv[3] ?? 30_000);
const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-programs-'));
const db = process.env.DATABASE_URL ? await openDatabase({ databaseUrl: process.env.DATABASE_URL }) : await openDatabase({ dataDir: dir });
await migrate(db);
const deps: Deps = { db, config: parseConfig({ APP_SECRET: 'b'.repeat(32) }), now: () => new Date() };
const results: Array<[string, number]> = [];
const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  const value = await work();
  const seconds = (performance.now() - start) / 1000;
  results.push([label, seconds]);
  console.log(`${label.padEnd(52)} ${seconds.toFixed(2)} s`);
  return value;
};

console.log(`Program of ${participants} participants in an organization of ${peopleCount} people, on ${db.kind}`);
const org = await createOrg(deps, { slug: `bench-${Date.now()}`, name: 'Bench' });
const operator = cliActor(org.id);
await step(`set-up: import ${peopleCount} people`, () => importPeople(deps, { actor: operator, csv: generatePeopleCsv(peopleCount), markMissingAsDeparted: false, dryRun: false, meta: null }));
const password = 'bench-program-manager-password-1';
// Sign-in emails are unique across organizations: a second run on the same server needs a new one.
const pmEmail = `pm-${Date.now()}@bench.example`;
const pmUser = await db.system((tx) => createUser(tx, { orgId: org.id, email: pmEmail, name: 'Bench PM', password, roles: ['program_manager'] }));
const pm: Actor = { orgId: org.id, userId: pmUser.id, email: pmUser.email, roles: ['program_manager'] };
const template = programTemplate('reverse');
if (!template) throw new Error('no template');
const view = await createProgram(deps, {
  actor: pm,
  template: 'reverse',
  meta: null,
  settings: {
    name: 'Bench program', objectives: template.objectives, mode: 'reverse', scope: { kind: 'organization' }, requireCrossDepartment: false,
    startDate: '2027-01-01', endDate: '2027-12-31', hoursPerMonth: 2, cadenceDays: 14, meetingMinutes: 45, mentorCapacity: 1, minLevelGap: 2,
    responseDays: 7, requireTraining: true, autoRematch: false, selfEnrollment: false, skillKeys: [...template.skillKeys], managerUserIds: [pmUser.id],
  },
});
const programId = view.program.id;
await changeProgramStatus(deps, { actor: pm, programId, to: 'enrolling', meta: null });

// Active people only (a tenth of the generated ones have left): take the first `participants`.
const active = await db.tenant(org.id, (tx) => tx.execute<{ employee_id: string; level: number }>(sql`SELECT employee_id, level FROM people WHERE org_id = ${org.id} AND status = 'active' ORDER BY employee_id LIMIT ${participants}`));
const csv = `employee_id\n${active.rows.map((r: { employee_id: string }) => r.employee_id).join('\n')}\n`;
const invited = await step(`enrollment import: invite ${active.rows.length} from a CSV`, () => inviteParticipants(deps, { actor: pm, programId, csv, meta: null }));
console.log(`  invited ${invited.invited} (each gets an email and an in-app notice; ${invited.notFound.length} not found)`);

await db.system((tx) => tx.execute(sql`ANALYZE`));
await step('set-up: profiles, applications, approvals, training (SQL)', () => simulateApplications(org.id, programId));
await db.tenant(org.id, (tx) => tx.update(programs).set({ status: 'matching' }).where(sql`id = ${programId}`));
// Weeks of applications arrived in seconds: refresh the planner's statistics, as autovacuum would have.
await db.system((tx) => tx.execute(sql`ANALYZE`));
const pool = await step('eligibility: the matching pool', async () => {
  const [program] = await db.tenant(org.id, (tx) => tx.select().from(programs).where(sql`id = ${programId}`));
  return db.tenant(org.id, (tx) => loadPool(tx, program as typeof programs.$inferSelect));
});
console.log(`  pool: ${pool.participants.filter((p) => p.side === 'mentor').length} mentors, ${pool.participants.filter((p) => p.side === 'mentee').length} mentees; not eligible: ${pool.notEligible.map((n) => `${n.count} ${n.reason}`).join(', ') || 'none'}`);
const round = await step('matching round: run-matching-round (use case)', () => runMatchingRound(deps, { actor: pm, programId, meta: null }));
const summary = round.summary as { total: number; optimal: boolean; unmatched: unknown[]; seconds: number };
console.log(`  total ${summary.total}, optimal ${summary.optimal}, ${summary.unmatched.length} unmatched; engine ${summary.seconds.toFixed(2)} s`);

const app = await buildApp(deps);
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: pmEmail, password } });
const cookie = login.cookies.find((c) => c.name.includes('session'));
const get = (url: string) => app.inject({ method: 'GET', url, cookies: cookie ? { [cookie.name]: cookie.value } : {} });
for (const [label, url] of [
  ['review page: round summary GET /api/rounds/:id', `/api/rounds/${round.id}`],
  ['review page: first page of pairs (by score)', `/api/rounds/${round.id}/pairs?page=1&pageSize=25`],
  ['review page: pairs sorted by mentee name', `/api/rounds/${round.id}/pairs?page=1&pageSize=25&sort=mentee&dir=asc`],
  ['review page: pairs searched by name', `/api/rounds/${round.id}/pairs?page=1&pageSize=25&q=Lin`],
  ['review page: who is free to pair by hand (loads after)', `/api/rounds/${round.id}/available`],
] as const) {
  const res = await step(label, () => get(url));
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
}
// A second round, as after the offers: the first round published, a tenth of the offers declined,
// so those people are back in the pool and every other pair is locked.
await step('publish the round (offers, emails, deadline jobs)', () => publishRound(deps, { actor: pm, roundId: round.id, meta: null }));
await db.tenant(org.id, (tx) => tx.execute(sql`UPDATE pairs SET status = 'declined' WHERE round_id = ${round.id} AND random() < 0.1`));
const second = await step('second round: re-match the declined, others locked', () => runMatchingRound(deps, { actor: pm, programId, meta: null }));
const secondPairs = await get(`/api/rounds/${second.id}/pairs?page=1&pageSize=1`);
console.log(`  second round proposes ${(secondPairs.json() as { total: number }).total} new pairs`);

// Weeks later: every offer of the first round accepted at some point in the last 60 days, and
// each pair with up to four meetings (some held, some missed, one ahead), so the program
// manager's pairs list has cadence health to compute and at-risk pairs to find.
await step('set-up: pairs active, meetings held (SQL)', () =>
  db.tenant(org.id, async (tx) => {
    await tx.execute(sql`UPDATE pairs SET status = 'active', activated_at = now() - (random() * 60 || ' days')::interval WHERE round_id = ${round.id} AND status = 'offered'`);
    await tx.execute(sql`
      INSERT INTO meetings (org_id, pair_id, uid, starts_at, minutes, time_zone, outcome, held_minutes, logged_at)
      SELECT p.org_id, p.id, gen_random_uuid()::text || '@bench', p.activated_at + (k * 14 || ' days')::interval, 45, 'Europe/London',
             CASE WHEN p.activated_at + (k * 14 || ' days')::interval > now() THEN NULL WHEN random() < 0.8 THEN 'held' ELSE 'missed' END,
             45, now()
      FROM pairs p CROSS JOIN generate_series(0, (random() * 4)::int) AS k
      WHERE p.round_id = ${round.id} AND p.status = 'active' AND random() < 0.85`);
  }),
);
await db.system((tx) => tx.execute(sql`ANALYZE`));
for (const [label, url] of [
  ['pairs page: first page with agreement and health', `/api/programs/${programId}/pairs?page=1&pageSize=25`],
  ['pairs page: active pairs, page 100', `/api/programs/${programId}/pairs?status=active&page=100&pageSize=25`],
  ['pairs page: at-risk filter', `/api/programs/${programId}/pairs?health=at_risk&page=1&pageSize=25`],
] as const) {
  const res = await step(label, () => get(url));
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  if (label.includes('at-risk')) console.log(`  ${(res.json() as { total: number }).total} pairs at risk`);
}
await app.close();
const firstPage = results.find(([l]) => l.startsWith('review page: first page'))?.[1] ?? Infinity;
const summaryTime = results.find(([l]) => l.startsWith('review page: round summary'))?.[1] ?? Infinity;
console.log(`RESULT: review page first screen (summary + first page of pairs) ${(firstPage + summaryTime).toFixed(2)} s (target: under 1 s)`);
await db.close();
rmSync(dir, { recursive: true, force: true });

/** What 10,000 participants do over weeks, written directly: each applies with a profile, is approved and trains. */
async function simulateApplications(orgId: string, id: string): Promise<void> {
  const random = mulberry32(7);
  const skills = template?.skillKeys ?? [];
  await db.tenant(orgId, async (tx) => {
    const rows = await tx.execute<{ id: string; person_id: string; level: number }>(sql`SELECT e.id, e.person_id, p.level FROM enrollments e JOIN people p ON p.id = e.person_id WHERE e.program_id = ${id}`);
    const pick = (n: number) => [...skills].sort(() => random() - 0.5).slice(0, n);
    for (let i = 0; i < rows.rows.length; i += 1000) {
      const batch = rows.rows.slice(i, i + 1000) as Array<{ id: string; person_id: string; level: number }>;
      const values = batch.map((r) => {
        const junior = r.level <= 5;
        const knows = pick(3).map((k) => ({ skillKey: k, level: junior ? 3 + Math.floor(random() * 3) : 1 + Math.floor(random() * 2) }));
        const wants = pick(3).map((k) => ({ skillKey: k, priority: 1 + Math.floor(random() * 3) }));
        return sql`(${orgId}::uuid, ${r.person_id}::uuid, ${JSON.stringify(knows)}::jsonb, ${JSON.stringify(wants)}::jsonb)`;
      });
      await tx.execute(sql`INSERT INTO participant_profiles (org_id, person_id, knows, wants) VALUES ${sql.join(values, sql`, `)} ON CONFLICT DO NOTHING`);
    }
    await tx.execute(sql`UPDATE enrollments e SET status = 'approved', approval_status = 'approved', applied_at = now(), decided_at = now(),
      side = CASE WHEN p.level <= 5 THEN 'mentor' ELSE 'mentee' END FROM people p WHERE p.id = e.person_id AND e.program_id = ${id}`);
    await tx.execute(sql`INSERT INTO training_completions (org_id, module_id, person_id)
      SELECT e.org_id, m.id, e.person_id FROM enrollments e JOIN training_modules m ON m.program_id = e.program_id AND m.role = e.side WHERE e.program_id = ${id}`);
  });
}
