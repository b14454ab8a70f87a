import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { mapPage } from '../../../app/page.js';
import { endPair } from '../../../app/pairs/end-pair.js';
import { listProgramPairs } from '../../../app/pairs/list-program-pairs.js';
import { ZPairStatus } from '../../presenters/enrollment.js';
import { presentProgramPair, ZProgramPair } from '../../presenters/round.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, PageQuery, pageOf, Uuid } from '../../schemas/common.js';
import { EndBody } from '../../schemas/program.js';

const errors = { ...errorResponses, 409: ErrorBody };

export function programPairRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'programs.manage' } as const;
  const tags = ['pairs'];
  r.get(
    '/api/programs/:programId/pairs',
    { config, schema: { tags, summary: 'Published pairs: offered, active and closed', params: z.object({ programId: Uuid }), querystring: PageQuery.extend({ status: ZPairStatus.optional(), health: z.enum(['at_risk']).optional() }).strict(), response: { 200: pageOf(ZProgramPair), ...errors } } },
    async (req) => mapPage(await listProgramPairs(deps, { actor: actorOf(req), programId: req.params.programId, query: req.query }), presentProgramPair),
  );
  r.post('/api/pairs/:pairId/end', { config, schema: { tags, summary: 'End a pair, no fault; both can be matched again', params: z.object({ pairId: Uuid }), body: EndBody, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    await endPair(deps, { actor: actorOf(req), pairId: req.params.pairId, as: 'manager', reason: req.body.reason, meta: metaOf(req) });
    return reply.status(204).send(null);
  });
}
