import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../../app/deps.js';
import { listOutbox } from '../../../app/outbox/list-outbox.js';
import { mapPage } from '../../../app/page.js';
import { presentEmail, ZOutboxEmail } from '../../presenters/email.js';
import { actorOf } from '../../request-context.js';
import { errorResponses, PageQuery, pageOf } from '../../schemas/common.js';

export function listOutboxRoute(app: FastifyInstance, deps: Deps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/outbox',
    {
      config: { policy: 'outbox.read' },
      schema: {
        tags: ['outbox'],
        summary: 'Emails sent or queued by the organization, newest first',
        querystring: PageQuery.strict(),
        response: { 200: pageOf(ZOutboxEmail), ...errorResponses },
      },
    },
    async (req) => mapPage(await listOutbox(deps, { actor: actorOf(req), query: req.query }), presentEmail),
  );
}
