import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { mapPage } from '../../../app/page.js';
import { inviteUser } from '../../../app/users/invite-user.js';
import { listInvitations } from '../../../app/users/list-invitations.js';
import { revokeInvitation } from '../../../app/users/revoke-invitation.js';
import { ROLES } from '../../../core/auth/roles.js';
import { presentInvitation, ZInvitation } from '../../presenters/invitation.js';
import { ZRole } from '../../presenters/me.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, PageQuery, pageOf, Uuid } from '../../schemas/common.js';

const InviteBody = z.strictObject({
  email: z.string().trim().max(254).pipe(z.email({ message: 'must be a valid email address' })),
  roles: z.array(ZRole).min(1, 'must name at least one role').max(ROLES.length),
  personId: Uuid.optional(),
});

export function manageInvitationsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'users.manage' } as const;
  r.post(
    '/api/invitations',
    {
      config,
      schema: {
        tags: ['invitations'],
        summary: 'Invite someone by email',
        description: 'Emails a single-use link valid for 7 days and replaces any pending invitation for the same email. 409 if the email already has an account.',
        body: InviteBody,
        response: { 201: ZInvitation, ...errorResponses, 409: ErrorBody },
      },
    },
    async (req, reply) => {
      const invitation = await inviteUser(deps, { actor: actorOf(req), ...req.body, meta: metaOf(req) });
      return reply.code(201).send(presentInvitation(invitation));
    },
  );
  r.get(
    '/api/invitations',
    {
      config,
      schema: { tags: ['invitations'], summary: 'Invitations, newest first', querystring: PageQuery.strict(), response: { 200: pageOf(ZInvitation), ...errorResponses } },
    },
    async (req) => mapPage(await listInvitations(deps, { actor: actorOf(req), query: req.query }), presentInvitation),
  );
  r.post(
    '/api/invitations/:invitationId/revoke',
    {
      config,
      schema: {
        tags: ['invitations'],
        summary: 'Revoke a pending invitation',
        params: z.object({ invitationId: Uuid }),
        body: z.strictObject({}).optional(),
        response: { 200: ZInvitation, ...errorResponses, 409: ErrorBody },
      },
    },
    async (req) => presentInvitation(await revokeInvitation(deps, { actor: actorOf(req), invitationId: req.params.invitationId, meta: metaOf(req) })),
  );
}
