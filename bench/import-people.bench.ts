// Imports 50,000 people from CSV into the embedded database (PGlite on disk, as `npm start`
// runs it) through the same use case as the API and the CLI, and prints how long it took.
//   npm run bench:import            (50,000 rows)
//   npm run bench:import -- 100000  (any count)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOrg } from '../src/app/org/create-org.js';
import { importPeople } from '../src/app/people/import-people.js';
import type { Deps } from '../src/app/deps.js';
import { parseConfig } from '../src/config/env.js';
import { cliActor } from '../src/core/auth/roles.js';
import { openDatabase } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { generatePeopleCsv } from './people-csv.js';

const count = Number(process.argv[2] ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
const db = process.env.DATABASE_URL ? await openDatabase({ databaseUrl: process.env.DATABASE_URL }) : await openDatabase({ dataDir: dir });
await migrate(db);
const deps: Deps = { db, config: parseConfig({}), now: () => new Date() };
const org = await createOrg(deps, { slug: `bench-${Date.now()}`, name: 'Bench' });
const csv = generatePeopleCsv(count);
const input = { actor: cliActor(org.id), csv, markMissingAsDeparted: false, meta: null };

const time = async (label: string, dryRun: boolean) => {
  const start = performance.now();
  const result = await importPeople(deps, { ...input, dryRun });
  const seconds = (performance.now() - start) / 1000;
  const rate = Math.round(count / seconds);
  console.log(`${label.padEnd(28)} ${seconds.toFixed(2)} s  (${rate} rows/s; created ${result.created}, unchanged ${result.unchanged})`);
  return seconds;
};

console.log(`Importing ${count} people (${(csv.length / 1e6).toFixed(1)} MB CSV) into ${db.kind}${db.kind === 'pglite' ? ` at ${dir}` : ''}`);
await time('validate only (dry run)', true);
const first = await time('first import', false);
await time('re-import (no changes)', false);
console.log(`RESULT: ${count} rows imported in ${first.toFixed(2)} s (target: under 30 s for 50,000 on PGlite)`);
await db.close();
rmSync(dir, { recursive: true, force: true });
