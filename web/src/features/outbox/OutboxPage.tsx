import { useState } from 'react';
import { withQuery } from '../../api/client';
import type { OutboxMessage, Page } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { useApi } from '../../hooks/useApi';
import { OutboxItem } from './OutboxItem';

const PAGE_SIZE = 20;

/** /outbox: every email Tandem has queued or sent, newest first. */
export function OutboxPage() {
  const [page, setPage] = useState(1);
  const messages = useApi<Page<OutboxMessage>>(withQuery('/api/outbox', { page, pageSize: PAGE_SIZE }));
  const data = messages.data;
  return (
    <section className="page">
      <PageHeading title="Outbox" />
      <p className="lead">Emails Tandem has sent or is about to send, newest first. Open one to read it.</p>
      <div className="toolbar">
        <button type="button" className="button-secondary" onClick={messages.reload} disabled={messages.loading}>
          Refresh
        </button>
      </div>
      <ErrorBanner error={messages.error} title="Could not load the outbox" />
      {data && data.items.length === 0 && <EmptyState title="No emails yet." />}
      {data && data.items.length > 0 && (
        <ul className="outbox-list" aria-busy={messages.loading || undefined}>
          {data.items.map((message) => (
            <OutboxItem key={message.id} message={message} />
          ))}
        </ul>
      )}
      {data && data.total > 0 && <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} noun="emails" nounOne="email" disabled={messages.loading} onPage={setPage} />}
    </section>
  );
}
