// Presenters: every field that leaves the server, copied explicitly.
import type { z } from 'zod';
import { MIN_GROUP } from '../../../core/analytics/privacy.js';
import type { SurveyQuestion } from '../../../core/surveys/questions.js';
import type { MySurveyView } from '../../../app/surveys/list-my-surveys.js';
import type { SurveyResultsView } from '../../../app/surveys/survey-results.js';
import type { SurveyRow } from '../../../app/surveys/survey-store.js';
import type { ZMySurvey, ZQuestion, ZSurvey, ZSurveyResults } from './survey-schemas.js';

export function presentQuestion(q: SurveyQuestion): z.infer<typeof ZQuestion> {
  return {
    key: q.key,
    kind: q.kind,
    prompt: q.prompt,
    required: q.required,
    ...(q.options ? { options: q.options.map((o) => ({ value: o.value, label: o.label })) } : {}),
    ...(q.low !== undefined ? { low: q.low } : {}),
    ...(q.high !== undefined ? { high: q.high } : {}),
  };
}

export function presentSurvey(s: SurveyRow): z.infer<typeof ZSurvey> {
  return {
    id: s.id,
    kind: s.kind,
    audience: s.audience,
    title: s.title,
    intro: s.intro,
    questions: s.questions.map(presentQuestion),
    enabled: s.enabled,
    everyDays: s.everyDays,
    daysBeforeEnd: s.daysBeforeEnd,
    openDays: s.openDays,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function presentResults(v: SurveyResultsView): z.infer<typeof ZSurveyResults> {
  const r = v.results;
  return {
    survey: presentSurvey(v.survey),
    minPeople: MIN_GROUP,
    sent: r.sent,
    respondents: r.respondents,
    questions: r.questions.map((q) => ({ key: q.key, kind: q.kind, prompt: q.prompt, respondents: q.respondents, mean: q.mean, nps: q.nps, counts: q.counts, texts: q.texts })),
  };
}

export function presentMySurvey(s: MySurveyView): z.infer<typeof ZMySurvey> {
  return {
    id: s.id,
    program: { id: s.program.id, name: s.program.name },
    pairId: s.pairId,
    partnerName: s.partnerName,
    kind: s.kind,
    side: s.side,
    occurrence: s.occurrence,
    title: s.title,
    intro: s.intro,
    questions: s.questions.map(presentQuestion),
    dueAt: s.dueAt.toISOString(),
    closesAt: s.closesAt.toISOString(),
    state: s.state,
    answers: s.answers ? { ...s.answers } : null,
    answeredAt: s.answeredAt?.toISOString() ?? null,
    rematchAvailable: s.rematchAvailable,
  };
}
