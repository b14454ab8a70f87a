import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { ConfirmDialog } from './ConfirmDialog';
import { fieldError } from './fieldErrors';
import { TextAreaField } from '../../components/TextAreaField';

interface RuleBreakConfirmProps {
  title: string;
  /** The server's 409 confirmation_required message, naming the rules the edit breaks. */
  message: string;
  confirmLabel: string;
  busy: boolean;
  error: ApiError | undefined;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** Asks for a reason before an edit that breaks a matching rule is sent again, flagged. */
export function RuleBreakConfirm({ title, message, confirmLabel, busy, error, onConfirm, onCancel }: RuleBreakConfirmProps) {
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      danger
      busy={busy}
      confirmDisabled={reason.trim() === ''}
      error={error}
      errorTitle="The change was not made"
      onConfirm={() => onConfirm(reason.trim())}
      onCancel={onCancel}
      message={
        <>
          <p className="banner banner-warning">{message}</p>
          <p>If you go ahead, the pair is kept and flagged, and your reason is recorded with your name.</p>
        </>
      }
    >
      <TextAreaField label="Reason (required)" name="reason" required rows={3} value={reason} onChange={(event) => setReason(event.target.value)} error={fieldError(error, 'reason')} />
    </ConfirmDialog>
  );
}
