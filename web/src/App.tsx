import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, setCsrfToken, setUnauthorizedHandler, toApiError, type ApiError } from './api/client';
import type { Me, SessionResponse } from './api/types';
import { ErrorBanner } from './components/ErrorBanner';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { PageHeading } from './components/PageHeading';
import { AppRoutes } from './Routes';
import { SessionContext, type SessionContextValue } from './session';

type SessionState = { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'ready'; me: Me | null };

/** Probes the session once, then renders the routed page inside the layout. */
export function App() {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    api<SessionResponse>('/api/auth/session', { skipAuthRedirect: true }).then(
      (session) => {
        if (!active) return;
        setCsrfToken(session.csrfToken);
        setState({ status: 'ready', me: session.user });
      },
      (caught: unknown) => {
        if (!active) return;
        const error = toApiError(caught);
        setState(error.status === 401 ? { status: 'ready', me: null } : { status: 'failed', error });
      },
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  const startSession = useCallback((session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'ready', me: session.user });
  }, []);

  const endSession = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'ready', me: null });
  }, []);

  // Any 401 means the session is gone; the router then sends the user to /sign-in.
  useEffect(() => {
    setUnauthorizedHandler(endSession);
    return () => setUnauthorizedHandler(null);
  }, [endSession]);

  const me = state.status === 'ready' ? state.me : null;
  const session = useMemo<SessionContextValue>(() => ({ me, startSession, endSession }), [me, startSession, endSession]);

  return (
    <SessionContext.Provider value={session}>
      <Layout>
        {state.status === 'loading' && <Loading />}
        {state.status === 'failed' && (
          <>
            <PageHeading title="Tandem is unavailable" />
            <ErrorBanner error={state.error} />
            <button
              type="button"
              onClick={() => {
                setState({ status: 'loading' });
                setAttempt((value) => value + 1);
              }}
            >
              Try again
            </button>
          </>
        )}
        {state.status === 'ready' && <AppRoutes me={state.me} />}
      </Layout>
    </SessionContext.Provider>
  );
}
