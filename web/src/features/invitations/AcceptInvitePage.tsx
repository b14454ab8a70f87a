import { useState, type FormEvent } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { InvitationPreview, SessionResponse } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, rolesText } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate } from '../../router';
import { useSession } from '../../session';

/** /invite/:token — public page where an invited person names themselves and sets a password. */
export function AcceptInvitePage({ token }: { token: string }) {
  const { startSession } = useSession();
  const preview = useApi<InvitationPreview>(`/api/invitations/accept/${encodeURIComponent(token)}`, { skipAuthRedirect: true });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { token, name: name.trim(), password };
      const session = await api<SessionResponse>('/api/invitations/accept', { method: 'POST', body, skipAuthRedirect: true });
      startSession(session);
      navigate('/', { replace: true });
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  const invitation = preview.data;
  return (
    <section className="page page-narrow">
      <PageHeading title={preview.error ? 'Invitation unavailable' : 'Accept your invitation'} />
      {preview.loading && <Loading />}
      {preview.error && (
        <>
          <ErrorBanner error={preview.error} />
          <p>Ask the person who invited you to send a new invitation.</p>
        </>
      )}
      {invitation && !preview.error && (
        <form className="card form" onSubmit={submit} noValidate>
          <p>
            You are invited to join <strong>{invitation.orgName}</strong> on Tandem as {rolesText(invitation.roles)}.
          </p>
          <p className="muted">
            Your account: {invitation.email}. This invitation expires {formatDateTime(invitation.expiresAt)}.
          </p>
          <ErrorBanner error={error} />
          <Field label="Your name" name="name" autoComplete="name" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} error={error?.fieldMessage('name')} />
          <Field
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
            hint="8 to 128 characters."
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={error?.fieldMessage('password')}
          />
          <div className="form-actions">
            <button type="submit" disabled={busy} aria-busy={busy || undefined}>
              Create my account
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
