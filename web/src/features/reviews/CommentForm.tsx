import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { COMMENT_MAX, summaryCommentsApi } from '../../api/reviews';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/TextAreaField';
import { useAction } from '../../hooks/useAction';

/** A reviewer's comment back to the pair; both members read it in their workspace. */
export function CommentForm({
  summaryId,
  pairLabel,
  onSent,
}: {
  summaryId: string;
  pairLabel: string;
  onSent(): void;
}) {
  const [body, setBody] = useState('');
  const action = useAction({
    onDone: () => {
      setBody('');
      onSent();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(() => api(summaryCommentsApi(summaryId), { method: 'POST', body: { body } }));
  }

  return (
    <form className="review-comment-form no-print" onSubmit={submit}>
      <ErrorBanner error={action.error} title="The comment was not sent" />
      <TextAreaField
        label={`Comment to ${pairLabel}`}
        hint="Both members read it in their pair workspace."
        value={body}
        maxLength={COMMENT_MAX}
        onChange={(e) => setBody(e.target.value)}
        error={action.error?.fieldMessage('body')}
      />
      <button type="submit" disabled={action.busy || body.trim() === ''}>
        Send comment
      </button>
    </form>
  );
}
