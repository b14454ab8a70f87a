import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { mapPage } from '../../../app/page.js';
import { discardRound } from '../../../app/rounds/discard-round.js';
import { getRound, listRounds } from '../../../app/rounds/get-round.js';
import { handPair } from '../../../app/rounds/hand-pair.js';
import { listAvailable } from '../../../app/rounds/list-available.js';
import { listRoundPairs } from '../../../app/rounds/list-round-pairs.js';
import { publishRound } from '../../../app/rounds/publish-round.js';
import { removeRoundPair } from '../../../app/rounds/remove-round-pair.js';
import { resolveRound } from '../../../app/rounds/resolve-round.js';
import { runMatchingRound } from '../../../app/rounds/run-matching-round.js';
import { swapRoundPairs } from '../../../app/rounds/swap-round-pairs.js';
import { presentAvailable, presentRound, presentRoundListItem, presentRoundPair, ZAvailable, ZRound, ZRoundListItem, ZRoundPair } from '../../presenters/round.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, PageQuery, pageOf, Uuid } from '../../schemas/common.js';
import { Empty, HandPairBody, SwapBody } from '../../schemas/program.js';

const errors = { ...errorResponses, 409: ErrorBody };
const RoundParams = z.object({ roundId: Uuid });
const PairsQuery = PageQuery.extend({
  sort: z.enum(['score', 'mentor', 'mentee']).default('score'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  q: z.string().max(200).optional(),
  flagged: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
}).strict();

export function roundRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'programs.manage' } as const;
  const tags = ['matching'];
  const round = async (actor: Parameters<typeof getRound>[1]['actor'], roundId: string) => presentRound(await getRound(deps, { actor, roundId }));
  r.get('/api/programs/:programId/rounds', { config, schema: { tags, summary: 'The program’s matching rounds, newest first', params: z.object({ programId: Uuid }), response: { 200: z.array(ZRoundListItem), ...errors } } }, async (req) =>
    (await listRounds(deps, { actor: actorOf(req), programId: req.params.programId })).map(presentRoundListItem),
  );
  r.post(
    '/api/programs/:programId/rounds',
    { config, schema: { tags, summary: 'Run the matching engine on the eligible participants: a proposal to review', params: z.object({ programId: Uuid }), body: Empty.optional(), response: { 200: ZRound, ...errors } } },
    async (req) => {
      const created = await runMatchingRound(deps, { actor: actorOf(req), programId: req.params.programId, meta: metaOf(req) });
      return round(actorOf(req), created.id);
    },
  );
  r.get('/api/rounds/:roundId', { config, schema: { tags, summary: 'A round’s summary: totals, distribution, warnings, unmatched people', params: RoundParams, response: { 200: ZRound, ...errors } } }, async (req) => round(actorOf(req), req.params.roundId));
  r.get(
    '/api/rounds/:roundId/pairs',
    { config, schema: { tags, summary: 'A page of the round’s pairs with explanations, sorted and filtered', params: RoundParams, querystring: PairsQuery, response: { 200: pageOf(ZRoundPair), ...errors } } },
    async (req) => mapPage(await listRoundPairs(deps, { actor: actorOf(req), roundId: req.params.roundId, query: req.query }), presentRoundPair),
  );
  r.get(
    '/api/rounds/:roundId/available',
    { config, schema: { tags, summary: 'Who can still be paired by hand: pool members with room (at most 200 per side, by name)', params: RoundParams, querystring: z.strictObject({ q: z.string().max(200).optional() }), response: { 200: ZAvailable, ...errors } } },
    async (req) => presentAvailable(await listAvailable(deps, { actor: actorOf(req), roundId: req.params.roundId, q: req.query.q })),
  );
  r.post(
    '/api/rounds/:roundId/pairs',
    { config, schema: { tags, summary: 'Pair two people by hand (a rule break needs confirmRuleBreak and a reason: 409 confirmation_required)', params: RoundParams, body: HandPairBody, response: { 200: ZRound, ...errors } } },
    async (req) => {
      await handPair(deps, { actor: actorOf(req), roundId: req.params.roundId, ...req.body, meta: metaOf(req) });
      return round(actorOf(req), req.params.roundId);
    },
  );
  r.delete('/api/rounds/:roundId/pairs/:pairId', { config, schema: { tags, summary: 'Remove a proposed pair', params: z.object({ roundId: Uuid, pairId: Uuid }), response: { 200: ZRound, ...errors } } }, async (req) => {
    await removeRoundPair(deps, { actor: actorOf(req), roundId: req.params.roundId, pairId: req.params.pairId, meta: metaOf(req) });
    return round(actorOf(req), req.params.roundId);
  });
  r.post('/api/rounds/:roundId/swap', { config, schema: { tags, summary: 'Swap the mentees of two proposed pairs', params: RoundParams, body: SwapBody, response: { 200: ZRound, ...errors } } }, async (req) => {
    await swapRoundPairs(deps, { actor: actorOf(req), roundId: req.params.roundId, ...req.body, meta: metaOf(req) });
    return round(actorOf(req), req.params.roundId);
  });
  r.post('/api/rounds/:roundId/resolve', { config, schema: { tags, summary: 'Solve again, keeping hand pairs and swaps, without removed pairs', params: RoundParams, body: Empty.optional(), response: { 200: ZRound, ...errors } } }, async (req) => {
    await resolveRound(deps, { actor: actorOf(req), roundId: req.params.roundId, meta: metaOf(req) });
    return round(actorOf(req), req.params.roundId);
  });
  r.post('/api/rounds/:roundId/publish', { config, schema: { tags, summary: 'Offer every pair to its two people, who accept or decline by the deadline', params: RoundParams, body: Empty.optional(), response: { 200: ZRound, ...errors } } }, async (req) => {
    await publishRound(deps, { actor: actorOf(req), roundId: req.params.roundId, meta: metaOf(req) });
    return round(actorOf(req), req.params.roundId);
  });
  r.post('/api/rounds/:roundId/discard', { config, schema: { tags, summary: 'Throw the proposal away', params: RoundParams, body: Empty.optional(), response: { 200: ZRound, ...errors } } }, async (req) => {
    await discardRound(deps, { actor: actorOf(req), roundId: req.params.roundId, meta: metaOf(req) });
    return round(actorOf(req), req.params.roundId);
  });
}
