import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decideApproval } from '../../../app/approvals/decide-approval.js';
import type { Deps } from '../../../app/deps.js';
import { inviteParticipants } from '../../../app/enrollment/invite-participants.js';
import { listEnrollments } from '../../../app/enrollment/list-enrollments.js';
import { mapPage } from '../../../app/page.js';
import { presentEnrollment, presentInviteResult, ZEnrollment, ZEnrollmentStatus, ZInviteResult } from '../../presenters/enrollment.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, PageQuery, pageOf, Uuid } from '../../schemas/common.js';
import { InviteBody, OverrideBody } from '../../schemas/program.js';

const errors = { ...errorResponses, 409: ErrorBody };

export function enrollmentRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'programs.manage' } as const;
  const tags = ['enrollment'];
  r.get(
    '/api/programs/:programId/enrollments',
    {
      config,
      schema: { tags, summary: 'Who is invited, applied, approved and trained', params: z.object({ programId: Uuid }), querystring: PageQuery.extend({ status: ZEnrollmentStatus.optional(), q: z.string().max(200).optional() }).strict(), response: { 200: pageOf(ZEnrollment), ...errors } },
    },
    async (req) => mapPage(await listEnrollments(deps, { actor: actorOf(req), programId: req.params.programId, query: req.query }), presentEnrollment),
  );
  r.post(
    '/api/programs/:programId/invitations',
    {
      config,
      schema: {
        tags,
        summary: 'Invite people by id, by a CSV with an employee_id column, or by a directory filter',
        params: z.object({ programId: Uuid }),
        body: InviteBody,
        response: { 200: ZInviteResult, ...errors },
      },
    },
    async (req) => presentInviteResult(await inviteParticipants(deps, { actor: actorOf(req), programId: req.params.programId, ...req.body, meta: metaOf(req) })),
  );
  r.post(
    '/api/programs/:programId/enrollments/:enrollmentId/override',
    {
      config,
      schema: { tags, summary: 'Decide an approval in place of the manager, with a recorded reason', params: z.object({ programId: Uuid, enrollmentId: Uuid }), body: OverrideBody, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await decideApproval(deps, { actor: actorOf(req), enrollmentId: req.params.enrollmentId, programId: req.params.programId, decision: req.body.decision, reason: req.body.reason, override: true, meta: metaOf(req) });
      return reply.status(204).send(null);
    },
  );
}
