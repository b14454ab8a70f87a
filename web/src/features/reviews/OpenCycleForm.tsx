import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { programReviewCyclesApi } from '../../api/reviews';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';

/** Opens a review cycle: every active pair is asked for a summary by the due date. */
export function OpenCycleForm({ programId, onOpened }: { programId: string; onOpened(): void }) {
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const action = useAction({ onDone: onOpened });

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(
      () => api(programReviewCyclesApi(programId), { method: 'POST', body: { title, dueDate } }),
      'Review opened: every active pair has been asked.',
    );
  }

  return (
    <form className="card review-open-form no-print" onSubmit={submit} aria-labelledby="open-review-heading">
      <h2 id="open-review-heading">Open a review</h2>
      <p className="field-hint">
        Each pair is asked for a short summary of what they choose to share — shared goals, meeting counts, a statement.
        Nothing reaches this page until both members confirm.
      </p>
      <ErrorBanner error={action.error} title="The review was not opened" />
      <Field
        label="Title"
        value={title}
        maxLength={200}
        placeholder="Q1 review"
        onChange={(e) => setTitle(e.target.value)}
        error={action.error?.fieldMessage('title')}
        required
      />
      <Field
        label="Due date"
        type="date"
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        error={action.error?.fieldMessage('dueDate')}
        required
      />
      <button type="submit" disabled={action.busy}>
        Open the review
      </button>
      {action.notice !== undefined && <p role="status">{action.notice}</p>}
    </form>
  );
}
