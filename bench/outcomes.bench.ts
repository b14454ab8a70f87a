// The outcomes dashboards on a big organization: 100,000 people, one program of 10,000
// participants (~5,000 pairs) with a year of meetings, check-ins and surveys (synthetic-outcomes.ts),
// then every dashboard endpoint through app.inject as an org admin: one warm-up, the median of 5.
// Target: every endpoint under 300 ms.
//   npx tsx bench/outcomes.bench.ts [people] [participants]
//   DATABASE_URL=postgres://… npx tsx bench/outcomes.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../src/app/deps.js';
import { createOrg } from '../src/app/org/create-org.js';
import { changeProgramStatus } from '../src/app/programs/change-program-status.js';
import { createProgram } from '../src/app/programs/create-program.js';
import { createUser } from '../src/app/users/create-user.js';
import { parseConfig } from '../src/config/env.js';
import type { Actor } from '../src/core/auth/roles.js';
import { programTemplate } from '../src/core/programs/templates.js';
import { openDatabase } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { programs } from '../src/db/schema.js';
import { FIGURE_NAMES } from '../src/server/routes/outcomes/outcome-schemas.js';
import { buildApp } from '../src/server/app.js';
import { sql } from 'drizzle-orm';
import { benchDates, generateOutcomesData } from './synthetic-outcomes.js';

const peopleCount = Number(process.argv[2] ?? 100_000);
const participants = Number(process.argv[3] ?? 10_000);
const RUNS = 5;
const TARGET_MS = 300;
const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-outcomes-'));
const db = process.env.DATABASE_URL ? await openDatabase({ databaseUrl: process.env.DATABASE_URL }) : await openDatabase({ dataDir: dir });
await migrate(db);
const today = new Date();
const deps: Deps = { db, config: parseConfig({ APP_SECRET: 'b'.repeat(32) }), now: () => today };
console.log(`Outcomes of a program of ${participants} participants in an organization of ${peopleCount} people, on ${db.kind}`);

const setupStart = performance.now();
const org = await createOrg(deps, { slug: `bench-outcomes-${Date.now()}`, name: 'Bench outcomes' });
const password = 'bench-outcomes-admin-password-1';
// Sign-in emails are unique across organizations: a second run on the same server needs a new one.
const email = `admin-${Date.now()}@outcomes.bench`;
const user = await db.system((tx) => createUser(tx, { orgId: org.id, email, name: 'Bench admin', password, roles: ['org_admin'] }));
const admin: Actor = { orgId: org.id, userId: user.id, email, roles: ['org_admin'] };
const template = programTemplate('reverse');
if (!template) throw new Error('no reverse template');
const { startDate, endDate } = benchDates(today);
const view = await createProgram(deps, {
  actor: admin,
  template: 'reverse',
  meta: null,
  settings: {
    name: 'Bench outcomes program', objectives: template.objectives, mode: 'reverse', scope: { kind: 'organization' }, requireCrossDepartment: false,
    startDate, endDate, hoursPerMonth: 2, cadenceDays: 14, meetingMinutes: 45, mentorCapacity: 1, minLevelGap: 2, responseDays: 7, requireTraining: true,
    autoRematch: false, selfEnrollment: false, skillKeys: [...template.skillKeys], managerUserIds: [user.id],
  },
});
const programId = view.program.id;
await changeProgramStatus(deps, { actor: admin, programId, to: 'enrolling', meta: null });
const data = await generateOutcomesData(db, { orgId: org.id, programId, people: peopleCount, participants, today });
await db.tenant(org.id, (tx) => tx.update(programs).set({ status: 'closed' }).where(sql`id = ${programId}`));
console.log(`set-up (SQL generation) ${((performance.now() - setupStart) / 1000).toFixed(1)} s: ${Object.entries(data.counts).map(([t, n]) => `${n} ${t}`).join(', ')}`);

const app = await buildApp(deps);
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`);
const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
const base = `/api/programs/${programId}/outcomes`;
const endpoints = [
  base,
  `${base}.csv`,
  ...FIGURE_NAMES.flatMap((f) => [`${base}/${f}`, `${base}/${f}.csv`]),
  `${base}/leaders`,
  '/api/outcomes',
  '/api/outcomes.csv',
  ...FIGURE_NAMES.flatMap((f) => [`/api/outcomes/${f}`, `/api/outcomes/${f}.csv`]),
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const rows: Array<{ url: string; status: number; bytes: number; median: number; min: number; max: number }> = [];
for (const url of endpoints) {
  const get = () => app.inject({ method: 'GET', url, cookies });
  const warm = await get();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const res = await get();
    times.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  }
  rows.push({ url: url.replace(programId, ':id'), status: warm.statusCode, bytes: warm.body.length, median: median(times), min: Math.min(...times), max: Math.max(...times) });
  // Progress on stderr: on PGlite the whole table takes a while.
  process.stderr.write(`  ${url.replace(programId, ':id')} ${median(times).toFixed(0)} ms\n`);
}
await app.close();

console.log(`\n${'endpoint'.padEnd(44)} ${'status'.padStart(6)} ${'bytes'.padStart(8)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)}`);
for (const r of rows) {
  const flag = r.median > TARGET_MS ? '  over target' : '';
  console.log(`${r.url.padEnd(44)} ${String(r.status).padStart(6)} ${String(r.bytes).padStart(8)} ${`${r.median.toFixed(0)} ms`.padStart(9)} ${`${r.min.toFixed(0)} ms`.padStart(9)} ${`${r.max.toFixed(0)} ms`.padStart(9)}${flag}`);
}
const slowest = rows.reduce((a, b) => (b.median > a.median ? b : a));
const over = rows.filter((r) => r.median > TARGET_MS);
console.log(`RESULT: slowest ${slowest.url} ${slowest.median.toFixed(0)} ms (median of ${RUNS}); ${over.length} of ${rows.length} endpoints over ${TARGET_MS} ms, on ${db.kind}`);
await db.close();
rmSync(dir, { recursive: true, force: true });
