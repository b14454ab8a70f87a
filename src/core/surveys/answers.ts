// Checking a respondent's answers against the questions the survey was sent with. Pure. Every
// problem names its field as `answers.<key>`.
import type { FieldError } from '../errors.js';
import { NPS_MAX, NPS_MIN, SCALE_MAX, SCALE_MIN, TEXT_ANSWER_MAX, type SurveyQuestion } from './questions.js';

export type AnswerValue = number | string | boolean | null;
export type Answers = Record<string, AnswerValue>;

type Checked = { ok: true; value: AnswerValue } | { ok: false; message: string };

const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function checkOne(q: SurveyQuestion, raw: unknown): Checked {
  const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  if (empty) return q.required ? { ok: false, message: 'Please answer this question.' } : { ok: true, value: null };
  switch (q.kind) {
    case 'scale':
      return isInt(raw, SCALE_MIN, SCALE_MAX) ? { ok: true, value: raw as number } : { ok: false, message: `Choose a whole number from ${SCALE_MIN} to ${SCALE_MAX}.` };
    case 'nps':
      return isInt(raw, NPS_MIN, NPS_MAX) ? { ok: true, value: raw as number } : { ok: false, message: `Choose a whole number from ${NPS_MIN} to ${NPS_MAX}.` };
    case 'choice':
      return typeof raw === 'string' && (q.options ?? []).some((o) => o.value === raw) ? { ok: true, value: raw } : { ok: false, message: 'Choose one of the options.' };
    case 'yes_no':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false, message: 'Answer yes or no.' };
    case 'text': {
      if (typeof raw !== 'string') return { ok: false, message: 'Write text.' };
      const text = raw.trim();
      return text.length <= TEXT_ANSWER_MAX ? { ok: true, value: text } : { ok: false, message: `At most ${TEXT_ANSWER_MAX} characters.` };
    }
  }
}

/**
 * The answers as stored — every question's key, `null` when skipped, text trimmed — or the
 * problems. A key that is not a question of the survey is refused rather than silently kept.
 */
export function checkAnswers(questions: readonly SurveyQuestion[], raw: Record<string, unknown>): { ok: true; answers: Answers } | { ok: false; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const answers: Answers = {};
  for (const q of questions) {
    const checked = checkOne(q, raw[q.key]);
    if (checked.ok) answers[q.key] = checked.value;
    else problems.push({ path: `answers.${q.key}`, message: checked.message });
  }
  for (const key of Object.keys(raw)) {
    if (!questions.some((q) => q.key === key)) problems.push({ path: `answers.${key}`, message: 'This is not a question of the survey.' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers };
}
