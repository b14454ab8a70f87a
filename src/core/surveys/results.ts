// A survey's results for the program (issue 6). Pure. Answers leave the respondents only here,
// and only through the k ≥ 5 guard of analytics/privacy.ts: every figure is `guard`ed on the
// distinct people behind it; free text is shown for five or more writers, without names or ids,
// sorted alphabetically so that the order says nothing about who wrote what or when.
import type { NpsValue } from '../analytics/figures.js';
import { npsCounts, npsOf } from '../analytics/nps.js';
import { distinct, guard, headCount, round2, type Guarded } from '../analytics/privacy.js';
import type { Answers, AnswerValue } from './answers.js';
import { NPS_MAX, NPS_MIN, SCALE_MAX, SCALE_MIN, type QuestionKind, type Side, type SurveyQuestion } from './questions.js';

export interface ResultRow {
  personId: string;
  side: Side;
  /** Null while unanswered. */
  answers: Answers | null;
}

export interface Count {
  value: string;
  label: string;
  count: number;
}

export interface QuestionResult {
  key: string;
  kind: QuestionKind;
  prompt: string;
  /** Distinct people who answered this question. */
  respondents: Guarded<number>;
  /** Scale and NPS: the mean. */
  mean: Guarded<number> | null;
  /** NPS only. */
  nps: Guarded<NpsValue> | null;
  /** Every value but text: how many answers gave each (a bar chart). */
  counts: Guarded<Count[]> | null;
  /** Text only: the answers, unnamed, sorted. */
  texts: Guarded<string[]> | null;
}

export interface SurveyResults {
  /** Distinct people it was sent to, and who answered. */
  sent: Guarded<number>;
  respondents: Guarded<number>;
  questions: QuestionResult[];
}

const mean = (xs: readonly number[]) => round2(xs.reduce((a, b) => a + b, 0) / xs.length);
const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

/** Whether a stored value fits the question's kind (a snapshot may differ from today's questions). */
function fits(q: SurveyQuestion, v: AnswerValue): boolean {
  switch (q.kind) {
    case 'scale':
      return Number.isInteger(v) && (v as number) >= SCALE_MIN && (v as number) <= SCALE_MAX;
    case 'nps':
      return Number.isInteger(v) && (v as number) >= NPS_MIN && (v as number) <= NPS_MAX;
    case 'choice':
      return typeof v === 'string' && (q.options ?? []).some((o) => o.value === v);
    case 'yes_no':
      return typeof v === 'boolean';
    case 'text':
      return typeof v === 'string' && v.trim() !== '';
  }
}

function countsOf(q: SurveyQuestion, values: AnswerValue[]): Count[] {
  const tally = (value: AnswerValue) => values.filter((v) => v === value).length;
  switch (q.kind) {
    case 'scale':
      return range(SCALE_MIN, SCALE_MAX).map((n) => ({ value: String(n), label: n === SCALE_MIN ? (q.low ?? String(n)) : n === SCALE_MAX ? (q.high ?? String(n)) : String(n), count: tally(n) }));
    case 'nps':
      return range(NPS_MIN, NPS_MAX).map((n) => ({ value: String(n), label: String(n), count: tally(n) }));
    case 'choice':
      return (q.options ?? []).map((o) => ({ value: o.value, label: o.label, count: tally(o.value) }));
    case 'yes_no':
      return [
        { value: 'yes', label: 'Yes', count: tally(true) },
        { value: 'no', label: 'No', count: tally(false) },
      ];
    case 'text':
      return [];
  }
}

function questionResult(q: SurveyQuestion, rows: readonly ResultRow[]): QuestionResult {
  const given = rows.flatMap((r) => {
    const v = r.answers?.[q.key] ?? null;
    return v !== null && fits(q, v) ? [{ personId: r.personId, value: v }] : [];
  });
  const people = distinct(given.map((g) => g.personId));
  const values = given.map((g) => g.value);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const numeric = q.kind === 'scale' || q.kind === 'nps';
  return {
    key: q.key,
    kind: q.kind,
    prompt: q.prompt,
    respondents: headCount(people),
    mean: numeric ? guard(people, () => mean(numbers)) : null,
    nps: q.kind === 'nps' ? guard(people, () => npsOf(npsCounts(numbers))) : null,
    counts: q.kind === 'text' ? null : guard(people, () => countsOf(q, values)),
    texts: q.kind === 'text' ? guard(people, () => values.map((v) => String(v).trim()).sort((a, b) => a.localeCompare(b, 'en'))) : null,
  };
}

/**
 * The results of one survey from its responses (answered or not): per question, the guarded
 * figures. Nothing is computed from a group of fewer than five people.
 */
export function surveyResults(questions: readonly SurveyQuestion[], rows: readonly ResultRow[]): SurveyResults {
  const answered = rows.filter((r) => r.answers !== null);
  return {
    sent: headCount(distinct(rows.map((r) => r.personId))),
    respondents: headCount(distinct(answered.map((r) => r.personId))),
    questions: questions.map((q) => questionResult(q, answered)),
  };
}
