import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listAudit } from '../../../app/audit/list-audit.js';
import type { Deps } from '../../../app/deps.js';
import { mapPage } from '../../../app/page.js';
import { presentAudit, ZAuditEntry } from '../../presenters/audit.js';
import { actorOf } from '../../request-context.js';
import { errorResponses, PageQuery, pageOf } from '../../schemas/common.js';

export function listAuditRoute(app: FastifyInstance, deps: Deps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log of the organization, newest first',
        querystring: PageQuery.strict(),
        response: { 200: pageOf(ZAuditEntry), ...errorResponses },
      },
    },
    async (req) => mapPage(await listAudit(deps, { actor: actorOf(req), query: req.query }), presentAudit),
  );
}
