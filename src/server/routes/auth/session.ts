import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signOut } from '../../../app/auth/sign-out.js';
import type { Deps } from '../../../app/deps.js';
import { AppError } from '../../../core/errors.js';
import { actorOf, metaOf } from '../../request-context.js';
import { presentMe, ZSignedIn } from '../../presenters/me.js';
import { ErrorBody } from '../../schemas/common.js';
import { clearSessionCookie } from './session-cookie.js';

export function sessionRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/auth/session',
    {
      config: { policy: 'authenticated' },
      schema: { tags: ['auth'], summary: 'The signed-in user and their CSRF token', response: { 200: ZSignedIn, 401: ErrorBody } },
    },
    async (req) => {
      const session = req.session;
      if (!session) throw new AppError('unauthenticated', 'Sign in to continue.');
      return { user: presentMe(session.user), csrfToken: session.csrfToken };
    },
  );
  r.post(
    '/api/auth/logout',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: the session ends on the server',
        body: z.strictObject({}).optional(),
        response: { 204: z.null(), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req, reply) => {
      await signOut(deps, { actor: actorOf(req), sessionId: req.sessionId ?? '', meta: metaOf(req) });
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );
}
