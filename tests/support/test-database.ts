import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (CI runs the suite both ways).
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ memory: true });
    await migrate(db);
    return db;
  }
  const created = await createServerDatabase(serverUrl);
  const db = await openDatabase({ databaseUrl: created.url });
  await migrate(db);
  return {
    ...db,
    close: async () => {
      await db.close();
      await created.drop();
    },
  };
}

/** A new, empty database on the TEST_DATABASE_URL server, for tests that open several pools. */
export async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tandem_test_${randomUUID().replace(/-/g, '')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The URL of this test database's server, for tests that open a second connection pool. */
export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
