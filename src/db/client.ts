import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { join } from 'node:path';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- both drivers' result kinds
export type Tx = PgTransaction<any, Schema, any>;
type AnyDb = PgDatabase<PgQueryResultHKT, Schema>;

/** The one way the application reaches the database. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /**
   * A transaction bound to one organization: runs as the row-level-security role with
   * app.org_id set, so even a query that forgets its org filter sees only this tenant.
   */
  tenant<T>(orgId: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * A transaction as the owning role, across organizations. Only for what happens before an
   * organization is known (sign-in, session and invitation look-ups), jobs, and set-up.
   */
  system<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** One dedicated connection for raw SQL outside the app's transactions: migrations. */
  session<T>(work: (conn: RawConnection) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface RawConnection {
  /** Runs one or more statements; returns the rows of the last one. */
  exec(sqlText: string): Promise<Record<string, unknown>[]>;
}

export type DatabaseOptions = { databaseUrl: string } | { dataDir: string } | { memory: true };

// pg returns int8 (counts, bigserial) as strings and dates as local-time Date objects.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('databaseUrl' in options) return openPostgres(options.databaseUrl);
  if ('dataDir' in options) {
    const lock = lockDataDir(options.dataDir);
    try {
      return await openPglite(await PGlite.create(join(options.dataDir, 'pglite')), lock);
    } catch (err) {
      lock.release();
      throw err;
    }
  }
  return openPglite(await PGlite.create(), null);
}

async function openPglite(client: PGlite, lock: DataDirLock | null): Promise<Database> {
  const db = drizzlePglite({ client, schema }) as unknown as AnyDb;
  const conn: RawConnection = {
    exec: async (text) => (await client.exec(text)).at(-1)?.rows ?? [],
  };
  return build('pglite', db, {
    session: (work) => work(conn),
    close: async () => {
      await client.close();
      lock?.release();
    },
  });
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client's error (the server restarted) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzlePg({ client: pool, schema }) as unknown as AnyDb;
  return build('postgres', db, {
    session: async (work) => {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (text) => {
            const result = (await client.query(text)) as pg.QueryResult | pg.QueryResult[];
            return (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? [];
          },
        });
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  });
}

function build(
  kind: Database['kind'],
  db: AnyDb,
  raw: Pick<Database, 'session' | 'close'>,
): Database {
  return {
    kind,
    tenant: (orgId, work) =>
      db.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('role', 'tandem_app', true), set_config('app.org_id', ${orgId}, true)`,
        );
        return work(tx as Tx);
      }),
    system: (work) => db.transaction((tx) => work(tx as Tx)),
    session: raw.session,
    ping: async () => void (await db.execute(sql`select 1`)),
    close: raw.close,
  };
}
