import { useState } from 'react';
import { withQuery } from '../../api/client';
import type { ApprovalRequest } from '../../api/programs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation } from '../../router';
import '../../styles/participation.css';
import { ApprovalCard } from './ApprovalCard';

type View = 'pending' | 'decided';

const VIEWS: ReadonlyArray<{ value: View; label: string }> = [
  { value: 'pending', label: 'Waiting for you' },
  { value: 'decided', label: 'Decided' },
];

/**
 * /approvals — requests to join a program that this user decides: as the person's manager, or
 * as program manager when the person has none. The view is in the URL (?status=decided).
 */
export function ApprovalsPage() {
  const { search } = useLocation();
  const view: View = new URLSearchParams(search).get('status') === 'decided' ? 'decided' : 'pending';
  const [refresh, setRefresh] = useState(0);
  const [message, setMessage] = useState('');
  const requests = useApi<ApprovalRequest[]>(withQuery('/api/approvals', { status: view }), { refreshKey: refresh });
  // While another view loads, useApi still holds the previous one: show only what fits this view.
  const list = (requests.data ?? []).filter((request) => (view === 'pending') === (request.status === 'pending'));

  return (
    <section className="page" aria-busy={requests.loading || undefined}>
      <PageHeading title="Approvals" />
      <p className="lead">
        Someone you manage asked to join a mentoring program. Programs ask for the manager&apos;s OK before anyone takes
        part.
      </p>
      <div className="segmented" role="group" aria-label="Show">
        {VIEWS.map((item) => (
          <button
            key={item.value}
            type="button"
            className="segmented-option"
            aria-pressed={view === item.value}
            onClick={() => {
              setMessage('');
              navigate(item.value === 'pending' ? '/approvals' : '/approvals?status=decided');
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="status" className="status-region">
        {message !== '' && <p className="banner banner-success">{message}</p>}
      </div>
      {requests.loading && requests.data === undefined && <Loading />}
      <ErrorBanner error={requests.error} title="Could not load the requests" />
      {requests.data && !requests.loading && list.length === 0 && (
        <EmptyState
          title={view === 'pending' ? 'Nothing is waiting for your decision.' : 'You have not decided any request yet.'}
        />
      )}
      {list.length > 0 && (
        <ul className="card-list">
          {list.map((request) => (
            <ApprovalCard
              key={request.enrollmentId}
              request={request}
              onDecided={(text) => {
                setMessage(text);
                setRefresh((value) => value + 1);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
