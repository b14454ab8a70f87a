import { useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { Enrollment } from '../../api/programs';
import { ConfirmDialog } from './ConfirmDialog';
import { fieldError } from './fieldErrors';
import { programApi } from './paths';
import { RadioGroup } from './RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';

/**
 * The override body's decision, the same values as a manager's decision (approved | declined).
 */
export type OverrideDecision = 'approved' | 'declined';

interface OverrideDialogProps {
  enrollment: Enrollment;
  onDone(decision: OverrideDecision): void;
  onCancel(): void;
}

/** Decide in place of the person's manager: a decision and a reason, which is recorded. */
export function OverrideDialog({ enrollment, onDone, onCancel }: OverrideDialogProps) {
  const [decision, setDecision] = useState<OverrideDecision | ''>('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const approval = enrollment.approval;
  const who = approval?.approver?.name;

  async function confirm() {
    if (decision === '') return;
    setBusy(true);
    setError(undefined);
    try {
      const path = `${programApi(enrollment.programId)}/enrollments/${encodeURIComponent(enrollment.id)}/override`;
      await api<unknown>(path, { method: 'POST', body: { decision, reason: reason.trim() } });
      onDone(decision);
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={`Decide for ${enrollment.person.name}`}
      confirmLabel="Record the decision"
      busy={busy}
      confirmDisabled={decision === '' || reason.trim() === ''}
      error={error}
      errorTitle="The decision was not recorded"
      onConfirm={confirm}
      onCancel={onCancel}
      message={
        <p>
          {who !== undefined ? `You decide in place of ${who}, their manager.` : `${enrollment.person.name} has no manager in the directory, so you decide.`} The decision
          and your reason are recorded with your name.
        </p>
      }
    >
      <RadioGroup
        legend="Decision"
        name="decision"
        value={decision}
        onChange={setDecision}
        error={fieldError(error, 'decision')}
        options={[
          { value: 'approved', label: 'Approve' },
          { value: 'declined', label: 'Decline' },
        ]}
      />
      <TextAreaField label="Reason (required)" name="reason" required rows={3} value={reason} onChange={(event) => setReason(event.target.value)} error={fieldError(error, 'reason')} />
    </ConfirmDialog>
  );
}
