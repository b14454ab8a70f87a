import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { futureLeaders } from '../../../app/outcomes/get-future-leaders.js';
import { actorOf } from '../../request-context.js';
import { errorResponses, Uuid } from '../../schemas/common.js';
import { ZLeaders } from './outcome-schemas.js';

/** Future-leader signals of the juniors who opted in: org admins and the program's managers only. */
export function leaderRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/programs/:programId/outcomes/leaders',
    {
      config: { policy: 'outcomes.read' },
      schema: { tags: ['outcomes'], summary: 'Junior mentors who opted in and show at least two leader signals, with the evidence (never a ranking); a sponsor gets 404', params: z.object({ programId: Uuid }), response: { 200: ZLeaders, ...errorResponses } },
    },
    async (req) => futureLeaders(deps, { actor: actorOf(req), programId: req.params.programId }),
  );
}
