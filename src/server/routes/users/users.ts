import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { mapPage } from '../../../app/page.js';
import { listUsers } from '../../../app/users/list-users.js';
import { setUserRoles } from '../../../app/users/set-user-roles.js';
import { ROLES } from '../../../core/auth/roles.js';
import { ZRole } from '../../presenters/me.js';
import { presentUser, ZUserSummary } from '../../presenters/user.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, PageQuery, pageOf, Uuid } from '../../schemas/common.js';

const RolesBody = z.strictObject({
  roles: z.array(ZRole).max(ROLES.length),
});

export function usersRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'users.manage' } as const;
  r.get(
    '/api/users',
    {
      config,
      schema: { tags: ['users'], summary: 'The logins of the organization, by name', querystring: PageQuery.strict(), response: { 200: pageOf(ZUserSummary), ...errorResponses } },
    },
    async (req) => mapPage(await listUsers(deps, { actor: actorOf(req), query: req.query }), presentUser),
  );
  r.put(
    '/api/users/:userId/roles',
    {
      config,
      schema: {
        tags: ['users'],
        summary: "Replace a user's roles",
        description: 'The list is the complete new set; it may be empty. An admin cannot remove their own org_admin role (409).',
        params: z.object({ userId: Uuid }),
        body: RolesBody,
        response: { 200: ZUserSummary, ...errorResponses, 409: ErrorBody },
      },
    },
    async (req) =>
      presentUser(await setUserRoles(deps, { actor: actorOf(req), userId: req.params.userId, roles: req.body.roles, meta: metaOf(req) })),
  );
}
