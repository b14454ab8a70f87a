import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/TextAreaField';

export type Decision = 'approved' | 'declined';

interface DecisionFormProps {
  /** Who the decision is about, for the buttons' accessible names ("Approve Grace Hopper"). */
  subject: string;
  busy: boolean;
  error?: ApiError;
  onDecide(decision: Decision, reason: string | undefined): void;
}

/** An optional reason and Approve / Decline: the one decision form of both approval pages. */
export function DecisionForm({ subject, busy, error, onDecide }: DecisionFormProps) {
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState<Decision>();

  function decide(decision: Decision) {
    setPending(decision);
    const text = reason.trim();
    onDecide(decision, text === '' ? undefined : text);
  }

  return (
    <div className="decision-form">
      <ErrorBanner error={error} title="The decision was not saved" />
      <TextAreaField
        label="Reason (optional)"
        name="reason"
        rows={2}
        maxLength={1000}
        hint="The participant sees it with your decision."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={error?.fieldMessage('reason')}
        disabled={busy}
      />
      <div className="form-actions">
        <button
          type="button"
          onClick={() => decide('approved')}
          disabled={busy}
          aria-busy={(busy && pending === 'approved') || undefined}
          aria-label={`Approve ${subject}`}
        >
          Approve
        </button>
        <button
          type="button"
          className="button-danger"
          onClick={() => decide('declined')}
          disabled={busy}
          aria-busy={(busy && pending === 'declined') || undefined}
          aria-label={`Decline ${subject}`}
        >
          Decline
        </button>
      </div>
    </div>
  );
}
