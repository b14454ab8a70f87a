import { useId, useRef, useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { MyMatch } from '../../api/programs';
import { Link } from '../../components/Link';
import { ConfirmPanel } from './ConfirmPanel';
import { MatchHeader } from './MatchHeader';
import { PartnerProfile } from './PartnerProfile';
import { TextAreaField } from '../../components/TextAreaField';

interface ActiveMatchCardProps {
  match: MyMatch;
  onChanged(message: string): void;
}

/** My running pair: my partner with their email, and a no-fault way to end it. */
export function ActiveMatchCard({ match, onChanged }: ActiveMatchCardProps) {
  const headingId = useId();
  const [ending, setEnding] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const endButton = useRef<HTMLButtonElement>(null);

  async function end() {
    setBusy(true);
    setError(undefined);
    const text = reason.trim();
    try {
      await api<void>(`/api/me/matches/${encodeURIComponent(match.pairId)}/end`, {
        method: 'POST',
        body: text === '' ? {} : { reason: text },
      });
      setEnding(false);
      onChanged(`Your pair with ${match.partner.name} has ended.`);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card match-card match-active" aria-labelledby={headingId}>
      <MatchHeader match={match} headingId={headingId} />
      <PartnerProfile partner={match.partner} showEmail />
      {match.reasons.length > 0 && (
        <details className="reasons-details">
          <summary>Why you were paired</summary>
          <ul className="reasons">
            {match.reasons.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </details>
      )}
      {!ending && (
        <div className="card-actions">
          <Link href={`/my/pairs/${encodeURIComponent(match.pairId)}`} className="link-button">
            Our pair workspace
          </Link>
          <button ref={endButton} type="button" className="button-secondary" onClick={() => setEnding(true)}>
            End this pair (no fault)
          </button>
        </div>
      )}
      {ending && (
        <ConfirmPanel
          title={`End your pair with ${match.partner.name}?`}
          confirmLabel="End the pair"
          cancelLabel="Keep the pair"
          danger
          busy={busy}
          error={error}
          onConfirm={end}
          onCancel={() => {
            setEnding(false);
            setError(undefined);
          }}
          returnFocus={endButton}
        >
          <p>
            Ending a pair is no one&apos;s fault, and neither of you is blamed for it. The pair cannot be restarted
            afterwards.
          </p>
          <TextAreaField
            label="Reason (optional)"
            name="reason"
            maxLength={1000}
            hint="Helps the program manager; you do not have to give one."
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={error?.fieldMessage('reason')}
            disabled={busy}
          />
        </ConfirmPanel>
      )}
    </li>
  );
}
