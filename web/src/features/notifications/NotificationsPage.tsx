import { useState } from 'react';
import { api, toApiError, withQuery, type ApiError } from '../../api/client';
import type { NotificationsPage as NotificationsPageData } from '../../api/programs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import '../../styles/participation.css';
import { announceNotificationsChanged } from './notificationEvents';
import { NotificationItem } from './NotificationItem';

const PAGE_SIZE = 20;

/** /notifications — what Tandem told me in the app, newest first. */
export function NotificationsPage() {
  const [page, setPage] = useState(1);
  const [refresh, setRefresh] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const notifications = useApi<NotificationsPageData>(withQuery('/api/notifications', { page, pageSize: PAGE_SIZE }), {
    refreshKey: refresh,
  });
  const data = notifications.data;

  async function markRead(body: { ids: string[] } | { all: true }) {
    setError(undefined);
    await api<void>('/api/notifications/read', { method: 'POST', body });
    announceNotificationsChanged();
    setRefresh((value) => value + 1);
  }

  function readOne(id: string) {
    // Fired as the link opens another page: a failure there is not worth interrupting for.
    markRead({ ids: [id] }).catch(() => undefined);
  }

  async function readAll() {
    setBusy(true);
    try {
      await markRead({ all: true });
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page" aria-busy={notifications.loading || undefined}>
      <PageHeading title="Notifications" />
      <div className="toolbar notifications-toolbar">
        <p className="results-status" role="status">
          {data ? (data.unread === 0 ? 'Nothing unread.' : `${plural(data.unread, 'unread notification')}.`) : ''}
        </p>
        <button
          type="button"
          className="button-secondary"
          onClick={readAll}
          disabled={busy || data === undefined || data.unread === 0}
          aria-busy={busy || undefined}
        >
          Mark all as read
        </button>
      </div>
      {notifications.loading && data === undefined && <Loading />}
      <ErrorBanner error={notifications.error} title="Could not load your notifications" />
      <ErrorBanner error={error} title="Could not mark them as read" />
      {data && data.items.length === 0 && !notifications.loading && (
        <EmptyState title={data.total === 0 ? 'No notifications yet.' : 'There is nothing on this page.'} />
      )}
      {data && data.items.length > 0 && (
        <ul className="notification-list" aria-label="Your notifications">
          {data.items.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onRead={readOne} />
          ))}
        </ul>
      )}
      {data && data.total > 0 && (
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={data.total}
          noun="notifications"
          nounOne="notification"
          disabled={notifications.loading}
          onPage={setPage}
        />
      )}
    </section>
  );
}
