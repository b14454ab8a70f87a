import { useEffect, useState, type ReactNode } from 'react';
import { api, isAbort, toApiError, type ApiError } from '../../api/client';
import type { ApprovalByToken } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import '../../styles/participation.css';
import { formatDate } from '../../format';
import { commitmentText, SIDE_NAMES } from '../participation/labels';
import { DecisionForm, type Decision } from './DecisionForm';

type State =
  | { status: 'loading' }
  | { status: 'ready'; request: ApprovalByToken }
  | { status: 'decided'; request: ApprovalByToken; decision: Decision }
  | { status: 'unusable'; error: ApiError };

/** 404: no such link; 410: expired or withdrawn; 409: already decided. The form can no longer help. */
function isUnusable(error: ApiError): boolean {
  return error.status === 404 || error.status === 409 || error.status === 410;
}

/**
 * /approve#<token> — public page from the approval email: a manager approves or declines a
 * report's place without signing in. Like AcceptInvitePage, the token comes from the URL
 * fragment and only ever travels in request bodies.
 */
export function ApproveByTokenPage({ token }: { token: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    if (token === '') return;
    const controller = new AbortController();
    api<ApprovalByToken>('/api/approvals/lookup', {
      method: 'POST',
      body: { token },
      signal: controller.signal,
      skipAuthRedirect: true,
    }).then(
      (request) => setState({ status: 'ready', request }),
      (caught: unknown) => {
        if (!isAbort(caught)) setState({ status: 'unusable', error: toApiError(caught) });
      },
    );
    return () => controller.abort();
  }, [token]);

  async function decide(request: ApprovalByToken, decision: Decision, reason: string | undefined) {
    setBusy(true);
    setError(undefined);
    try {
      const body = reason === undefined ? { token, decision } : { token, decision, reason };
      await api<void>('/api/approvals/decide-by-token', { method: 'POST', body, skipAuthRedirect: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      if (isUnusable(apiError)) setState({ status: 'unusable', error: apiError });
      else setError(apiError);
      setBusy(false);
      return;
    }
    // The link is spent: take the token out of the address bar and out of this history entry.
    // history.replaceState (not navigate) fires no router event, so this page stays mounted to
    // show the confirmation instead of restarting as an "incomplete link".
    window.history.replaceState(null, '', '/approve');
    setState({ status: 'decided', request, decision });
    setBusy(false);
  }

  if (token === '') {
    return (
      <Unavailable message="This approval link is incomplete.">
        <p>Open the link from the approval email again, or copy the whole link into the address bar.</p>
      </Unavailable>
    );
  }
  if (state.status === 'unusable') {
    const { error: lookupError } = state;
    return (
      <Unavailable message={lookupError} title={lookupError.status === 409 ? 'Already decided' : undefined}>
        {lookupError.status === 410 && (
          <p>
            Approval links work for a limited time. If the request still needs you, the program manager can send a new
            link, or you can sign in to Tandem and open Approvals.
          </p>
        )}
        {lookupError.status === 404 && <p>Check that you opened the whole link from the approval email.</p>}
        {lookupError.status === 409 && (
          <p>Someone already decided this request, so there is nothing left to do. You can close this page.</p>
        )}
      </Unavailable>
    );
  }

  return (
    <section className="page page-narrow" aria-busy={state.status === 'loading' || undefined}>
      <PageHeading title="Approve a place in a mentoring program" documentTitle="Approval" />
      {state.status === 'loading' && <Loading />}
      {state.status === 'ready' && (
        <Request
          request={state.request}
          busy={busy}
          error={error}
          onDecide={(decision, reason) => decide(state.request, decision, reason)}
        />
      )}
      {state.status === 'decided' && (
        <div role="status">
          <p className="banner banner-success">
            {state.decision === 'approved'
              ? `You approved ${state.request.personName}’s place in ${state.request.programName}.`
              : `You declined ${state.request.personName}’s place in ${state.request.programName}.`}{' '}
            You can close this page.
          </p>
        </div>
      )}
    </section>
  );
}

function Request({
  request,
  busy,
  error,
  onDecide,
}: {
  request: ApprovalByToken;
  busy: boolean;
  error?: ApiError;
  onDecide(decision: Decision, reason: string | undefined): void;
}) {
  if (request.status !== 'pending') {
    return (
      <p className="notice">
        This request was already {request.status}. There is nothing left to do; you can close this page.
      </p>
    );
  }
  return (
    <div className="card form">
      <p>
        <strong>{request.personName}</strong> asked to join <strong>{request.programName}</strong>
        {request.side !== null && <> as {SIDE_NAMES[request.side].toLowerCase()}</>}.
      </p>
      <p>{commitmentText(request)}, from {formatDate(request.startDate)} to {formatDate(request.endDate)}.</p>
      {request.motivation !== null && (
        <blockquote className="motivation">
          <p>{request.motivation}</p>
        </blockquote>
      )}
      <p className="muted">
        As their manager, you decide whether they can give this time; a program manager may change the decision later,
        with a recorded reason.
      </p>
      <DecisionForm subject={request.personName} busy={busy} error={error} onDecide={onDecide} />
    </div>
  );
}

function Unavailable({
  message,
  title = 'Approval link unavailable',
  children,
}: {
  message: ApiError | string;
  title?: string;
  children?: ReactNode;
}) {
  return (
    <section className="page page-narrow">
      <PageHeading title={title} />
      <ErrorBanner error={message} />
      {children}
    </section>
  );
}
