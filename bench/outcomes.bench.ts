// The outcomes dashboards on a big organization: 100,000 people, one program of 10,000
// participants (~5,000 pairs) with a year of meetings, check-ins and surveys (synthetic-outcomes.ts),
// then: each figure's full recomputation (what the refresh job does), and every dashboard
// endpoint through app.inject as an org admin, the median of 5 with nothing changed and the
// median of 5 each right after a logged meeting (stale snapshots: served as they are while a
// refresh is queued). Target: every endpoint under 300 ms in both cases.
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
import { FIGURES } from '../src/app/outcomes/compute-outcomes.js';
import { computeAndStore } from '../src/app/outcomes/figure-snapshots.js';
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

// What the refresh job does per figure, from nothing: the full recomputation a first request
// (or the job, once data changed) pays once; dashboards then answer from the snapshot.
const [programRow] = await db.tenant(org.id, (tx) => tx.select().from(programs).where(sql`id = ${programId}`));
if (!programRow) throw new Error('bench program vanished');
const scope = { orgId: org.id, programs: [programRow], today: today.toISOString().slice(0, 10) };
const recompute: Record<string, number> = {};
for (const figure of FIGURES) {
  const start = performance.now();
  await db.tenant(org.id, (tx) => computeAndStore(tx, scope, [figure]));
  recompute[figure] = performance.now() - start;
}
console.log(`recompute per figure (refresh job, once per change): ${Object.entries(recompute).map(([f, ms]) => `${f} ${ms.toFixed(0)} ms`).join(', ')}`);

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
// A meeting logged by some pair: a committed change to the figures' inputs.
const [somePair] = (await db.tenant(org.id, (tx) => tx.execute<{ id: string }>(sql`SELECT id FROM pairs WHERE program_id = ${programId}::uuid LIMIT 1`))).rows;
let logged = 0;
const logMeeting = () =>
  db.tenant(org.id, (tx) =>
    tx.execute(sql`INSERT INTO meetings (org_id, pair_id, uid, starts_at, minutes, time_zone, outcome)
      VALUES (${org.id}::uuid, ${somePair?.id}::uuid, ${`bench-${org.id}-${++logged}@outcomes.bench`}, now() - interval '20 days', 45, 'UTC', 'held')`),
  );

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
type Row = { url: string; status: number; bytes: number; fresh: number; afterWrite: number; refreshing: boolean };
const rows: Row[] = [];
for (const url of endpoints) {
  const get = () => app.inject({ method: 'GET', url, cookies });
  const timed = async (before?: () => Promise<unknown>) => {
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof get>> | undefined;
    for (let i = 0; i < RUNS; i++) {
      await before?.();
      const start = performance.now();
      last = await get();
      times.push(performance.now() - start);
      if (last.statusCode !== 200) throw new Error(`${url}: ${last.statusCode} ${last.body.slice(0, 300)}`);
    }
    return { ms: median(times), res: last as Awaited<ReturnType<typeof get>> };
  };
  // Fresh: nothing changed since the snapshots. After a write: each request follows a logged
  // meeting, so the snapshots are stale and the answer is the last snapshot plus a queued refresh.
  const warm = await get();
  const fresh = await timed();
  const stale = await timed(logMeeting);
  const refreshing = url.endsWith('/outcomes') && (JSON.parse(stale.res.body) as { refreshing?: boolean }).refreshing === true;
  rows.push({ url: url.replace(programId, ':id'), status: warm.statusCode, bytes: warm.body.length, fresh: fresh.ms, afterWrite: stale.ms, refreshing });
  process.stderr.write(`  ${url.replace(programId, ':id')} ${fresh.ms.toFixed(0)} ms, after a write ${stale.ms.toFixed(0)} ms\n`);
}
await app.close();

console.log(`\n${'endpoint'.padEnd(44)} ${'status'.padStart(6)} ${'bytes'.padStart(8)} ${'fresh'.padStart(9)} ${'after write'.padStart(12)}`);
for (const r of rows) {
  const flag = Math.max(r.fresh, r.afterWrite) > TARGET_MS ? '  over target' : '';
  console.log(`${r.url.padEnd(44)} ${String(r.status).padStart(6)} ${String(r.bytes).padStart(8)} ${`${r.fresh.toFixed(0)} ms`.padStart(9)} ${`${r.afterWrite.toFixed(0)} ms`.padStart(12)}${r.refreshing ? ' (refreshing)' : ''}${flag}`);
}
const worst = (r: Row) => Math.max(r.fresh, r.afterWrite);
const slowest = rows.reduce((a, b) => (worst(b) > worst(a) ? b : a));
const over = rows.filter((r) => worst(r) > TARGET_MS);
const slowestRecompute = Object.entries(recompute).reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(`RESULT: slowest ${slowest.url} ${worst(slowest).toFixed(0)} ms (median of ${RUNS}); ${over.length} of ${rows.length} endpoints over ${TARGET_MS} ms; slowest recomputation ${slowestRecompute[0]} ${slowestRecompute[1].toFixed(0)} ms; on ${db.kind}`);
await db.close();
rmSync(dir, { recursive: true, force: true });
