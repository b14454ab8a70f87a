// The default surveys of every program (issue 6; PRODUCT.md capability 13): the first-meeting fit
// check, the monthly pulse, and the end-of-cycle survey for each role. The keys are the contract
// with analytics (docs/surveys.md): prompts may be reworded, keys and kinds stay.
import type { Audience, SurveyKind, SurveyQuestion } from './questions.js';

export interface SurveyTemplate {
  kind: SurveyKind;
  audience: Audience;
  title: string;
  intro: string;
  questions: SurveyQuestion[];
  everyDays: number | null;
  daysBeforeEnd: number | null;
  openDays: number;
}

/** The fit check's answer that offers a no-fault re-match. */
export const NOT_A_FIT = 'not_a_fit';
export const FIT_OPTIONS = [
  { value: 'good_fit', label: 'A good fit' },
  { value: 'too_early', label: 'Too early to say' },
  { value: NOT_A_FIT, label: 'Not a good fit' },
];

export const PULSE_EVERY_DAYS = 30;
export const END_DAYS_BEFORE = 14;
export const OPEN_DAYS_DEFAULT = 14;

const comment = (prompt: string): SurveyQuestion => ({ key: 'comment', kind: 'text', prompt, required: false });
const nps: SurveyQuestion = { key: 'nps', kind: 'nps', prompt: 'How likely are you to recommend this program to a colleague?', required: true, low: 'Not at all likely', high: 'Extremely likely' };

function endOfCycle(audience: 'mentor' | 'mentee'): SurveyTemplate {
  const partner = audience === 'mentor' ? 'mentee' : 'mentor';
  return {
    kind: 'end_of_cycle',
    audience,
    title: `End of the program: your view as ${audience}`,
    intro: 'The program is ending. Your answers are never shown one by one: the program sees them only in groups of five or more, and never with your name.',
    questions: [
      { key: 'satisfaction', kind: 'scale', prompt: 'Overall, how satisfied are you with your mentoring pair?', required: true, low: 'Not at all', high: 'Very satisfied' },
      { key: 'learned', kind: 'scale', prompt: `How much did you learn from your ${partner}?`, required: true, low: 'Nothing', high: 'A great deal' },
      { key: 'learned_text', kind: 'text', prompt: 'What did you learn?', required: false },
      { key: 'again', kind: 'yes_no', prompt: 'Would you do it again?', required: true },
      nps,
      comment('Anything else you would like the program to know?'),
    ],
    everyDays: null,
    daysBeforeEnd: END_DAYS_BEFORE,
    openDays: OPEN_DAYS_DEFAULT,
  };
}

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [
  {
    kind: 'fit_check',
    audience: 'both',
    title: 'After your first meeting: is it a good fit?',
    intro: 'Your partner never sees your answer. If it is not a good fit, you can ask for a new match, with no fault on anyone.',
    questions: [
      { key: 'fit', kind: 'choice', prompt: 'After your first meeting, how does the pairing feel?', required: true, options: FIT_OPTIONS },
      comment('Anything you would like to add? (optional)'),
    ],
    everyDays: null,
    daysBeforeEnd: null,
    openDays: OPEN_DAYS_DEFAULT,
  },
  {
    kind: 'pulse',
    audience: 'both',
    title: 'Monthly pulse',
    intro: 'Three quick questions about how the mentoring is going. The program sees answers only in groups of five or more.',
    questions: [
      { key: 'morale', kind: 'scale', prompt: 'How is your morale at work this month?', required: true, low: 'Very low', high: 'Very high' },
      { key: 'useful', kind: 'scale', prompt: 'Our sessions are useful.', required: true, low: 'Strongly disagree', high: 'Strongly agree' },
      nps,
      comment('Anything you would like to add? (optional)'),
    ],
    everyDays: PULSE_EVERY_DAYS,
    daysBeforeEnd: null,
    openDays: OPEN_DAYS_DEFAULT,
  },
  endOfCycle('mentor'),
  endOfCycle('mentee'),
];

export function templateOf(kind: SurveyKind, audience: Audience): SurveyTemplate | undefined {
  return SURVEY_TEMPLATES.find((t) => t.kind === kind && t.audience === audience);
}

/** The standard questions of a survey: its template's, which an edit may reword but not remove. */
export function standardQuestions(kind: SurveyKind, audience: Audience): readonly SurveyQuestion[] {
  return templateOf(kind, audience)?.questions ?? [];
}

/** The standard keys per kind, for analytics. */
export const STANDARD_KEYS: Readonly<Record<SurveyKind, readonly string[]>> = {
  fit_check: ['fit', 'comment'],
  pulse: ['morale', 'useful', 'nps', 'comment'],
  end_of_cycle: ['satisfaction', 'learned', 'learned_text', 'again', 'nps', 'comment'],
};
