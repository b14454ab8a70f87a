import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { answerPulse } from '../../../app/safeguards/answer-pulse.js';
import { getMyPulse, listMyPulses, type MyPulseView } from '../../../app/safeguards/list-my-pulses.js';
import { getPulseResults, type PulseResultsView } from '../../../app/safeguards/pulse-results.js';
import { PULSE_COMMENT_MAX, PULSE_QUESTIONS, SHARE_MODES } from '../../../core/pairs/safeguards.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';

const errors = { ...errorResponses, 409: ErrorBody };
const ZAnswers = z.object({ engaged: z.number().int(), candid: z.number().int(), pressure: z.number().int() });
const ZShareMode = z.enum(SHARE_MODES);
const ZQuestion = z.object({ key: z.enum(['engaged', 'candid', 'pressure']), question: z.string(), low: z.string(), high: z.string() });
const ZMyPulse = z.object({
  id: z.string(),
  program: z.object({ id: z.string(), name: z.string() }),
  partnerName: z.string(),
  number: z.number().int(),
  dueAt: z.string(),
  openUntil: z.string(),
  state: z.enum(['open', 'answered', 'closed']),
  answers: ZAnswers.nullable(),
  comment: z.string().nullable(),
  shareMode: ZShareMode.nullable(),
  answeredAt: z.string().nullable(),
  questions: z.array(ZQuestion),
});
const Level = z.number().int().min(1).max(5);
const AnswerBody = z.strictObject({
  answers: z.strictObject({ engaged: Level, candid: Level, pressure: Level }),
  comment: z.string().max(PULSE_COMMENT_MAX * 2).nullable().optional(),
  shareMode: ZShareMode,
});
const ZResults = z.object({
  sent: z.number().int(),
  answered: z.number().int(),
  minPeople: z.number().int(),
  questions: z.array(ZQuestion),
  named: z.array(
    z.object({
      personId: z.string(),
      personName: z.string(),
      answers: z.array(z.object({ partnerName: z.string(), number: z.number().int(), answers: ZAnswers, comment: z.string().nullable(), answeredAt: z.string() })),
    }),
  ),
  aggregate: z.array(
    z.object({ number: z.number().int(), suppressed: z.boolean(), people: z.number().int().nullable(), answers: z.number().int().nullable(), means: z.object({ engaged: z.number(), candid: z.number(), pressure: z.number() }).nullable() }),
  ),
});

const questions = () => PULSE_QUESTIONS.map((q) => ({ key: q.key, question: q.question, low: q.low, high: q.high }));

function presentPulse(p: MyPulseView): z.infer<typeof ZMyPulse> {
  return {
    id: p.id,
    program: { id: p.program.id, name: p.program.name },
    partnerName: p.partnerName,
    number: p.number,
    dueAt: p.dueAt.toISOString(),
    openUntil: p.openUntil.toISOString(),
    state: p.state,
    answers: p.answers ? { engaged: p.answers.engaged, candid: p.answers.candid, pressure: p.answers.pressure } : null,
    comment: p.comment,
    shareMode: p.shareMode,
    answeredAt: p.answeredAt?.toISOString() ?? null,
    questions: questions(),
  };
}

function presentResults(r: PulseResultsView): z.infer<typeof ZResults> {
  return {
    sent: r.sent,
    answered: r.answered,
    minPeople: r.minPeople,
    questions: questions(),
    named: r.named.map((p) => ({
      personId: p.personId,
      personName: p.personName,
      answers: p.answers.map((a) => ({ partnerName: a.partnerName, number: a.number, answers: { engaged: a.answers.engaged, candid: a.answers.candid, pressure: a.answers.pressure }, comment: a.comment, answeredAt: a.answeredAt.toISOString() })),
    })),
    aggregate: r.aggregate.map((g) =>
      g.suppressed
        ? { number: g.number, suppressed: true, people: null, answers: null, means: null }
        : { number: g.number, suppressed: false, people: g.people, answers: g.answers, means: { engaged: g.means.engaged, candid: g.means.candid, pressure: g.means.pressure } },
    ),
  };
}

/** Mentor-only pulse check-ins: the junior answers, to the program's managers only. */
export function pulseRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const member = { policy: 'authenticated' } as const;
  const manager = { policy: 'programs.manage' } as const;
  const tags = ['safeguards'];
  r.get('/api/me/pulses', { config: member, schema: { tags, summary: 'My mentor check-ins (junior members only get them)', response: { 200: z.array(ZMyPulse), ...errors } } }, async (req) =>
    (await listMyPulses(deps, { actor: actorOf(req) })).map(presentPulse),
  );
  r.get('/api/me/pulses/:pulseId', { config: member, schema: { tags, summary: 'One of my mentor check-ins', params: z.object({ pulseId: Uuid }), response: { 200: ZMyPulse, ...errors } } }, async (req) =>
    presentPulse(await getMyPulse(deps, { actor: actorOf(req), pulseId: req.params.pulseId })),
  );
  r.post(
    '/api/me/pulses/:pulseId',
    { config: member, schema: { tags, summary: 'Answer a mentor check-in, named or only in a group average', params: z.object({ pulseId: Uuid }), body: AnswerBody, response: { 200: ZMyPulse, ...errors } } },
    async (req) => presentPulse(await answerPulse(deps, { actor: actorOf(req), pulseId: req.params.pulseId, ...req.body })),
  );
  r.get(
    '/api/programs/:programId/pulse-results',
    { config: manager, schema: { tags, summary: 'The junior mentors’ check-ins: named answers per person, the rest only as averages over five or more people', params: z.object({ programId: Uuid }), response: { 200: ZResults, ...errors } } },
    async (req) => presentResults(await getPulseResults(deps, { actor: actorOf(req), programId: req.params.programId })),
  );
}
