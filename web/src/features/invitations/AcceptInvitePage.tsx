import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, isAbort, toApiError, type ApiError } from '../../api/client';
import type { InvitationPreview, SessionResponse } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, rolesText } from '../../format';
import { navigate } from '../../router';
import { useSession } from '../../session';

type Lookup = { status: 'loading' } | { status: 'ready'; invitation: InvitationPreview } | { status: 'unusable'; error: ApiError };

/** The link itself is broken (404) or can no longer be used (410: used, revoked or expired). */
function isUnusable(error: ApiError): boolean {
  return error.status === 404 || error.status === 410;
}

/**
 * /invite#<token> — public page where an invited person names themselves and sets a password.
 * The token comes from the URL fragment (the router reads it), so it never reaches server logs;
 * it is only ever sent in request bodies.
 */
export function AcceptInvitePage({ token }: { token: string }) {
  const { startSession } = useSession();
  const [lookup, setLookup] = useState<Lookup>({ status: 'loading' });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    if (token === '') return;
    const controller = new AbortController();
    api<InvitationPreview>('/api/invitations/lookup', { method: 'POST', body: { token }, signal: controller.signal, skipAuthRedirect: true }).then(
      (invitation) => setLookup({ status: 'ready', invitation }),
      (caught: unknown) => {
        if (!isAbort(caught)) setLookup({ status: 'unusable', error: toApiError(caught) });
      },
    );
    return () => controller.abort();
  }, [token]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    let session: SessionResponse;
    try {
      const body = { token, name: name.trim(), password };
      session = await api<SessionResponse>('/api/invitations/accept', { method: 'POST', body, skipAuthRedirect: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      // Used in another tab, revoked or expired meanwhile: the form can no longer help.
      if (isUnusable(apiError)) setLookup({ status: 'unusable', error: apiError });
      else setError(apiError);
      setBusy(false);
      return;
    }
    // Both updates render together. Replacing (not pushing) takes the token out of the address
    // bar and out of the history entry that held it.
    startSession(session);
    navigate('/', { replace: true });
  }

  if (token === '') {
    return (
      <Unavailable message="This invitation link is incomplete.">
        <p>Open the link from your invitation email again, or copy the whole link into the address bar.</p>
      </Unavailable>
    );
  }
  if (lookup.status === 'unusable') {
    const { error: lookupError } = lookup;
    return (
      <Unavailable message={lookupError}>
        {lookupError.status === 410 ? (
          <p>
            Already have an account? <Link href="/sign-in">Sign in</Link>.
          </p>
        ) : lookupError.status === 404 ? (
          <p>Check that you opened the whole link from your invitation email, or ask the person who invited you to send a new invitation.</p>
        ) : null}
      </Unavailable>
    );
  }

  return (
    <section className="page page-narrow">
      <PageHeading title="Accept your invitation" />
      {lookup.status === 'loading' && <Loading />}
      {lookup.status === 'ready' && (
        <form className="card form" onSubmit={submit} noValidate>
          <p>
            You are invited to join <strong>{lookup.invitation.orgName}</strong> on Tandem as {rolesText(lookup.invitation.roles)}.
          </p>
          <p className="muted">
            Your account: {lookup.invitation.email}. This invitation expires {formatDateTime(lookup.invitation.expiresAt)}.
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

function Unavailable({ message, children }: { message: ApiError | string; children?: ReactNode }) {
  return (
    <section className="page page-narrow">
      <PageHeading title="Invitation unavailable" />
      <ErrorBanner error={message} />
      {children}
    </section>
  );
}
