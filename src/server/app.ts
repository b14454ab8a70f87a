import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Deps } from '../app/deps.js';
import { registerErrorHandler } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerSessionGuard } from './plugins/session.js';
import { registerWeb } from './plugins/web.js';
import { registerRoutes } from './routes/index.js';

export interface AppOptions {
  /** Omit for a silent app (tests). */
  logLevel?: string;
  /** Where the log goes (default stdout); tests pass an in-memory stream to read the log. */
  logStream?: { write(line: string): void };
}

/** Builds the HTTP app without listening: tests drive it with app.inject, main.ts listens. */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel
      ? {
          level: options.logLevel,
          // Paths only: query strings can carry search terms about people, and no header
          // (cookies, CSRF tokens) is ever logged.
          serializers: {
            req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
          },
          ...(options.logStream ? { stream: options.logStream } : {}),
        }
      : false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestTimeout: 120_000,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Plain-HTTP installs (an intranet host) would break if the browser upgraded requests.
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  await app.register(cookie);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  registerSessionGuard(app, deps);
  await registerOpenApi(app);
  await registerRoutes(app, deps);
  await registerWeb(app);
  return app;
}
