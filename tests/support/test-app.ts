import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Deps } from '../../src/app/deps.js';
import { parseConfig } from '../../src/config/env.js';
import type { Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import { SESSION_COOKIE } from '../../src/server/plugins/session.js';
import { openTestDatabase } from './test-database.js';

export interface TestContext {
  db: Database;
  deps: Deps;
  app: FastifyInstance;
  /** Moves the clock used by the app; starts at the real time. */
  clock: { now: Date };
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestContext> {
  const db = await openTestDatabase();
  const clock = { now: new Date() };
  const deps: Deps = { db, config: parseConfig({ APP_SECRET: 'x'.repeat(32) }), now: () => clock.now };
  const app = await buildApp(deps);
  await app.ready();
  return {
    db,
    deps,
    app,
    clock,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** A signed-in client: sends the session cookie and the CSRF token like the web app does. */
export interface Client {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  csrfToken: string;
  cookie: string;
}

export async function signInClient(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return {
    csrfToken,
    cookie: cookie.value,
    request: (options) =>
      app.inject({
        ...options,
        cookies: { ...(options.cookies ?? {}), [SESSION_COOKIE]: cookie.value },
        headers: { 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      }),
  };
}
