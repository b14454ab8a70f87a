import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { closeReviewCycle } from '../../../app/reviews/close-review-cycle.js';
import { commentOnReview } from '../../../app/reviews/comment-on-review.js';
import { exportReviewReport } from '../../../app/reviews/export-review-report.js';
import { getReviewCycle } from '../../../app/reviews/get-review-cycle.js';
import { listReviewCycles } from '../../../app/reviews/list-review-cycles.js';
import { openReviewCycle } from '../../../app/reviews/open-review-cycle.js';
import { COMMENT_LIMITS } from '../../../core/reviews/comments.js';
import { CYCLE_LIMITS } from '../../../core/reviews/cycles.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';
import {
  presentComment,
  presentCycle,
  presentListItem,
  presentReview,
  ZComment,
  ZCycle,
  ZCycleList,
  ZCycleReview,
} from './schemas.js';

const errors = { ...errorResponses, 409: ErrorBody };
const OpenBody = z.strictObject({
  title: z.string().max(CYCLE_LIMITS.title * 2),
  dueDate: z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }),
});
// Trimmed in core; the schema only bounds what is read.
const CommentBody = z.strictObject({ body: z.string().max(COMMENT_LIMITS.body * 2) });

/**
 * Management reviews: program managers (and org admins) open and close cycles and comment;
 * sponsors of the program read. The program-level check is in each use case.
 */
export function reviewManagementRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manage = { policy: 'programs.manage' } as const;
  const read = { policy: 'outcomes.read' } as const;
  const tags = ['reviews'];
  const programParams = z.object({ programId: Uuid });
  const cycleParams = z.object({ cycleId: Uuid });

  r.post(
    '/api/programs/:programId/review-cycles',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Open a review cycle: every active pair is asked for a summary',
        params: programParams,
        body: OpenBody,
        response: { 201: ZCycle, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        presentCycle(
          await openReviewCycle(deps, {
            actor: actorOf(req),
            programId: req.params.programId,
            title: req.body.title,
            dueDate: req.body.dueDate,
            meta: metaOf(req),
          }),
        ),
      ),
  );
  r.get(
    '/api/programs/:programId/review-cycles',
    {
      config: read,
      schema: {
        tags,
        summary: "The program's review cycles with how many pairs were asked and submitted",
        params: programParams,
        response: { 200: ZCycleList, ...errors },
      },
    },
    async (req) => {
      const list = await listReviewCycles(deps, { actor: actorOf(req), programId: req.params.programId });
      return {
        program: { id: list.program.id, name: list.program.name },
        as: list.as,
        canManage: list.canManage,
        cycles: list.cycles.map(presentListItem),
      };
    },
  );
  r.post(
    '/api/review-cycles/:cycleId/close',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Close a review cycle (read-only from then on)',
        params: cycleParams,
        response: { 200: ZCycle, ...errors },
      },
    },
    async (req) =>
      presentCycle(
        await closeReviewCycle(deps, { actor: actorOf(req), cycleId: req.params.cycleId, meta: metaOf(req) }),
      ),
  );
  r.get(
    '/api/review-cycles/:cycleId',
    {
      config: read,
      schema: {
        tags,
        summary: 'The review page: counts and the submitted summaries with comments',
        params: cycleParams,
        response: { 200: ZCycleReview, ...errors },
      },
    },
    async (req) => presentReview(await getReviewCycle(deps, { actor: actorOf(req), cycleId: req.params.cycleId })),
  );
  r.get(
    '/api/review-cycles/:cycleId/report.csv',
    {
      config: read,
      schema: {
        tags,
        summary: 'The review report as CSV (formula-neutralized)',
        params: cycleParams,
        response: { 200: z.string(), ...errors },
      },
    },
    async (req, reply) => {
      const file = await exportReviewReport(deps, { actor: actorOf(req), cycleId: req.params.cycleId });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
        .send(file.content);
    },
  );
  r.post(
    '/api/review-summaries/:summaryId/comments',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Comment back to a pair on its submitted summary',
        params: z.object({ summaryId: Uuid }),
        body: CommentBody,
        response: { 201: ZComment, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        presentComment(
          await commentOnReview(deps, {
            actor: actorOf(req),
            summaryId: req.params.summaryId,
            body: req.body.body,
            meta: metaOf(req),
          }),
        ),
      ),
  );
}
