import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { confirmReview } from '../../../app/reviews/confirm-review.js';
import { listPairReviews } from '../../../app/reviews/list-pair-reviews.js';
import { saveReviewDraft } from '../../../app/reviews/save-review-draft.js';
import { withdrawReview } from '../../../app/reviews/withdraw-review.js';
import { SUMMARY_LIMITS } from '../../../core/reviews/summaries.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';
import { presentPairReviews, ZPairReviews } from './schemas.js';

const errors = { ...errorResponses, 409: ErrorBody };
const DraftBody = z.strictObject({
  goalIds: z.array(Uuid).max(SUMMARY_LIMITS.goals),
  includeMeetings: z.boolean(),
  // Trimmed and bounded in core (2000); the schema only bounds what is read.
  statement: z.string().max(SUMMARY_LIMITS.statement * 2),
});
const ConfirmBody = z.strictObject({ draftToken: z.string().max(100) });

/** The pair's own review summaries: its two members only (the use cases check membership; anyone else 404). */
export function pairReviewRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'authenticated' } as const;
  const tags = ['reviews'];
  const params = z.object({ pairId: Uuid });
  const cycleParams = z.object({ pairId: Uuid, cycleId: Uuid });
  const base = '/api/me/pairs/:pairId/reviews';
  const ids = (p: { pairId: string; cycleId: string }) => ({ pairId: p.pairId, cycleId: p.cycleId });

  r.get(
    base,
    {
      config,
      schema: {
        tags,
        summary: 'Our review summaries (drafts of open cycles, submitted ones) and the reviewers’ comments',
        params,
        response: { 200: ZPairReviews, ...errors },
      },
    },
    async (req) => presentPairReviews(await listPairReviews(deps, { actor: actorOf(req), pairId: req.params.pairId })),
  );
  r.put(
    `${base}/:cycleId`,
    {
      config,
      schema: {
        tags,
        summary: 'Edit our draft: which shared goals, meeting counts or not, a statement (clears both confirmations)',
        params: cycleParams,
        body: DraftBody,
        response: { 200: ZPairReviews, ...errors },
      },
    },
    async (req) =>
      presentPairReviews(await saveReviewDraft(deps, { actor: actorOf(req), ...ids(req.params), draft: req.body })),
  );
  r.post(
    `${base}/:cycleId/confirm`,
    {
      config,
      schema: {
        tags,
        summary: 'Confirm the draft as read (submitted once both confirmed)',
        params: cycleParams,
        body: ConfirmBody,
        response: { 200: ZPairReviews, ...errors },
      },
    },
    async (req) =>
      presentPairReviews(
        await confirmReview(deps, { actor: actorOf(req), ...ids(req.params), draftToken: req.body.draftToken }),
      ),
  );
  r.post(
    `${base}/:cycleId/withdraw`,
    {
      config,
      schema: {
        tags,
        summary: 'Take the summary back to draft while the cycle is open',
        params: cycleParams,
        response: { 200: ZPairReviews, ...errors },
      },
    },
    async (req) => presentPairReviews(await withdrawReview(deps, { actor: actorOf(req), ...ids(req.params) })),
  );
}
