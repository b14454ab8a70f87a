import { useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { ProgramPair } from '../../api/programs';
import { ConfirmDialog } from './ConfirmDialog';
import { fieldError } from './fieldErrors';
import { TextAreaField } from '../../components/TextAreaField';

interface EndPairDialogProps {
  pair: ProgramPair;
  onDone(): void;
  onCancel(): void;
}

/** Ends a pair with no fault on either side; the reason is optional. */
export function EndPairDialog({ pair, onDone, onCancel }: EndPairDialogProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function end() {
    setBusy(true);
    setError(undefined);
    try {
      const text = reason.trim();
      await api<unknown>(`/api/pairs/${encodeURIComponent(pair.id)}/end`, { method: 'POST', body: text === '' ? {} : { reason: text } });
      onDone();
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={`End the pair ${pair.mentor.name} and ${pair.mentee.name}?`}
      confirmLabel="End pair"
      danger
      busy={busy}
      error={error}
      errorTitle="The pair was not ended"
      onConfirm={end}
      onCancel={onCancel}
      message={<p>Ending a pair is nobody’s fault. Both people are told the pair has ended; they can be matched again in a later round.</p>}
    >
      <TextAreaField label="Reason (optional)" name="reason" rows={3} hint="Kept in the program’s record." value={reason} onChange={(event) => setReason(event.target.value)} error={fieldError(error, 'reason')} />
    </ConfirmDialog>
  );
}
