import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { closeConcern } from '../../../app/safeguards/close-concern.js';
import type { ConcernView } from '../../../app/safeguards/concern-view.js';
import { getConcern } from '../../../app/safeguards/get-concern.js';
import { listMyConcerns, listProgramConcerns, type ConcernSummary } from '../../../app/safeguards/list-concerns.js';
import { raiseConcern } from '../../../app/safeguards/raise-concern.js';
import { replyToConcern } from '../../../app/safeguards/reply-to-concern.js';
import { CONCERN_BODY_MAX } from '../../../core/pairs/safeguards.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';

const errors = { ...errorResponses, 409: ErrorBody };
const ZStatus = z.enum(['open', 'closed']);
const ZSide = z.enum(['mentor', 'mentee']);
const ZPerson = z.object({ id: z.string(), name: z.string() });
const ZSummary = z.object({
  id: z.string(),
  status: ZStatus,
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  program: ZPerson,
  pairId: z.string(),
  raisedBy: z.object({ id: z.string(), name: z.string(), side: ZSide }),
  partnerName: z.string(),
  messages: z.number().int(),
  lastMessageAt: z.string().nullable(),
  awaitingManager: z.boolean(),
});
const ZConcern = z.object({
  id: z.string(),
  status: ZStatus,
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  program: ZPerson,
  pair: z.object({ id: z.string(), status: z.string(), mentor: ZPerson, mentee: ZPerson }),
  raisedBy: z.object({ id: z.string(), name: z.string(), side: ZSide }),
  messages: z.array(z.object({ id: z.string(), fromProgramManager: z.boolean(), authorName: z.string(), body: z.string(), createdAt: z.string() })),
});
const MessageBody = z.strictObject({ body: z.string().max(CONCERN_BODY_MAX * 2) });

function presentSummary(c: ConcernSummary): z.infer<typeof ZSummary> {
  return {
    id: c.id,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    program: { id: c.program.id, name: c.program.name },
    pairId: c.pairId,
    raisedBy: { id: c.raisedBy.id, name: c.raisedBy.name, side: c.raisedBy.side },
    partnerName: c.partnerName,
    messages: c.messages,
    lastMessageAt: c.lastMessageAt?.toISOString() ?? null,
    awaitingManager: c.awaitingManager,
  };
}

function presentConcern(c: ConcernView): z.infer<typeof ZConcern> {
  const person = (p: { id: string; name: string }) => ({ id: p.id, name: p.name });
  return {
    id: c.id,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    program: { id: c.program.id, name: c.program.name },
    pair: { id: c.pair.id, status: c.pair.status, mentor: person(c.pair.mentor), mentee: person(c.pair.mentee) },
    raisedBy: { id: c.raisedBy.id, name: c.raisedBy.name, side: c.raisedBy.side },
    messages: c.messages.map((m) => ({ id: m.id, fromProgramManager: m.fromProgramManager, authorName: m.authorName, body: m.body, createdAt: m.createdAt.toISOString() })),
  };
}

/**
 * Raise a concern: a member's confidential thread with the program's managers. The partner never
 * sees it on any route, whatever their role; other programs' managers get "not found".
 */
export function concernRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const member = { policy: 'authenticated' } as const;
  const manager = { policy: 'programs.manage' } as const;
  const tags = ['safeguards'];
  const concernParams = z.object({ concernId: Uuid });
  r.post(
    '/api/me/pairs/:pairId/concerns',
    { config: member, schema: { tags, summary: 'Raise a confidential concern about my pair with the program manager (my partner never sees it)', params: z.object({ pairId: Uuid }), body: MessageBody, response: { 200: ZConcern, ...errors } } },
    async (req) => presentConcern(await raiseConcern(deps, { actor: actorOf(req), pairId: req.params.pairId, body: req.body.body })),
  );
  r.get('/api/me/concerns', { config: member, schema: { tags, summary: 'The concerns I raised', response: { 200: z.array(ZSummary), ...errors } } }, async (req) => (await listMyConcerns(deps, { actor: actorOf(req) })).map(presentSummary));
  r.get('/api/me/concerns/:concernId', { config: member, schema: { tags, summary: 'A concern I raised and its thread', params: concernParams, response: { 200: ZConcern, ...errors } } }, async (req) =>
    presentConcern(await getConcern(deps, { actor: actorOf(req), concernId: req.params.concernId, as: 'raiser' })),
  );
  r.post('/api/me/concerns/:concernId/messages', { config: member, schema: { tags, summary: 'Reply in a concern I raised', params: concernParams, body: MessageBody, response: { 200: ZConcern, ...errors } } }, async (req) =>
    presentConcern(await replyToConcern(deps, { actor: actorOf(req), concernId: req.params.concernId, as: 'raiser', body: req.body.body })),
  );
  r.get(
    '/api/programs/:programId/concerns',
    { config: manager, schema: { tags, summary: 'The program’s concerns, for its managers (none about a pair the manager is in)', params: z.object({ programId: Uuid }), response: { 200: z.array(ZSummary), ...errors } } },
    async (req) => (await listProgramConcerns(deps, { actor: actorOf(req), programId: req.params.programId })).map(presentSummary),
  );
  r.get('/api/concerns/:concernId', { config: manager, schema: { tags, summary: 'A concern and its thread, for the program’s managers', params: concernParams, response: { 200: ZConcern, ...errors } } }, async (req) =>
    presentConcern(await getConcern(deps, { actor: actorOf(req), concernId: req.params.concernId, as: 'manager' })),
  );
  r.post('/api/concerns/:concernId/messages', { config: manager, schema: { tags, summary: 'Reply to a concern (the raiser is told, without the text)', params: concernParams, body: MessageBody, response: { 200: ZConcern, ...errors } } }, async (req) =>
    presentConcern(await replyToConcern(deps, { actor: actorOf(req), concernId: req.params.concernId, as: 'manager', body: req.body.body })),
  );
  r.post('/api/concerns/:concernId/close', { config: manager, schema: { tags, summary: 'Close a concern', params: concernParams, body: z.strictObject({}).optional(), response: { 200: ZConcern, ...errors } } }, async (req) =>
    presentConcern(await closeConcern(deps, { actor: actorOf(req), concernId: req.params.concernId })),
  );
}
