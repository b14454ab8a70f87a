import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, RawConnection } from './client.js';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant: it keeps two app servers starting together from migrating at once.
const MIGRATION_LOCK = 727_001;

/**
 * Applies every migration not yet applied, in file-name order, each in its own transaction.
 * drizzle-kit writes the SQL (npm run db:generate); this applies it identically on both engines.
 */
export async function migrate(db: Database): Promise<string[]> {
  return db.session(async (conn) => {
    await conn.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      return await applyPending(conn);
    } finally {
      await conn.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  });
}

async function applyPending(conn: RawConnection): Promise<string[]> {
  await conn.exec(
    'CREATE TABLE IF NOT EXISTS tandem_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied = new Set((await conn.exec('SELECT name FROM tandem_migrations')).map((r) => String(r.name)));
  const pending = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql') && !applied.has(f))
    .sort();
  for (const file of pending) {
    const body = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
    try {
      await conn.exec(`BEGIN;\n${body}\n;\nINSERT INTO tandem_migrations (name) VALUES ('${file.replace(/'/g, "''")}');\nCOMMIT;`);
    } catch (err) {
      await conn.exec('ROLLBACK').catch(() => undefined);
      throw new Error(`Migration ${file} failed: ${(err as Error).message}`, { cause: err });
    }
  }
  return pending;
}
