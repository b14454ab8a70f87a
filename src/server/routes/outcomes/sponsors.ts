import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { listSponsorCandidates, type SponsorUser } from '../../../app/programs/list-sponsor-candidates.js';
import { listSponsors } from '../../../app/programs/list-sponsors.js';
import { setSponsors } from '../../../app/programs/set-sponsors.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';

const errors = { ...errorResponses, 409: ErrorBody };
const ZSponsor = z.object({ id: z.string(), name: z.string(), email: z.string() });
const SponsorsBody = z.strictObject({ userIds: z.array(Uuid).max(200) });
const present = (users: SponsorUser[]) => users.map((u) => ({ id: u.id, name: u.name, email: u.email }));

/** Who may read a program's dashboards and reviews without running it: set by its managers. */
export function sponsorRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'programs.manage' } as const;
  const tags = ['outcomes'];
  const params = z.object({ programId: Uuid });
  r.get('/api/programs/:programId/sponsors', { config, schema: { tags, summary: 'The program’s sponsors (read-only viewers of its dashboards and reviews)', params, response: { 200: z.array(ZSponsor), ...errors } } }, async (req) =>
    present(await listSponsors(deps, { actor: actorOf(req), programId: req.params.programId })),
  );
  r.put(
    '/api/programs/:programId/sponsors',
    { config, schema: { tags, summary: 'Replace the program’s sponsors (each must hold the sponsor role)', params, body: SponsorsBody, response: { 200: z.array(ZSponsor), ...errors } } },
    async (req) => present(await setSponsors(deps, { actor: actorOf(req), programId: req.params.programId, userIds: req.body.userIds, meta: metaOf(req) })),
  );
  r.get(
    '/api/programs/:programId/sponsor-candidates',
    { config, schema: { tags, summary: 'Active users with the sponsor role, who may be given this program', params, response: { 200: z.array(ZSponsor), ...errors } } },
    async (req) => present(await listSponsorCandidates(deps, { actor: actorOf(req), programId: req.params.programId })),
  );
}
