import { useState, type FormEvent } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { Invitation, Role } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../format';
import { RoleCheckboxes } from '../users/RoleCheckboxes';

interface InviteFormProps {
  initialEmail?: string;
  /** Links the new user to this directory person. */
  personId?: string;
  personName?: string;
  onInvited?(invitation: Invitation): void;
}

/** Sends an invitation email (it lands in the outbox) with the chosen roles. */
export function InviteForm({ initialEmail = '', personId, personName, onInvited }: InviteFormProps) {
  const [email, setEmail] = useState(initialEmail);
  const [roles, setRoles] = useState<Role[]>(['participant']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [sent, setSent] = useState<Invitation>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSent(undefined);
    try {
      const body = { email: email.trim(), roles, ...(personId !== undefined ? { personId } : {}) };
      const invitation = await api<Invitation>('/api/invitations', { method: 'POST', body });
      setSent(invitation);
      if (personId === undefined) setEmail('');
      onInvited?.(invitation);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {personName !== undefined && <p className="muted">The new user account will be linked to {personName}.</p>}
      <ErrorBanner error={error} title="The invitation was not sent" />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={error?.fieldMessage('email')}
      />
      <RoleCheckboxes legend="Roles" value={roles} onChange={setRoles} error={error?.fieldMessage('roles')} disabled={busy} />
      {error?.fieldMessage('personId') !== undefined && <p className="field-error">{error.fieldMessage('personId')}</p>}
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          Send invitation
        </button>
      </div>
      <div role="status" className="form-status">
        {sent !== undefined && (
          <p className="banner banner-success">
            Invitation sent to {sent.email}. It expires {formatDateTime(sent.expiresAt)}; the email is in the outbox.
          </p>
        )}
      </div>
    </form>
  );
}
