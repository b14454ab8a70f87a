// The surveys' request and response schemas. A guarded figure is exactly privacy.ts's Guarded:
// shown with its head count, or suppressed with neither value nor count.
import { z } from 'zod';
import { AUDIENCES, MAX_OPTIONS, MAX_QUESTIONS, QUESTION_KINDS, SURVEY_KINDS } from '../../../core/surveys/questions.js';

export function guarded<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('suppressed', [
    z.object({ suppressed: z.literal(false), people: z.number().int().min(0), value }),
    z.object({ suppressed: z.literal(true), people: z.null(), value: z.null() }),
  ]);
}

const ZOption = z.object({ value: z.string(), label: z.string() });
export const ZQuestion = z.object({
  key: z.string(),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string(),
  required: z.boolean(),
  options: z.array(ZOption).optional(),
  low: z.string().optional(),
  high: z.string().optional(),
});

/** Lengths are checked by core with a field name; here only a generous bound on size. */
const QuestionBody = z.strictObject({
  key: z.string().max(100),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string().max(2000),
  required: z.boolean(),
  options: z.array(z.strictObject({ value: z.string().max(100), label: z.string().max(500) })).max(MAX_OPTIONS * 2).optional(),
  low: z.string().max(500).optional(),
  high: z.string().max(500).optional(),
});

export const SurveyBody = z.strictObject({
  title: z.string().max(1000),
  intro: z.string().max(5000),
  questions: z.array(QuestionBody).max(MAX_QUESTIONS * 2),
  enabled: z.boolean(),
  everyDays: z.number().int().nullable(),
  daysBeforeEnd: z.number().int().nullable(),
  openDays: z.number().int(),
});

export const ZSurvey = z.object({
  id: z.string(),
  kind: z.enum(SURVEY_KINDS),
  audience: z.enum(AUDIENCES),
  title: z.string(),
  intro: z.string(),
  questions: z.array(ZQuestion),
  enabled: z.boolean(),
  everyDays: z.number().int().nullable(),
  daysBeforeEnd: z.number().int().nullable(),
  openDays: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const ZProgramSurveys = z.object({
  program: z.object({ id: z.string(), name: z.string(), endDate: z.string() }),
  canEdit: z.boolean(),
  surveys: z.array(ZSurvey),
});

const ZNps = z.object({ nps: z.number(), promoters: z.number().int(), passives: z.number().int(), detractors: z.number().int() });
const ZCount = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export const ZQuestionResult = z.object({
  key: z.string(),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string(),
  respondents: guarded(z.number().int()),
  mean: guarded(z.number()).nullable(),
  nps: guarded(ZNps).nullable(),
  counts: guarded(z.array(ZCount)).nullable(),
  texts: guarded(z.array(z.string())).nullable(),
});
export const ZSurveyResults = z.object({
  survey: ZSurvey,
  minPeople: z.number().int(),
  sent: guarded(z.number().int()),
  respondents: guarded(z.number().int()),
  questions: z.array(ZQuestionResult),
});

const ZAnswerValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export const ZMySurvey = z.object({
  id: z.string(),
  program: z.object({ id: z.string(), name: z.string() }),
  pairId: z.string(),
  partnerName: z.string(),
  kind: z.enum(SURVEY_KINDS),
  side: z.enum(['mentor', 'mentee']),
  occurrence: z.number().int(),
  title: z.string(),
  intro: z.string(),
  questions: z.array(ZQuestion),
  dueAt: z.string(),
  closesAt: z.string(),
  state: z.enum(['open', 'answered', 'closed']),
  answers: z.record(z.string(), ZAnswerValue).nullable(),
  answeredAt: z.string().nullable(),
  rematchAvailable: z.boolean(),
});

export const AnswerBody = z.strictObject({
  answers: z.record(z.string().max(100), z.union([z.number(), z.string().max(10_000), z.boolean(), z.null()])),
});
