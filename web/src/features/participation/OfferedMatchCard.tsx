import { useId, useRef, useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { MyMatch } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../format';
import { ConfirmPanel } from './ConfirmPanel';
import { MatchHeader } from './MatchHeader';
import { PartnerProfile } from './PartnerProfile';

interface OfferedMatchCardProps {
  match: MyMatch;
  onChanged(message: string): void;
}

/** A published match waiting for both answers: who, why, by when, and Accept / Decline. */
export function OfferedMatchCard({ match, onChanged }: OfferedMatchCardProps) {
  const headingId = useId();
  const [confirmingDecline, setConfirmingDecline] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const declineButton = useRef<HTMLButtonElement>(null);
  const partner = match.partner.name;

  async function respond(response: 'accept' | 'decline') {
    setBusy(true);
    setError(undefined);
    try {
      await api<void>(`/api/me/matches/${encodeURIComponent(match.pairId)}/respond`, {
        method: 'POST',
        body: { response },
      });
      setConfirmingDecline(false);
      onChanged(
        response === 'accept'
          ? `You accepted the match with ${partner}.`
          : `You declined the match with ${partner}. You are back in the pool.`,
      );
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card match-card match-offered" aria-labelledby={headingId}>
      <MatchHeader match={match} headingId={headingId} />
      {match.respondBy !== null && (
        <p className="deadline">
          Respond by <strong>{formatDateTime(match.respondBy)}</strong>
        </p>
      )}
      <PartnerProfile partner={match.partner} showEmail={false} />
      {match.reasons.length > 0 && (
        <section aria-labelledby={`${headingId}-why`}>
          <h4 id={`${headingId}-why`}>Why you were paired</h4>
          <ul className="reasons">
            {match.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="responses">
        <span>
          You:{' '}
          <strong>
            {match.myResponse === 'accepted'
              ? 'accepted'
              : match.myResponse === 'declined'
                ? 'declined'
                : 'not answered yet'}
          </strong>
        </span>
        <span>
          {partner}:{' '}
          <strong>
            {match.partnerResponse === 'accepted'
              ? 'accepted'
              : match.partnerResponse === 'declined'
                ? 'declined'
                : 'not answered yet'}
          </strong>
        </span>
      </p>
      {match.myResponse === 'accepted' && (
        <p className="muted">
          The pair starts when {partner} accepts too. Then you will both see each other&apos;s email.
        </p>
      )}
      {match.myResponse === null && !confirmingDecline && (
        <>
          <ErrorBanner error={error} title="Your answer was not saved" />
          <div className="card-actions">
            <button type="button" onClick={() => respond('accept')} disabled={busy} aria-busy={busy || undefined}>
              Accept
            </button>
            <button
              ref={declineButton}
              type="button"
              className="button-secondary"
              onClick={() => setConfirmingDecline(true)}
              disabled={busy}
            >
              Decline
            </button>
          </div>
        </>
      )}
      {confirmingDecline && (
        <ConfirmPanel
          title={`Decline the match with ${partner}?`}
          confirmLabel="Decline the match"
          cancelLabel="Go back"
          danger
          busy={busy}
          error={error}
          onConfirm={() => respond('decline')}
          onCancel={() => {
            setConfirmingDecline(false);
            setError(undefined);
          }}
          returnFocus={declineButton}
        >
          <p>You go back into the pool and will not be paired with this person again.</p>
        </ConfirmPanel>
      )}
    </li>
  );
}
