import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeCheck, questionProblems, type CheckQuestion } from '../../../src/core/programs/training-check.js';

const question = (extra: Partial<CheckQuestion> = {}): CheckQuestion => ({
  prompt: 'Who drives the sessions?',
  options: ['The mentor', 'The learner', 'Their managers'],
  correct: 1,
  explanation: 'The learner sets the agenda.',
  ...extra,
});
const QUESTIONS = [question(), question({ prompt: 'Is it confidential?', options: ['Yes', 'No'], correct: 0 })];

describe('gradeCheck', () => {
  it('passes when every answer is right, with feedback for each question', () => {
    expect(gradeCheck(QUESTIONS, [1, 0])).toEqual({
      passed: true,
      correctCount: 2,
      total: 2,
      feedback: [
        { correct: true, correctOption: 1, explanation: 'The learner sets the agenda.' },
        { correct: true, correctOption: 0, explanation: 'The learner sets the agenda.' },
      ],
    });
  });

  it('fails when one answer is wrong, saying which answers were wrong but not what is right', () => {
    expect(gradeCheck(QUESTIONS, [1, 1])).toEqual({
      passed: false,
      correctCount: 1,
      total: 2,
      feedback: [
        { correct: true, correctOption: null, explanation: 'The learner sets the agenda.' },
        { correct: false, correctOption: null, explanation: 'The learner sets the agenda.' },
      ],
    });
  });

  it('treats an answer outside the options as wrong', () => {
    expect(gradeCheck(QUESTIONS, [7, -1])).toMatchObject({ passed: false, correctCount: 0 });
  });

  it('asks for every answer when there are too few or too many', () => {
    expect(gradeCheck(QUESTIONS, [1])).toEqual({ problem: 'Answer all 2 questions.' });
    expect(gradeCheck(QUESTIONS, [1, 0, 0])).toEqual({ problem: 'Answer all 2 questions.' });
    expect(gradeCheck(QUESTIONS, [])).toHaveProperty('problem');
  });

  it('property: passes iff every answer equals the correct option; the count is the number of right answers', () => {
    const arb = fc
      .array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 5 })
      .chain((sizes) =>
        fc.tuple(
          fc.constant(sizes),
          fc.tuple(...sizes.map((n) => fc.nat(n - 1))),
          fc.tuple(...sizes.map((n) => fc.nat(n - 1))),
        ),
      );
    fc.assert(
      fc.property(arb, ([sizes, correct, answers]) => {
        const questions = sizes.map((n, i) =>
          question({ options: Array.from({ length: n }, (_, k) => `option ${k}`), correct: correct[i] as number }),
        );
        const result = gradeCheck(questions, answers);
        if ('problem' in result) throw new Error(result.problem);
        const right = answers.filter((a, i) => a === correct[i]).length;
        expect(result.correctCount).toBe(right);
        expect(result.total).toBe(sizes.length);
        expect(result.passed).toBe(right === sizes.length);
        expect(result.feedback.map((f) => f.correct)).toEqual(answers.map((a, i) => a === correct[i]));
        // The right options are revealed only to someone who has passed.
        expect(result.feedback.map((f) => f.correctOption)).toEqual(result.passed ? correct : correct.map(() => null));
      }),
    );
  });
});

describe('questionProblems', () => {
  it('finds nothing wrong with well-formed questions', () => {
    expect(questionProblems(QUESTIONS)).toEqual([]);
  });

  it('refuses an empty prompt', () => {
    expect(questionProblems([question({ prompt: '  ' })])).toEqual([
      { path: 'questions.0.prompt', message: 'must not be empty' },
    ]);
  });

  it('needs at least two options', () => {
    expect(questionProblems([question({ options: ['Only one'], correct: 0 })])).toEqual([
      { path: 'questions.0.options', message: 'needs at least two options' },
    ]);
  });

  it('refuses options that differ only in case or spacing', () => {
    expect(questionProblems([question({ options: ['Yes', ' yes ', 'No'], correct: 2 })])).toEqual([
      { path: 'questions.0.options', message: 'options must differ' },
    ]);
  });

  it('needs the right answer to be the index of one of the options', () => {
    for (const correct of [-1, 3, 1.5, Number.NaN]) {
      expect(questionProblems([question({ correct })])).toEqual([
        { path: 'questions.0.correct', message: 'must be the index of one of the options' },
      ]);
    }
  });

  it('names the question each problem belongs to', () => {
    const problems = questionProblems([question(), question({ prompt: '' }), question({ correct: 9 })]);
    expect(problems.map((p) => p.path)).toEqual(['questions.1.prompt', 'questions.2.correct']);
  });
});
