// The survey jobs (issue 6): the pulse chain, the end-of-cycle survey per side, the fit check after
// the first held meeting, and the one reminder before a survey closes. Each re-checks its state.
import { z } from 'zod';
import { remindSurvey, runEndOfCycle, runFitCheck, runPulseSurvey } from '../app/surveys/run-survey-jobs.js';
import { SURVEY_JOBS } from '../app/surveys/survey-store.js';
import type { JobDefinition } from './job.js';

const PulsePayload = z.object({ pairId: z.uuid(), occurrence: z.number().int().min(1) });
/** Sends pulse `occurrence` to both members, then queues the next. */
export const surveyPulse: JobDefinition<typeof PulsePayload> = {
  kind: SURVEY_JOBS.pulse,
  payload: PulsePayload,
  run: async (deps, job) => void (await runPulseSurvey(deps, { orgId: job.orgId, ...job.payload })),
};

const EndPayload = z.object({ pairId: z.uuid(), side: z.enum(['mentor', 'mentee']) });
/** Sends one side its end-of-cycle survey. */
export const surveyEndOfCycle: JobDefinition<typeof EndPayload> = {
  kind: SURVEY_JOBS.endOfCycle,
  payload: EndPayload,
  run: async (deps, job) => void (await runEndOfCycle(deps, { orgId: job.orgId, ...job.payload })),
};

const FitPayload = z.object({ pairId: z.uuid() });
/** Sends both members the fit check after their first held meeting. */
export const surveyFitCheck: JobDefinition<typeof FitPayload> = {
  kind: SURVEY_JOBS.fitCheck,
  payload: FitPayload,
  run: async (deps, job) => void (await runFitCheck(deps, { orgId: job.orgId, ...job.payload })),
};

const ReminderPayload = z.object({ responseId: z.uuid() });
/** Reminds a respondent once, three days before the survey closes, if still unanswered. */
export const surveyReminder: JobDefinition<typeof ReminderPayload> = {
  kind: SURVEY_JOBS.reminder,
  payload: ReminderPayload,
  run: async (deps, job) => void (await remindSurvey(deps, { orgId: job.orgId, ...job.payload })),
};
