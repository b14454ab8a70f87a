import { useId, useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { ApprovalRequest } from '../../api/programs';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../format';
import { MODE_LABELS, SIDE_NAMES } from '../participation/labels';
import { DecisionForm, type Decision } from './DecisionForm';

interface ApprovalCardProps {
  request: ApprovalRequest;
  onDecided(message: string): void;
}

/** One person asking to join a program: who, what, why, and (while pending) the decision. */
export function ApprovalCard({ request, onDecided }: ApprovalCardProps) {
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const { person, program } = request;

  async function decide(decision: Decision, reason: string | undefined) {
    setBusy(true);
    setError(undefined);
    try {
      const body = reason === undefined ? { decision } : { decision, reason };
      await api<void>(`/api/approvals/${encodeURIComponent(request.enrollmentId)}/decide`, { method: 'POST', body });
      onDecided(`${decision === 'approved' ? 'Approved' : 'Declined'}: ${person.name} in ${program.name}.`);
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  const role = [person.jobTitle, person.department].filter(Boolean).join(' · ');
  return (
    <li className="card approval-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {person.name} <span className="muted">· {program.name}</span>
      </h3>
      {role !== '' && <p className="muted">{role}</p>}
      {request.asProgramManager && (
        <p className="notice">{person.name} has no manager in the directory — you decide as program manager.</p>
      )}
      <dl className="details">
        <div className="details-row">
          <dt>Program</dt>
          <dd>
            {program.name} <span className="muted">({MODE_LABELS[program.mode]})</span>
          </dd>
        </div>
        <div className="details-row">
          <dt>Side</dt>
          <dd>{request.side === null ? <span className="muted">Not chosen yet</span> : SIDE_NAMES[request.side]}</dd>
        </div>
        <div className="details-row">
          <dt>Requested</dt>
          <dd>{formatDateTime(request.requestedAt)}</dd>
        </div>
        {request.status !== 'pending' && (
          <div className="details-row">
            <dt>Decision</dt>
            <dd>
              <StatusBadge status={request.status} /> {formatDateTime(request.decidedAt)}
            </dd>
          </div>
        )}
      </dl>
      <div>
        <p className="term">Motivation</p>
        {request.motivation ? (
          <blockquote className="motivation">{request.motivation}</blockquote>
        ) : (
          <p className="muted">No motivation given.</p>
        )}
      </div>
      {request.status !== 'pending' && request.reason && <p>Reason given: {request.reason}</p>}
      {request.status === 'pending' && (
        <DecisionForm subject={`${person.name} for ${program.name}`} busy={busy} error={error} onDecide={decide} />
      )}
    </li>
  );
}
