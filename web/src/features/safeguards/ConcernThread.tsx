import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Concern } from '../../api/safeguards';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDateTime } from '../../format';
import { useAction } from '../../hooks/useAction';

interface ConcernThreadProps {
  concern: Concern;
  /** Where a reply is posted (the raiser's or the manager's route). */
  replyPath: string;
  /** How the viewer's own side is labelled: the raiser sees "You", the manager sees the raiser's name. */
  viewer: 'raiser' | 'manager';
  onReplied(): void;
}

/** The messages of a concern, oldest first, and a reply box while it is open. */
export function ConcernThread({ concern, replyPath, viewer, onReplied }: ConcernThreadProps) {
  const [body, setBody] = useState('');
  const { busy, error, run } = useAction({
    onDone: () => {
      setBody('');
      onReplied();
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(() => api(replyPath, { method: 'POST', body: { body } }));
  }

  const author = (m: Concern['messages'][number]) => (m.fromProgramManager ? (viewer === 'manager' ? `${m.authorName} (program manager)` : `${m.authorName}, program manager`) : viewer === 'raiser' ? 'You' : m.authorName);
  return (
    <>
      <ol className="concern-thread">
        {concern.messages.map((m) => (
          <li key={m.id} className={m.fromProgramManager ? 'concern-message concern-message-manager' : 'concern-message'}>
            <p className="concern-message-meta">
              <strong>{author(m)}</strong> · {formatDateTime(m.createdAt)}
            </p>
            <p className="concern-body">{m.body}</p>
          </li>
        ))}
      </ol>
      {concern.status === 'open' ? (
        <form className="concern-form" onSubmit={submit}>
          <TextAreaField label="Reply" rows={4} maxLength={5000} value={body} onChange={(event) => setBody(event.target.value)} error={error?.fieldMessage('body')} disabled={busy} />
          <ErrorBanner error={error !== undefined && error.fieldMessage('body') === undefined ? error : undefined} title="Your reply was not sent" />
          <div className="form-actions">
            <button type="submit" disabled={busy || body.trim() === ''}>
              Send reply
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">This concern was closed{concern.closedAt !== null ? ` on ${formatDateTime(concern.closedAt)}` : ''}.{viewer === 'raiser' ? ' If something else comes up, raise a new one from your pair’s page.' : ''}</p>
      )}
    </>
  );
}
