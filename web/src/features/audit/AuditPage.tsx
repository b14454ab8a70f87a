import { useState } from 'react';
import { withQuery } from '../../api/client';
import type { AuditEntry, Page } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';

const PAGE_SIZE = 50;

/** /audit: who did what, when, from where. */
export function AuditPage() {
  const [page, setPage] = useState(1);
  const entries = useApi<Page<AuditEntry>>(withQuery('/api/audit', { page, pageSize: PAGE_SIZE }));
  const data = entries.data;
  return (
    <section className="page">
      <PageHeading title="Audit log" />
      <ErrorBanner error={entries.error} title="Could not load the audit log" />
      {data && data.items.length === 0 && <EmptyState title="Nothing has been recorded yet." />}
      {data && data.items.length > 0 && (
        <div className="table-wrap" role="region" aria-label="Audit entries" tabIndex={0} aria-busy={entries.loading || undefined}>
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">IP address</th>
                <th scope="col">Request</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{formatDateTime(entry.at)}</td>
                  <td>{entry.actor?.email ?? <span className="muted">System</span>}</td>
                  <td className="mono">{entry.action}</td>
                  <td className="mono">{entry.target ?? '—'}</td>
                  <td className="mono">{entry.ip ?? '—'}</td>
                  <td className="mono">{entry.requestId ?? '—'}</td>
                  <td>
                    <Details details={entry.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.total > 0 && <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} noun="entries" nounOne="entry" disabled={entries.loading} onPage={setPage} />}
    </section>
  );
}

function Details({ details }: { details: Record<string, unknown> }) {
  const keys = Object.keys(details ?? {});
  if (keys.length === 0) return <span className="muted">—</span>;
  return <code className="details-json">{JSON.stringify(details)}</code>;
}
