import { useId, useRef, useState, type FormEvent } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { TrainingAttemptResult, TrainingModuleForMe } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';

interface QuizFormProps {
  module: TrainingModuleForMe;
  onPassed(result: TrainingAttemptResult): void;
}

/**
 * The module's multiple-choice check. Only the chosen option indexes go to the server, which
 * alone knows the answers; its feedback is shown per question, and a failed check can be retried.
 */
export function QuizForm({ module, onPassed }: QuizFormProps) {
  const id = useId();
  const [answers, setAnswers] = useState<Array<number | null>>(() => module.questions.map(() => null));
  const [result, setResult] = useState<TrainingAttemptResult>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [showMissing, setShowMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const unanswered = answers.filter((answer) => answer === null).length;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (unanswered > 0) {
      setShowMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const body = { answers: answers.map((answer) => answer ?? 0) };
      const outcome = await api<TrainingAttemptResult>(`/api/me/training/${encodeURIComponent(module.id)}/attempt`, {
        method: 'POST',
        body,
      });
      setResult(outcome);
      if (outcome.passed) onPassed(outcome);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  function retry() {
    // Keep the right answers, clear the wrong ones, so the retry is about what was missed.
    setAnswers((previous) => previous.map((answer, index) => (result?.feedback[index]?.correct ? answer : null)));
    setResult(undefined);
    setShowMissing(false);
    // The Try again button goes away; start again from the top of the check.
    headingRef.current?.focus();
  }

  const answered = result !== undefined;
  return (
    <form className="form quiz" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="focus-heading">
        {module.questions.length === 0 ? 'Finish this module' : 'Check your understanding'}
      </h3>
      {module.questions.length > 0 && <p className="field-hint">Choose one answer for each question.</p>}
      {module.questions.map((question, index) => {
        const feedback = result?.feedback[index];
        const feedbackId = `${id}-q${index}-feedback`;
        const missing = showMissing && answers[index] === null;
        return (
          <fieldset
            key={index}
            className={`choice-list question${feedback ? (feedback.correct ? ' question-correct' : ' question-incorrect') : ''}`}
            aria-describedby={feedback || missing ? feedbackId : undefined}
            aria-invalid={missing || undefined}
          >
            <legend>
              <span className="question-number">{index + 1}.</span> {question.prompt}
            </legend>
            {question.options.map((option, optionIndex) => (
              <label key={optionIndex} className="choice">
                <input
                  type="radio"
                  name={`${id}-q${index}`}
                  value={optionIndex}
                  checked={answers[index] === optionIndex}
                  disabled={answered || busy}
                  onChange={() =>
                    setAnswers((previous) =>
                      previous.map((answer, answerIndex) => (answerIndex === index ? optionIndex : answer)),
                    )
                  }
                />
                <span>{option}</span>
              </label>
            ))}
            {feedback && (
              <p
                id={feedbackId}
                className={feedback.correct ? 'feedback feedback-correct' : 'feedback feedback-incorrect'}
              >
                <strong>{feedback.correct ? 'Correct.' : 'Not quite.'}</strong> {feedback.explanation}
              </p>
            )}
            {!feedback && missing && (
              <p id={feedbackId} className="field-error">
                Choose an answer.
              </p>
            )}
          </fieldset>
        );
      })}
      <ErrorBanner error={error} title="Your answers were not checked" />
      <div role="status" className="status-region">
        {showMissing && unanswered > 0 && !answered && (
          <p className="field-error">Answer every question first ({unanswered} left).</p>
        )}
        {result && (
          <p className={result.passed ? 'banner banner-success' : 'notice'}>
            {result.passed
              ? result.total === 0
                ? 'Done: this module is complete.'
                : `You passed: ${result.correctCount} of ${result.total} correct. This module is complete.`
              : `${result.correctCount} of ${result.total} correct — not passed yet. Read the explanations, then try again.`}
          </p>
        )}
      </div>
      <div className="form-actions">
        {!answered && (
          <button type="submit" disabled={busy} aria-busy={busy || undefined}>
            {module.questions.length === 0 ? 'Mark as complete' : 'Check my answers'}
          </button>
        )}
        {answered && !result.passed && (
          <button type="button" onClick={retry}>
            Try again
          </button>
        )}
      </div>
    </form>
  );
}
