import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { NotificationsPage } from '../../api/programs';
import { Link } from '../../components/Link';
import { useLocation } from '../../router';
import '../../styles/participation.css';
import { onNotificationsChanged } from './notificationEvents';

interface NotificationBellProps {
  /** How often to recount, in milliseconds (default: every 60 s). */
  intervalMs?: number;
}

/**
 * A link to /notifications with the unread count. Mount it only for a signed-in user. It polls
 * quietly: any error (offline, session gone) keeps the last count and never redirects, since the
 * page's own calls already handle those.
 */
export function NotificationBell({ intervalMs = 60_000 }: NotificationBellProps) {
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    let controller: AbortController | undefined;
    function count() {
      if (document.visibilityState === 'hidden') return;
      controller?.abort();
      const current = new AbortController();
      controller = current;
      api<NotificationsPage>('/api/notifications?pageSize=1', { signal: current.signal, skipAuthRedirect: true }).then(
        (page) => setUnread(page.unread),
        () => undefined,
      );
    }
    count();
    const timer = window.setInterval(count, intervalMs);
    const stopListening = onNotificationsChanged(count);
    document.addEventListener('visibilitychange', count);
    return () => {
      window.clearInterval(timer);
      stopListening();
      document.removeEventListener('visibilitychange', count);
      controller?.abort();
    };
  }, [intervalMs]);

  const label = unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;
  return (
    <Link
      href="/notifications"
      className="notification-bell"
      aria-label={label}
      aria-current={pathname === '/notifications' ? 'page' : undefined}
    >
      <svg
        className="notification-bell-icon"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        aria-hidden="true"
        focusable="false"
      >
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span className="notification-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
