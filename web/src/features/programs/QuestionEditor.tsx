import type { ApiError } from '../../api/client';
import type { TrainingQuestion } from '../../api/programs';
import { TextAreaField } from '../../components/TextAreaField';

interface QuestionEditorProps {
  index: number;
  question: TrainingQuestion;
  onChange(question: TrainingQuestion): void;
  onRemove(): void;
  error: ApiError | undefined;
  disabled?: boolean;
}

/** One multiple-choice question: prompt, options with the correct one marked, and why it is right. */
export function QuestionEditor({ index, question, onChange, onRemove, error, disabled }: QuestionEditorProps) {
  const base = `questions.${index}`;
  const message = (path: string) => error?.fieldMessage(`${base}${path}`);
  const number = index + 1;

  function setOption(position: number, text: string) {
    onChange({ ...question, options: question.options.map((option, at) => (at === position ? text : option)) });
  }

  function removeOption(position: number) {
    const options = question.options.filter((_, at) => at !== position);
    // Keep the same answer marked: the index moves down when an earlier option goes.
    const correct = question.correct === position ? 0 : question.correct > position ? question.correct - 1 : question.correct;
    onChange({ ...question, options, correct: Math.min(correct, Math.max(0, options.length - 1)) });
  }

  const optionsError = message('.options') ?? message('.correct');
  return (
    <fieldset className="question-editor">
      <legend>Question {number}</legend>
      <TextAreaField label={`Question ${number}: prompt`} rows={2} value={question.prompt} disabled={disabled} onChange={(event) => onChange({ ...question, prompt: event.target.value })} error={message('.prompt')} />
      <fieldset aria-describedby={optionsError !== undefined ? `q${index}-options-error` : undefined}>
        <legend>Options</legend>
        <p className="field-hint">Mark the correct answer.</p>
        <ol className="option-list">
          {question.options.map((option, position) => {
            const optionError = message(`.options.${position}`);
            return (
              <li key={position} className="option-row">
                <label className="checkbox option-correct">
                  <input
                    type="radio"
                    name={`question-${index}-correct`}
                    checked={question.correct === position}
                    disabled={disabled}
                    onChange={() => onChange({ ...question, correct: position })}
                    aria-label={`Option ${position + 1} of question ${number} is correct`}
                  />
                  <span aria-hidden="true">Correct</span>
                </label>
                <input
                  type="text"
                  className="option-text"
                  aria-label={`Option ${position + 1} of question ${number}`}
                  value={option}
                  disabled={disabled}
                  aria-invalid={optionError !== undefined || undefined}
                  onChange={(event) => setOption(position, event.target.value)}
                />
                <button type="button" className="button-small button-secondary" disabled={disabled || question.options.length <= 2} onClick={() => removeOption(position)} aria-label={`Remove option ${position + 1} of question ${number}`}>
                  Remove
                </button>
                {optionError !== undefined && <p className="field-error option-error">{optionError}</p>}
              </li>
            );
          })}
        </ol>
        {optionsError !== undefined && (
          <p id={`q${index}-options-error`} className="field-error">
            {optionsError}
          </p>
        )}
        <button type="button" className="button-link" disabled={disabled} onClick={() => onChange({ ...question, options: [...question.options, ''] })}>
          Add an option to question {number}
        </button>
      </fieldset>
      <TextAreaField
        label={`Question ${number}: why the answer is right`}
        hint="Shown after the participant answers."
        rows={2}
        value={question.explanation}
        disabled={disabled}
        onChange={(event) => onChange({ ...question, explanation: event.target.value })}
        error={message('.explanation')}
      />
      <button type="button" className="button-small button-danger" disabled={disabled} onClick={onRemove}>
        Remove question {number}
      </button>
    </fieldset>
  );
}
