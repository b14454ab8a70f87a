import type { Config } from '../config/env.js';
import { openDatabase, type Database } from './client.js';
import { migrate } from './migrate.js';

/** The database the configuration names — PostgreSQL with DATABASE_URL, else PGlite — migrated. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const db = config.databaseUrl
    ? await openDatabase({ databaseUrl: config.databaseUrl })
    : await openDatabase({ dataDir: config.dataDir });
  try {
    await migrate(db);
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}
