import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../api/client';
import type { TrainingModuleBody, TrainingQuestion } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { QuestionEditor } from './QuestionEditor';
import { TextAreaField } from '../../components/TextAreaField';

interface TrainingModuleEditorProps {
  initial: TrainingModuleBody;
  submitLabel: string;
  /** Sends the module; a thrown ApiError is shown on the form. */
  onSave(body: TrainingModuleBody): Promise<void>;
  onCancel(): void;
}

const blankQuestion = (): TrainingQuestion => ({ prompt: '', options: ['', '', ''], correct: 0, explanation: '' });

/** Title, summary, body and the check questions of one training module. */
export function TrainingModuleEditor({ initial, submitLabel, onSave, onCancel }: TrainingModuleEditorProps) {
  const [module, setModule] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const setQuestion = (index: number, question: TrainingQuestion) => setModule((current) => ({ ...current, questions: current.questions.map((item, at) => (at === index ? question : item)) }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSave({
        role: module.role,
        title: module.title.trim(),
        summary: module.summary.trim(),
        body: module.body.trim(),
        questions: module.questions.map((question) => ({ ...question, prompt: question.prompt.trim(), options: question.options.map((option) => option.trim()), explanation: question.explanation.trim() })),
      });
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  return (
    <form className="form module-admin-editor" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      <ErrorBanner error={error} title="The module was not saved" />
      <Field label="Title" name="title" required value={module.title} disabled={busy} onChange={(event) => setModule({ ...module, title: event.target.value })} error={error?.fieldMessage('title')} />
      <TextAreaField label="Summary" name="summary" hint="One sentence, shown in the list of modules." rows={2} value={module.summary} disabled={busy} onChange={(event) => setModule({ ...module, summary: event.target.value })} error={error?.fieldMessage('summary')} />
      <TextAreaField
        label="Text"
        name="body"
        hint={'Short paragraphs separated by a blank line; lines that start with "- " become bullet points.'}
        rows={10}
        value={module.body}
        disabled={busy}
        onChange={(event) => setModule({ ...module, body: event.target.value })}
        error={error?.fieldMessage('body')}
      />
      <section className="questions" aria-label="Check questions">
        <h4>Check questions</h4>
        {error?.fieldMessage('questions') !== undefined && <p className="field-error">{error.fieldMessage('questions')}</p>}
        {module.questions.length === 0 && <p className="muted">No questions yet. A short check at the end helps people remember the module.</p>}
        {module.questions.map((question, index) => (
          <QuestionEditor
            key={index}
            index={index}
            question={question}
            error={error}
            disabled={busy}
            onChange={(next) => setQuestion(index, next)}
            onRemove={() => setModule((current) => ({ ...current, questions: current.questions.filter((_, at) => at !== index) }))}
          />
        ))}
        <button type="button" className="button-secondary" disabled={busy} onClick={() => setModule((current) => ({ ...current, questions: [...current.questions, blankQuestion()] }))}>
          Add a question
        </button>
      </section>
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
      <div role="status" className="form-status">
        {busy && <p className="loading">Saving the module…</p>}
      </div>
    </form>
  );
}
