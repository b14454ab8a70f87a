// The surveys API (issue 6): the program's surveys, their results (every figure guarded: no figure
// for fewer than 5 people), and the member's own surveys.
const id = encodeURIComponent;

export type QuestionKind = 'scale' | 'nps' | 'choice' | 'yes_no' | 'text';
export type SurveyKind = 'fit_check' | 'pulse' | 'end_of_cycle';
export type Audience = 'both' | 'mentor' | 'mentee';
export type AnswerValue = number | string | boolean | null;

/** Exactly privacy.ts's Guarded: shown with its head count, or suppressed with neither. */
export type Guarded<T> = { suppressed: false; people: number; value: T } | { suppressed: true; people: null; value: null };

export interface SurveyQuestion {
  key: string;
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  options?: Array<{ value: string; label: string }>;
  low?: string;
  high?: string;
}

export interface Survey {
  id: string;
  kind: SurveyKind;
  audience: Audience;
  title: string;
  intro: string;
  questions: SurveyQuestion[];
  enabled: boolean;
  everyDays: number | null;
  daysBeforeEnd: number | null;
  openDays: number;
  version: number;
  updatedAt: string;
}

export interface ProgramSurveys {
  program: { id: string; name: string; endDate: string };
  canEdit: boolean;
  surveys: Survey[];
}

export type SurveyEdit = Pick<Survey, 'title' | 'intro' | 'questions' | 'enabled' | 'everyDays' | 'daysBeforeEnd' | 'openDays'>;

export interface NpsValue {
  nps: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface QuestionResult {
  key: string;
  kind: QuestionKind;
  prompt: string;
  respondents: Guarded<number>;
  mean: Guarded<number> | null;
  nps: Guarded<NpsValue> | null;
  counts: Guarded<Array<{ value: string; label: string; count: number }>> | null;
  texts: Guarded<string[]> | null;
}

export interface SurveyResults {
  survey: Survey;
  minPeople: number;
  sent: Guarded<number>;
  respondents: Guarded<number>;
  questions: QuestionResult[];
}

export interface MySurvey {
  id: string;
  program: { id: string; name: string };
  pairId: string;
  partnerName: string;
  kind: SurveyKind;
  side: 'mentor' | 'mentee';
  occurrence: number;
  title: string;
  intro: string;
  questions: SurveyQuestion[];
  dueAt: string;
  closesAt: string;
  state: 'open' | 'answered' | 'closed';
  answers: Record<string, AnswerValue> | null;
  answeredAt: string | null;
  rematchAvailable: boolean;
}

export const programSurveysApi = (programId: string) => `/api/programs/${id(programId)}/surveys`;
export const programSurveyApi = (programId: string, surveyId: string) => `${programSurveysApi(programId)}/${id(surveyId)}`;
export const surveyResultsApi = (programId: string, surveyId: string) => `${programSurveyApi(programId, surveyId)}/results`;
export const surveyResultsCsvApi = (programId: string, surveyId: string) => `${surveyResultsApi(programId, surveyId)}.csv`;
export const mySurveysApi = '/api/me/surveys';
export const mySurveyApi = (responseId: string) => `${mySurveysApi}/${id(responseId)}`;
export const mySurveyRematchApi = (responseId: string) => `${mySurveyApi(responseId)}/rematch`;
