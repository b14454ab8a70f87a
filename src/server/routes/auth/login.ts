import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signIn } from '../../../app/auth/sign-in.js';
import type { Deps } from '../../../app/deps.js';
import { metaOf } from '../../request-context.js';
import { presentMe, ZSignedIn } from '../../presenters/me.js';
import { ErrorBody } from '../../schemas/common.js';
import { setSessionCookie } from './session-cookie.js';

const Body = z.strictObject({
  email: z.string().trim().min(1, 'is required').max(254),
  password: z.string().min(1, 'is required').max(1024),
});

export function loginRoute(app: FastifyInstance, deps: Deps): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/auth/login',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: Body,
        response: { 200: ZSignedIn, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (req, reply) => {
      const result = await signIn(deps, { ...req.body, meta: metaOf(req) });
      setSessionCookie(reply, result.sessionId);
      return { user: presentMe(result.user), csrfToken: result.csrfToken };
    },
  );
}
