import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { answerSurvey } from '../../../app/surveys/answer-survey.js';
import { getMySurvey, listMySurveys } from '../../../app/surveys/list-my-surveys.js';
import { listProgramSurveys } from '../../../app/surveys/list-program-surveys.js';
import { rematchAfterFitCheck } from '../../../app/surveys/rematch-after-fit-check.js';
import { getSurveyResults, surveyResultsCsv } from '../../../app/surveys/survey-results.js';
import { updateProgramSurvey } from '../../../app/surveys/update-program-survey.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';
import { presentMySurvey, presentResults, presentSurvey } from './presenters.js';
import { AnswerBody, SurveyBody, ZMySurvey, ZProgramSurveys, ZSurvey, ZSurveyResults } from './survey-schemas.js';

const errors = { ...errorResponses, 409: ErrorBody };

/** The program's surveys: read by its viewers (admins, managers, sponsors), edited by its managers. */
export function programSurveyRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { policy: 'outcomes.read' } as const;
  const manage = { policy: 'programs.manage' } as const;
  const tags = ['surveys'];
  const params = z.object({ programId: Uuid });
  const surveyParams = z.object({ programId: Uuid, surveyId: Uuid });
  r.get('/api/programs/:programId/surveys', { config: read, schema: { tags, summary: 'The program’s surveys (made from the templates on first use)', params, response: { 200: ZProgramSurveys, ...errors } } }, async (req) => {
    const v = await listProgramSurveys(deps, { actor: actorOf(req), programId: req.params.programId });
    return { program: v.program, canEdit: v.canEdit, surveys: v.surveys.map(presentSurvey) };
  });
  r.put(
    '/api/programs/:programId/surveys/:surveyId',
    { config: manage, schema: { tags, summary: 'Edit a survey’s questions and schedule (standard questions stay)', params: surveyParams, body: SurveyBody, response: { 200: ZSurvey, ...errors } } },
    async (req) => presentSurvey(await updateProgramSurvey(deps, { actor: actorOf(req), programId: req.params.programId, surveyId: req.params.surveyId, edit: req.body, meta: metaOf(req) })),
  );
  r.get(
    '/api/programs/:programId/surveys/:surveyId/results',
    { config: read, schema: { tags, summary: 'A survey’s results: no figure for fewer than 5 people, free text unnamed', params: surveyParams, response: { 200: ZSurveyResults, ...errors } } },
    async (req) => presentResults(await getSurveyResults(deps, { actor: actorOf(req), ...req.params })),
  );
  r.get(
    '/api/programs/:programId/surveys/:surveyId/results.csv',
    { config: read, schema: { tags, summary: 'A survey’s results as CSV (formula-neutralized)', params: surveyParams, response: { 200: z.string(), ...errors } } },
    async (req, reply) => {
      const view = await getSurveyResults(deps, { actor: actorOf(req), ...req.params });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="survey-${view.survey.kind}-${view.survey.audience}.csv"`)
        .send(surveyResultsCsv(view));
    },
  );
}

/** The respondent's own surveys: nobody else can open them. */
export function mySurveyRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const member = { policy: 'authenticated' } as const;
  const tags = ['surveys'];
  const params = z.object({ responseId: Uuid });
  r.get('/api/me/surveys', { config: member, schema: { tags, summary: 'My surveys, newest first', response: { 200: z.array(ZMySurvey), ...errors } } }, async (req) =>
    (await listMySurveys(deps, { actor: actorOf(req) })).map(presentMySurvey),
  );
  r.get('/api/me/surveys/:responseId', { config: member, schema: { tags, summary: 'One of my surveys', params, response: { 200: ZMySurvey, ...errors } } }, async (req) =>
    presentMySurvey(await getMySurvey(deps, { actor: actorOf(req), responseId: req.params.responseId })),
  );
  r.post('/api/me/surveys/:responseId', { config: member, schema: { tags, summary: 'Answer one of my surveys, once', params, body: AnswerBody, response: { 200: ZMySurvey, ...errors } } }, async (req) =>
    presentMySurvey(await answerSurvey(deps, { actor: actorOf(req), responseId: req.params.responseId, answers: req.body.answers })),
  );
  r.post(
    '/api/me/surveys/:responseId/rematch',
    { config: member, schema: { tags, summary: 'After "not a good fit": end the pair with no fault and go back to the pool', params, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await rematchAfterFitCheck(deps, { actor: actorOf(req), responseId: req.params.responseId, meta: metaOf(req) });
      return reply.status(204).send(null);
    },
  );
}
