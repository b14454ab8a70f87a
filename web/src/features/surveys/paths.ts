// In-app addresses of the survey pages, so links, notifications and tests agree.
const id = encodeURIComponent;

export const mySurveysHref = '/my/surveys';
export const mySurveyHref = (responseId: string) => `/my/surveys/${id(responseId)}`;
export const programSurveysHref = (programId: string) => `/programs/${id(programId)}/surveys`;

export const SURVEY_KIND_LABELS: Record<'fit_check' | 'pulse' | 'end_of_cycle', string> = {
  fit_check: 'First-meeting check',
  pulse: 'Monthly pulse',
  end_of_cycle: 'End of the program',
};
