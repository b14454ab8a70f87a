import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { SESSION_COOKIE, CSRF_HEADER } from './session.js';

/** OpenAPI 3 at /api/openapi.json, generated from the routes' zod schemas; a docs page at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tandem API',
        version: '0.1.0',
        description:
          'Reverse and mutual mentoring programs. Sign in with POST /api/auth/login; the session is an ' +
          `HttpOnly cookie (${SESSION_COOKIE}). Every state-changing request must send the csrfToken ` +
          `from the login or session response in the ${CSRF_HEADER} header.`,
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // The docs page gets the same strict policy as the app: no framing, no base, no third party.
    transformStaticCSP: () =>
      "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; img-src 'self' data:; object-src 'none'; script-src 'self'; style-src 'self'",
    uiConfig: { validatorUrl: null },
  });
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
