import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { ErrorBody } from '../../schemas/common.js';

/** Liveness (the process answers) and readiness (the database answers). */
export function healthRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const Ok = z.object({ status: z.literal('ok') });
  r.get('/healthz', { config: { policy: 'public' }, schema: { hide: true, response: { 200: Ok } } }, async () => ({
    status: 'ok' as const,
  }));
  r.get(
    '/readyz',
    { config: { policy: 'public' }, schema: { hide: true, response: { 200: Ok, 503: ErrorBody } } },
    async (_req, reply) => {
      try {
        await deps.db.ping();
        return { status: 'ok' as const };
      } catch {
        return reply.code(503).send({ error: { code: 'unavailable', message: 'The database is not reachable.' } });
      }
    },
  );
}
