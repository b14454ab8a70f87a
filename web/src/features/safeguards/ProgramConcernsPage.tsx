import { useId } from 'react';
import type { Program } from '../../api/programs';
import { programConcernsApi, type ConcernSummary } from '../../api/safeguards';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { programApi } from '../programs/paths';
import { ProgramFrame } from '../programs/ProgramFrame';
import { concernHref, SIDE_LABELS } from './paths';
import '../../styles/safeguards.css';

/** /programs/:programId/concerns: the confidential concerns members raised, for the program's managers. */
export function ProgramConcernsPage({ programId }: { programId: string }) {
  const program = useApi<Program>(programApi(programId));
  const concerns = useApi<ConcernSummary[]>(programConcernsApi(programId));
  const captionId = useId();
  const list = concerns.data;
  return (
    <ProgramFrame programId={programId} program={program} section="concerns">
      {() => (
        <div className="safeguards">
          <p className="lead">Members raise these in confidence: the partner never sees them. Concerns about a pair you are in yourself are not shown to you.</p>
          {concerns.error?.status === 403 ? <p>{concerns.error.message}</p> : <ErrorBanner error={concerns.error} title="Could not load the concerns" />}
          {list !== undefined && list.length === 0 && <EmptyState title="No concerns raised." />}
          {list !== undefined && list.length > 0 && (
            <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className="table table-stack">
                <caption id={captionId} className="sr-only">
                  Concerns
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Raised by</th>
                    <th scope="col">About the pair with</th>
                    <th scope="col">Status</th>
                    <th scope="col">Last message</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <tr key={c.id}>
                      <th scope="row" data-label="Raised by">
                        <Link href={concernHref(c.id)}>{c.raisedBy.name}</Link>
                        <span className="cell-sub">{SIDE_LABELS[c.raisedBy.side]}</span>
                      </th>
                      <td data-label="About the pair with">{c.partnerName}</td>
                      <td data-label="Status">
                        <StatusBadge status={c.status} />
                        {c.awaitingManager && <span className="cell-sub concern-awaiting">Awaiting your reply</span>}
                      </td>
                      <td data-label="Last message">{formatDateTime(c.lastMessageAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </ProgramFrame>
  );
}
