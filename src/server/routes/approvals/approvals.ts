import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decideByToken, lookupApprovalToken } from '../../../app/approvals/approval-by-token.js';
import { decideApproval } from '../../../app/approvals/decide-approval.js';
import { listApprovals } from '../../../app/approvals/list-approvals.js';
import type { Deps } from '../../../app/deps.js';
import { presentApprovalByToken, presentApprovalRequest, ZApprovalByToken, ZApprovalRequest } from '../../presenters/enrollment.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';
import { DecisionBody } from '../../schemas/program.js';

const errors = { ...errorResponses, 409: ErrorBody, 410: ErrorBody };
const Token = z.string().min(10).max(200);

export function approvalRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['approvals'];
  r.get(
    '/api/approvals',
    { config: { policy: 'authenticated' }, schema: { tags, summary: 'Approval requests I decide (my direct reports; people without a manager in programs I run)', querystring: z.strictObject({ status: z.enum(['pending', 'decided']).default('pending') }), response: { 200: z.array(ZApprovalRequest), ...errors } } },
    async (req) => (await listApprovals(deps, { actor: actorOf(req), status: req.query.status })).map(presentApprovalRequest),
  );
  r.post(
    '/api/approvals/:enrollmentId/decide',
    { config: { policy: 'authenticated' }, schema: { tags, summary: 'Approve or decline a direct report’s application', params: z.object({ enrollmentId: Uuid }), body: DecisionBody, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await decideApproval(deps, { actor: actorOf(req), enrollmentId: req.params.enrollmentId, decision: req.body.decision, reason: req.body.reason, meta: metaOf(req) });
      return reply.status(204).send(null);
    },
  );
  // Public: the manager's email link. The token is the credential; it works once.
  r.post('/api/approvals/lookup', { config: { policy: 'public' }, schema: { tags, summary: 'What an approval link is for', body: z.strictObject({ token: Token }), response: { 200: ZApprovalByToken, ...errors } } }, async (req) =>
    presentApprovalByToken(await lookupApprovalToken(deps, { token: req.body.token })),
  );
  r.post(
    '/api/approvals/decide-by-token',
    { config: { policy: 'public' }, schema: { tags, summary: 'Approve or decline from the email link', body: DecisionBody.extend({ token: Token }), response: { 200: ZApprovalByToken, ...errors } } },
    async (req) => presentApprovalByToken(await decideByToken(deps, { token: req.body.token, decision: req.body.decision, reason: req.body.reason, meta: metaOf(req) })),
  );
}
