import { useState, type FormEvent } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { SessionResponse } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session';

/** Email + password sign-in. On success the router moves on to the requested page. */
export function SignInPage() {
  const { startSession } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await api<SessionResponse>('/api/auth/login', {
        method: 'POST',
        body: { email: email.trim(), password },
        skipAuthRedirect: true,
      });
      startSession(session);
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  return (
    <section className="page page-narrow">
      <PageHeading title="Sign in" documentTitle="Sign in">
        Sign in to Tandem
      </PageHeading>
      <form className="card form" onSubmit={submit} noValidate>
        <ErrorBanner error={error} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={error?.fieldMessage('email')}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={error?.fieldMessage('password')}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy} aria-busy={busy || undefined}>
            Sign in
          </button>
        </div>
      </form>
    </section>
  );
}
