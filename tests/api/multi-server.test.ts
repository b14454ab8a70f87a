import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/app/deps.js';
import { parseConfig } from '../../src/config/env.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { buildApp } from '../../src/server/app.js';
import { createOrgWithUsers, TEST_PASSWORD } from '../support/factories.js';
import { createServerDatabase, testServerUrl } from '../support/test-database.js';

// Several app processes serve one PostgreSQL: nothing that matters lives in a server's memory.
// Two servers, each with its own connection pool, listening on real ports.
const serverUrl = testServerUrl();

describe.skipIf(!serverUrl)('two app servers on one PostgreSQL', () => {
  const servers: Array<{ app: FastifyInstance; db: Database; base: string }> = [];
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await createServerDatabase(serverUrl!);
    drop = created.drop;
    for (let i = 0; i < 2; i++) {
      const db = await openDatabase({ databaseUrl: created.url });
      await migrate(db); // both run it, as two servers starting together would
      const deps: Deps = { db, config: parseConfig({ DATABASE_URL: created.url, APP_SECRET: 's'.repeat(32) }), now: () => new Date() };
      const app = await buildApp(deps);
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      servers.push({ app, db, base: address.replace('127.0.0.1', 'localhost') });
    }
    await createOrgWithUsers({ db: servers[0]!.db, config: parseConfig({}), now: () => new Date() }, {
      slug: 'multi',
      users: [{ email: 'admin@multi.test', roles: ['org_admin'] }],
    });
  });

  afterAll(async () => {
    for (const s of servers) {
      await s.app.close();
      await s.db.close();
    }
    await drop?.();
  });

  it('accepts on server B a session created on server A, and ends it on both at sign-out', async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const login = await fetch(`${a.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@multi.test', password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    const onB = await fetch(`${b.base}/api/auth/session`, { headers: { cookie } });
    expect(onB.status).toBe(200);
    expect(((await onB.json()) as { user: { email: string } }).user.email).toBe('admin@multi.test');

    const out = await fetch(`${b.base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(204);
    expect((await fetch(`${a.base}/api/auth/session`, { headers: { cookie } })).status).toBe(401);
  });
});
