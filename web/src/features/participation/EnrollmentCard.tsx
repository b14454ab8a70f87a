import { useId, useRef, useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { MyEnrollment, MyMatch } from '../../api/programs';
import { Link } from '../../components/Link';
import { ApplyForm } from './ApplyForm';
import { ConfirmPanel } from './ConfirmPanel';
import { SIDE_NAMES } from './labels';
import { canWithdraw, nextStep } from './nextStep';
import { ProgramFacts } from './ProgramFacts';

interface EnrollmentCardProps {
  enrollment: MyEnrollment;
  /** This program's offered pair, for its answer deadline. */
  offeredMatch?: MyMatch;
  profileHasSkills: boolean;
  /** Something changed on the server: the page reloads and says `message`. */
  onChanged(message: string): void;
}

/** One program I am invited to or enrolled in: where I stand, and the one thing to do next. */
export function EnrollmentCard({ enrollment, offeredMatch, profileHasSkills, onChanged }: EnrollmentCardProps) {
  const headingId = useId();
  const [applying, setApplying] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const { program, training, approval } = enrollment;
  const step = nextStep(enrollment, offeredMatch);
  const invited = enrollment.status === 'invited';
  const paired = enrollment.pairStatus === 'offered' || enrollment.pairStatus === 'active';
  const showTraining = enrollment.status === 'approved' && training.total > 0 && program.status !== 'closed';

  async function withdraw() {
    setBusy(true);
    setError(undefined);
    try {
      await api<void>(`/api/me/enrollments/${encodeURIComponent(enrollment.id)}/withdraw`, {
        method: 'POST',
        body: {},
      });
      setConfirming(false);
      onChanged(invited ? `You declined the invitation to ${program.name}.` : `You withdrew from ${program.name}.`);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card program-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{program.name}</h3>
      <p className={`next-step next-step-${step.tone}`}>
        <span className="sr-only">Status: </span>
        {step.text}
      </p>
      {enrollment.status === 'applied' && approval?.approver && (
        <p className="muted">Your manager in the directory: {approval.approver.name}.</p>
      )}
      {enrollment.status === 'declined' && approval?.reason && <p className="muted">Reason given: {approval.reason}</p>}
      {enrollment.side !== null && !invited && <p className="muted">Your side: {SIDE_NAMES[enrollment.side]}</p>}
      <ProgramFacts program={program} />
      {training.total > 0 && enrollment.status === 'approved' && (
        <p className="training-line">
          Training: {training.completed} of {training.total} modules complete
          {training.required ? ' (needed before matching)' : ''}
        </p>
      )}
      {!applying && !confirming && (
        <div className="card-actions">
          {invited && (
            <button type="button" onClick={() => setApplying(true)} aria-label={`Apply to ${program.name}`}>
              Apply
            </button>
          )}
          {showTraining && (
            <Link
              className={training.completed < training.total ? 'button-like button-like-primary' : 'button-like'}
              href={`/my/programs/${encodeURIComponent(program.id)}/training`}
            >
              {training.completed < training.total ? 'Open your training' : 'Review your training'}
            </Link>
          )}
          {paired && (
            <Link
              className={enrollment.pairStatus === 'offered' ? 'button-like button-like-primary' : 'button-like'}
              href="/my/matches"
            >
              {enrollment.pairStatus === 'offered' ? 'See your match and respond' : 'See your match'}
            </Link>
          )}
          {canWithdraw(enrollment) && (
            <button
              ref={withdrawButton}
              type="button"
              className="button-secondary"
              onClick={() => setConfirming(true)}
              aria-label={`${invited ? 'Decline invitation to' : 'Withdraw from'} ${program.name}`}
            >
              {invited ? 'Decline invitation' : 'Withdraw'}
            </button>
          )}
        </div>
      )}
      {applying && (
        <ApplyForm
          program={program}
          initialSide={enrollment.side}
          profileHasSkills={profileHasSkills}
          onCancel={() => setApplying(false)}
          onApplied={() => {
            setApplying(false);
            onChanged(`Your application to ${program.name} is sent.`);
          }}
        />
      )}
      {confirming && (
        <ConfirmPanel
          title={invited ? `Decline the invitation to ${program.name}?` : `Withdraw from ${program.name}?`}
          confirmLabel={invited ? 'Decline invitation' : 'Withdraw'}
          cancelLabel="Keep my place"
          danger
          busy={busy}
          error={error}
          onConfirm={withdraw}
          onCancel={() => {
            setConfirming(false);
            setError(undefined);
          }}
          returnFocus={withdrawButton}
        >
          <p>
            {invited
              ? 'You will not take part in this program.'
              : 'You leave the program. A pending approval or a match in progress is cancelled.'}
          </p>
        </ConfirmPanel>
      )}
    </li>
  );
}
