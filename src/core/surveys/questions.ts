// Survey questions and the program manager's edits (issue 6). Pure. A question's `key` is its
// identity across rewording: analytics read the standard keys, so those keep their kind (and a
// choice its option values) and cannot be removed; custom keys are the manager's own.
import type { FieldError } from '../errors.js';

export const QUESTION_KINDS = ['scale', 'nps', 'choice', 'yes_no', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const SURVEY_KINDS = ['fit_check', 'pulse', 'end_of_cycle'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export const AUDIENCES = ['both', 'mentor', 'mentee'] as const;
export type Audience = (typeof AUDIENCES)[number];
export type Side = 'mentor' | 'mentee';

export interface ChoiceOption {
  value: string;
  label: string;
}

/** Mirrors the `SurveyQuestionRow` stored in `surveys.questions` (core imports no db types). */
export interface SurveyQuestion {
  key: string;
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  options?: ChoiceOption[];
  /** What the lowest and highest point of a scale or NPS mean. */
  low?: string;
  high?: string;
}

export const MAX_QUESTIONS = 20;
export const PROMPT_MAX = 300;
export const TITLE_MAX = 120;
export const INTRO_MAX = 1000;
export const LABEL_MAX = 80;
export const MAX_OPTIONS = 10;
/** The longest free-text answer. */
export const TEXT_ANSWER_MAX = 2000;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const NPS_MIN = 0;
export const NPS_MAX = 10;
/** Slug-like: lower case, digits and underscores, starting with a letter. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** Schedule limits, in days. */
export const EVERY_DAYS = { min: 7, max: 180 } as const;
export const DAYS_BEFORE_END = { min: 0, max: 120 } as const;
export const OPEN_DAYS = { min: 1, max: 60 } as const;

export interface SurveyEdit {
  title: string;
  intro: string;
  questions: SurveyQuestion[];
  enabled: boolean;
  everyDays: number | null;
  daysBeforeEnd: number | null;
  openDays: number;
}

const isInt = (n: unknown, min: number, max: number): n is number => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;

/** The problems of one question on its own (shape, lengths, options). */
function questionProblems(q: SurveyQuestion, at: string): FieldError[] {
  const out: FieldError[] = [];
  if (!KEY_PATTERN.test(q.key)) out.push({ path: `${at}.key`, message: 'Use 2–40 lower-case letters, digits or underscores, starting with a letter.' });
  if (!(QUESTION_KINDS as readonly string[]).includes(q.kind)) out.push({ path: `${at}.kind`, message: `Choose one of ${QUESTION_KINDS.join(', ')}.` });
  const prompt = q.prompt.trim();
  if (!prompt) out.push({ path: `${at}.prompt`, message: 'Write the question.' });
  else if (prompt.length > PROMPT_MAX) out.push({ path: `${at}.prompt`, message: `At most ${PROMPT_MAX} characters.` });
  for (const end of ['low', 'high'] as const) {
    if ((q[end] ?? '').length > LABEL_MAX) out.push({ path: `${at}.${end}`, message: `At most ${LABEL_MAX} characters.` });
  }
  if (q.kind === 'choice') out.push(...optionProblems(q.options ?? [], `${at}.options`));
  else if (q.options?.length) out.push({ path: `${at}.options`, message: 'Only a choice question has options.' });
  return out;
}

function optionProblems(options: ChoiceOption[], at: string): FieldError[] {
  const out: FieldError[] = [];
  if (options.length < 2 || options.length > MAX_OPTIONS) out.push({ path: at, message: `Give 2 to ${MAX_OPTIONS} options.` });
  const seen = new Set<string>();
  options.forEach((o, i) => {
    if (!KEY_PATTERN.test(o.value)) out.push({ path: `${at}.${i}.value`, message: 'Use 2–40 lower-case letters, digits or underscores.' });
    else if (seen.has(o.value)) out.push({ path: `${at}.${i}.value`, message: 'Each option needs its own value.' });
    seen.add(o.value);
    const label = o.label.trim();
    if (!label || label.length > LABEL_MAX) out.push({ path: `${at}.${i}.label`, message: `Write a label of at most ${LABEL_MAX} characters.` });
  });
  return out;
}

/** The rules that tie an edit to the standard questions of its template. */
function standardProblems(questions: SurveyQuestion[], standard: readonly SurveyQuestion[]): FieldError[] {
  const out: FieldError[] = [];
  for (const s of standard) {
    const i = questions.findIndex((q) => q.key === s.key);
    const q = questions[i];
    if (!q) {
      out.push({ path: 'questions', message: `The standard question "${s.key}" cannot be removed; reword it instead.` });
      continue;
    }
    if (q.kind !== s.kind) out.push({ path: `questions.${i}.kind`, message: `The standard question "${s.key}" stays a ${s.kind} question.` });
    else if (s.kind === 'choice') {
      const want = (s.options ?? []).map((o) => o.value).join(',');
      if ((q.options ?? []).map((o) => o.value).join(',') !== want) out.push({ path: `questions.${i}.options`, message: `The options of "${s.key}" keep their values (${want}); reword their labels instead.` });
    }
  }
  return out;
}

function scheduleProblems(kind: SurveyKind, edit: SurveyEdit): FieldError[] {
  const out: FieldError[] = [];
  if (kind === 'pulse' && !isInt(edit.everyDays, EVERY_DAYS.min, EVERY_DAYS.max)) out.push({ path: 'everyDays', message: `Send the pulse every ${EVERY_DAYS.min} to ${EVERY_DAYS.max} days.` });
  if (kind !== 'pulse' && edit.everyDays !== null) out.push({ path: 'everyDays', message: 'Only the pulse repeats.' });
  if (kind === 'end_of_cycle' && !isInt(edit.daysBeforeEnd, DAYS_BEFORE_END.min, DAYS_BEFORE_END.max)) out.push({ path: 'daysBeforeEnd', message: `Send it ${DAYS_BEFORE_END.min} to ${DAYS_BEFORE_END.max} days before the program ends.` });
  if (kind !== 'end_of_cycle' && edit.daysBeforeEnd !== null) out.push({ path: 'daysBeforeEnd', message: 'Only the end-of-cycle survey is timed from the program’s end.' });
  if (!isInt(edit.openDays, OPEN_DAYS.min, OPEN_DAYS.max)) out.push({ path: 'openDays', message: `Keep it open ${OPEN_DAYS.min} to ${OPEN_DAYS.max} days.` });
  return out;
}

/**
 * Every problem of a program manager's edit of a survey of `kind`, with the path of the field
 * (`questions.2.key`, `everyDays`…); empty when the edit may be saved.
 */
export function surveyEditProblems(kind: SurveyKind, edit: SurveyEdit, standard: readonly SurveyQuestion[]): FieldError[] {
  const out: FieldError[] = [];
  const title = edit.title.trim();
  if (!title || title.length > TITLE_MAX) out.push({ path: 'title', message: `Write a title of at most ${TITLE_MAX} characters.` });
  if (edit.intro.length > INTRO_MAX) out.push({ path: 'intro', message: `At most ${INTRO_MAX} characters.` });
  if (edit.questions.length === 0 || edit.questions.length > MAX_QUESTIONS) out.push({ path: 'questions', message: `Ask 1 to ${MAX_QUESTIONS} questions.` });
  const keys = new Set<string>();
  edit.questions.forEach((q, i) => {
    out.push(...questionProblems(q, `questions.${i}`));
    if (keys.has(q.key)) out.push({ path: `questions.${i}.key`, message: `Another question already uses the key "${q.key}".` });
    keys.add(q.key);
  });
  out.push(...standardProblems(edit.questions, standard));
  out.push(...scheduleProblems(kind, edit));
  return out;
}

/** The edit as it is stored: trimmed text, no options on a question that has none. */
export function normalizedQuestions(questions: SurveyQuestion[]): SurveyQuestion[] {
  return questions.map((q) => {
    const out: SurveyQuestion = { key: q.key, kind: q.kind, prompt: q.prompt.trim(), required: q.required };
    if (q.kind === 'choice') out.options = (q.options ?? []).map((o) => ({ value: o.value, label: o.label.trim() }));
    if ((q.kind === 'scale' || q.kind === 'nps') && q.low?.trim()) out.low = q.low.trim();
    if ((q.kind === 'scale' || q.kind === 'nps') && q.high?.trim()) out.high = q.high.trim();
    return out;
  });
}

/** True when the questions differ in anything a respondent would see. */
export function questionsChanged(a: readonly SurveyQuestion[], b: readonly SurveyQuestion[]): boolean {
  return JSON.stringify(normalizedQuestions([...a])) !== JSON.stringify(normalizedQuestions([...b]));
}

/** Whether a survey for `audience` goes to the member on `side`. */
export function reaches(audience: Audience, side: Side): boolean {
  return audience === 'both' || audience === side;
}
