import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { endSession } from '../../../app/auth/end-session.js';
import type { Deps } from '../../../app/deps.js';
import { acceptInvitation } from '../../../app/users/accept-invitation.js';
import { lookupInvitation } from '../../../app/users/lookup-invitation.js';
import { presentInvitationPreview, ZInvitationPreview } from '../../presenters/invitation.js';
import { presentMe, ZSignedIn } from '../../presenters/me.js';
import { metaOf } from '../../request-context.js';
import { ErrorBody } from '../../schemas/common.js';
import { setSessionCookie } from '../auth/session-cookie.js';

// The token travels in a body, never a URL, so that it stays out of logs (tokens are 43 chars).
const Token = z.string().min(1, 'is required').max(200);
const publicErrors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 410: ErrorBody } as const;

export function acceptInvitationRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'public' } as const;
  r.post(
    '/api/invitations/lookup',
    {
      config,
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link is for, before accepting it',
        description: '404 for an unknown token; 410 for one already used, revoked or expired.',
        body: z.strictObject({ token: Token }),
        response: { 200: ZInvitationPreview, ...publicErrors },
      },
    },
    async (req) => presentInvitationPreview(await lookupInvitation(deps, { token: req.body.token })),
  );
  r.post(
    '/api/invitations/accept',
    {
      config,
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation: create the login and sign in',
        description: 'The link works once. Sets the session cookie and answers like POST /api/auth/login.',
        body: z.strictObject({
          token: Token,
          name: z.string().trim().min(1, 'is required').max(200),
          password: z.string().min(1, 'is required').max(1024),
        }),
        response: { 200: ZSignedIn, ...publicErrors, 409: ErrorBody },
      },
    },
    async (req, reply) => {
      const result = await acceptInvitation(deps, { ...req.body, meta: metaOf(req) });
      // The browser's previous session (someone else's login) must not outlive the cookie swap.
      if (req.sessionId) await endSession(deps, req.sessionId);
      setSessionCookie(reply, result.sessionId);
      return { user: presentMe(result.user), csrfToken: result.csrfToken };
    },
  );
}
