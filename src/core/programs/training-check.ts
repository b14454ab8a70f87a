// Grading a training module's check (issue 4). Pure. Passing needs every answer right: the
// questions are few and each explanation is shown, so a retry is a second read, not a guess.
import type { FieldError } from '../errors.js';

export interface CheckQuestion {
  prompt: string;
  options: readonly string[];
  correct: number;
  explanation: string;
}

export interface CheckResult {
  passed: boolean;
  correctCount: number;
  total: number;
  /** correctOption only once the check is passed: a failed attempt says which answers were wrong, not what is right. */
  feedback: Array<{ correct: boolean; correctOption: number | null; explanation: string }>;
}

export function gradeCheck(questions: readonly CheckQuestion[], answers: readonly number[]): CheckResult | { problem: string } {
  if (answers.length !== questions.length) return { problem: `Answer all ${questions.length} questions.` };
  const right = questions.map((q, i) => answers[i] === q.correct);
  const correctCount = right.filter(Boolean).length;
  const passed = correctCount === questions.length;
  const feedback = questions.map((q, i) => ({ correct: right[i] === true, correctOption: passed ? q.correct : null, explanation: q.explanation }));
  return { passed, correctCount, total: questions.length, feedback };
}

/** A module's questions must be answerable: options distinct, the right one among them. */
export function questionProblems(questions: readonly CheckQuestion[]): FieldError[] {
  const out: FieldError[] = [];
  questions.forEach((q, i) => {
    if (q.prompt.trim() === '') out.push({ path: `questions.${i}.prompt`, message: 'must not be empty' });
    if (q.options.length < 2) out.push({ path: `questions.${i}.options`, message: 'needs at least two options' });
    if (new Set(q.options.map((o) => o.trim().toLowerCase())).size !== q.options.length) out.push({ path: `questions.${i}.options`, message: 'options must differ' });
    if (!Number.isInteger(q.correct) || q.correct < 0 || q.correct >= q.options.length) out.push({ path: `questions.${i}.correct`, message: 'must be the index of one of the options' });
  });
  return out;
}
