import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { applyToProgram } from '../../../app/enrollment/apply-to-program.js';
import { getMyPrograms } from '../../../app/enrollment/get-my-programs.js';
import { getProfile } from '../../../app/enrollment/get-profile.js';
import { saveProfile } from '../../../app/enrollment/save-profile.js';
import { searchColleagues } from '../../../app/enrollment/search-colleagues.js';
import { withdrawEnrollment } from '../../../app/enrollment/withdraw-enrollment.js';
import { endPair } from '../../../app/pairs/end-pair.js';
import { listMyMatches } from '../../../app/pairs/list-my-matches.js';
import { respondToMatch } from '../../../app/pairs/respond-to-match.js';
import { attemptTraining } from '../../../app/training/attempt-training.js';
import { getMyTraining } from '../../../app/training/get-my-training.js';
import { presentBrief, presentMyEnrollment, presentMyPrograms, presentProfile, ZMyEnrollment, ZMyPrograms, ZPersonBrief, ZProfile } from '../../presenters/enrollment.js';
import { presentMyMatch, ZMyMatch } from '../../presenters/round.js';
import { presentAttempt, presentMyModule, ZAttempt, ZMyModule } from '../../presenters/training.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';
import { ApplyBody, EndBody, Empty, ProfileBody } from '../../schemas/program.js';

const errors = { ...errorResponses, 409: ErrorBody, 410: ErrorBody };

/** The signed-in participant's own things. Every use case resolves the person from the session. */
export function participationRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'authenticated' } as const;
  const tags = ['me'];
  r.get('/api/me/profile', { config, schema: { tags, summary: 'My mentoring profile', response: { 200: ZProfile, ...errors } } }, async (req) => presentProfile(await getProfile(deps, { actor: actorOf(req) })));
  r.put('/api/me/profile', { config, schema: { tags, summary: 'Save my profile (locked while I am matched)', body: ProfileBody, response: { 200: ZProfile, ...errors } } }, async (req) =>
    presentProfile(await saveProfile(deps, { actor: actorOf(req), profile: req.body })),
  );
  r.get(
    '/api/me/people-search',
    { config, schema: { tags, summary: 'Colleagues by name, for prefer / avoid', querystring: z.strictObject({ q: z.string().max(100).default('') }), response: { 200: z.object({ items: z.array(ZPersonBrief) }), ...errors } } },
    async (req) => ({ items: (await searchColleagues(deps, { actor: actorOf(req), q: req.query.q })).map(presentBrief) }),
  );
  r.get('/api/me/programs', { config, schema: { tags, summary: 'My enrollments and the programs I can join', response: { 200: ZMyPrograms, ...errors } } }, async (req) => presentMyPrograms(await getMyPrograms(deps, { actor: actorOf(req) })));
  r.post('/api/me/programs/:programId/apply', { config, schema: { tags, summary: 'Apply to a program (my manager is asked to approve)', params: z.object({ programId: Uuid }), body: ApplyBody, response: { 200: ZMyEnrollment, ...errors } } }, async (req) =>
    presentMyEnrollment(await applyToProgram(deps, { actor: actorOf(req), programId: req.params.programId, ...req.body })),
  );
  r.post('/api/me/enrollments/:enrollmentId/withdraw', { config, schema: { tags, summary: 'Leave a program before being paired', params: z.object({ enrollmentId: Uuid }), body: Empty.optional(), response: { 200: ZMyEnrollment, ...errors } } }, async (req) =>
    presentMyEnrollment(await withdrawEnrollment(deps, { actor: actorOf(req), enrollmentId: req.params.enrollmentId })),
  );
  r.get(
    '/api/me/training/:programId',
    {
      config,
      schema: {
        tags,
        summary: 'My training modules in a program (without answers)',
        params: z.object({ programId: Uuid }),
        response: { 200: z.array(ZMyModule), ...errors },
      },
    },
    async (req) => (await getMyTraining(deps, { actor: actorOf(req), programId: req.params.programId })).map(presentMyModule),
  );
  r.post(
    '/api/me/training/:moduleId/attempt',
    {
      config,
      schema: {
        tags,
        summary: 'Answer a module’s check; all right passes it',
        params: z.object({ moduleId: Uuid }),
        body: z.strictObject({ answers: z.array(z.number().int().min(0).max(10)).max(10) }),
        response: { 200: ZAttempt, ...errors },
      },
    },
    async (req) => presentAttempt(await attemptTraining(deps, { actor: actorOf(req), moduleId: req.params.moduleId, answers: req.body.answers })),
  );
  r.get('/api/me/matches', { config, schema: { tags, summary: 'My published matches with my partner’s profile and why we were paired', response: { 200: z.array(ZMyMatch), ...errors } } }, async (req) =>
    (await listMyMatches(deps, { actor: actorOf(req) })).map(presentMyMatch),
  );
  r.post(
    '/api/me/matches/:pairId/respond',
    { config, schema: { tags, summary: 'Accept or decline a match before its deadline', params: z.object({ pairId: Uuid }), body: z.strictObject({ response: z.enum(['accept', 'decline']) }), response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await respondToMatch(deps, { actor: actorOf(req), pairId: req.params.pairId, response: req.body.response });
      return reply.status(204).send(null);
    },
  );
  r.post('/api/me/matches/:pairId/end', { config, schema: { tags, summary: 'End my pair, no fault', params: z.object({ pairId: Uuid }), body: EndBody, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    await endPair(deps, { actor: actorOf(req), pairId: req.params.pairId, as: 'member', reason: req.body.reason, meta: metaOf(req) });
    return reply.status(204).send(null);
  });
}
