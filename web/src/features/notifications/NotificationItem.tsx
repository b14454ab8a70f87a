import type { AppNotification } from '../../api/programs';
import { Link } from '../../components/Link';
import { formatDateTime } from '../../format';

interface NotificationItemProps {
  notification: AppNotification;
  /** Marks this one read on the server (fire and forget when it is opened). */
  onRead(id: string): void;
}

/** Only an in-app path is followed ("/my/matches"); anything else is shown without a link. */
function appPath(link: string | null): string | null {
  if (link === null || !link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}

/** One notification; unread ones stand out, and opening the link marks it read. */
export function NotificationItem({ notification, onRead }: NotificationItemProps) {
  const unread = notification.readAt === null;
  const href = appPath(notification.link);
  return (
    <li className={unread ? 'notification notification-unread' : 'notification'}>
      <div className="notification-head">
        {unread && <span className="badge badge-unread">New</span>}
        <p className="notification-title">
          {href !== null ? (
            <Link href={href} onClick={() => unread && onRead(notification.id)}>
              {notification.title}
            </Link>
          ) : (
            notification.title
          )}
          {unread && <span className="sr-only"> (unread)</span>}
        </p>
        <span className="notification-time">{formatDateTime(notification.createdAt)}</span>
      </div>
      {notification.body !== '' && <p className="notification-body">{notification.body}</p>}
      {unread && href === null && (
        <button
          type="button"
          className="button-link"
          onClick={() => onRead(notification.id)}
          aria-label={`Mark as read: ${notification.title}`}
        >
          Mark as read
        </button>
      )}
    </li>
  );
}
