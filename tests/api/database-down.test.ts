import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { parseConfig } from '../../src/config/env.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';

// Nothing listens on port 1: every query fails to connect, as when the database is down.
let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openDatabase({ databaseUrl: 'postgres://tandem@127.0.0.1:1/tandem' });
  app = await buildApp({ db, config: parseConfig({}), now: () => new Date() });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('when the database is down', () => {
  it('readiness fails but liveness answers', async () => {
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('requests fail fast with 503 and the one error shape', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.test', password: 'whatever-password' } });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('unavailable');
    expect(res.body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });
});
