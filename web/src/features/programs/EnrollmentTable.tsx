import { useId } from 'react';
import type { Approval, Enrollment } from '../../api/programs';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import { SIDE_LABELS } from './labels';
import { PersonCell } from './PersonCell';

interface EnrollmentTableProps {
  enrollments: Enrollment[];
  busy: boolean;
  onOverride(enrollment: Enrollment): void;
}

/** One row per enrolled person: side, enrollment status, the manager's approval, training and pair. */
export function EnrollmentTable({ enrollments, busy, onOverride }: EnrollmentTableProps) {
  const captionId = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0} aria-busy={busy || undefined}>
      <table className="table table-stack">
        <caption id={captionId} className="sr-only">
          Enrolled people
        </caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Side</th>
            <th scope="col">Status</th>
            <th scope="col">Manager’s approval</th>
            <th scope="col">Trained</th>
            <th scope="col">Pair</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {enrollments.map((enrollment) => (
            <tr key={enrollment.id}>
              <th scope="row" className="cell-name">
                <PersonCell person={enrollment.person} />
              </th>
              <td data-label="Side">
                {enrollment.side === null ? <span className="muted">Not chosen</span> : SIDE_LABELS[enrollment.side]}
                {enrollment.side === 'mentor' && enrollment.capacity !== null && enrollment.capacity > 1 && <span className="cell-sub">Up to {enrollment.capacity} mentees</span>}
              </td>
              <td data-label="Status">
                <StatusBadge status={enrollment.status} />
                <span className="cell-sub">{enrollmentDate(enrollment)}</span>
              </td>
              <td data-label="Approval" className="cell-wide">
                <ApprovalCell approval={enrollment.approval} />
              </td>
              <td data-label="Trained">{enrollment.trained ? 'Yes' : <span className="muted">No</span>}</td>
              <td data-label="Pair">{enrollment.pairStatus === null ? <span className="muted">—</span> : <StatusBadge status={enrollment.pairStatus} />}</td>
              <td data-label="Actions" className="cell-wide">
                {enrollment.approval !== null && enrollment.status !== 'withdrawn' && (
                  <button type="button" className="button-small button-secondary" onClick={() => onOverride(enrollment)} aria-label={`Override the approval for ${enrollment.person.name}`}>
                    Override
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function enrollmentDate(enrollment: Enrollment): string {
  if (enrollment.appliedAt !== null) return `Applied ${formatDate(enrollment.appliedAt)}`;
  if (enrollment.invitedAt !== null) return `Invited ${formatDate(enrollment.invitedAt)}`;
  return '';
}

function ApprovalCell({ approval }: { approval: Approval | null }) {
  if (approval === null) return <span className="muted">Not asked yet</span>;
  let who: string;
  if (approval.status === 'pending') who = approval.approver !== null ? `Waiting for ${approval.approver.name}` : 'No manager: a program manager decides';
  else who = `${approval.override ? 'Overridden by' : 'By'} ${approval.decidedBy?.name ?? approval.approver?.name ?? 'a program manager'}${approval.decidedAt !== null ? `, ${formatDate(approval.decidedAt)}` : ''}`;
  return (
    <>
      <StatusBadge status={approval.status} />
      <span className="cell-sub">{who}</span>
      {approval.reason !== null && approval.reason !== '' && <span className="cell-sub">“{approval.reason}”</span>}
    </>
  );
}
