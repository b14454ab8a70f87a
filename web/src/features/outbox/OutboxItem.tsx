import type { OutboxMessage } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../format';

/** One email: the summary line opens the full text (links stay visible as plain text). */
export function OutboxItem({ message }: { message: OutboxMessage }) {
  return (
    <li className="outbox-item">
      <details>
        <summary>
          <span className="outbox-subject">{message.subject}</span>
          <span className="outbox-meta">
            To {message.to} · {formatDateTime(message.createdAt)} <StatusBadge status={message.status} />
          </span>
        </summary>
        <div className="outbox-body">
          <p className="muted">{message.sentAt === null ? 'Not sent yet.' : `Sent ${formatDateTime(message.sentAt)}.`}</p>
          <pre className="message-text">{message.text}</pre>
        </div>
      </details>
    </li>
  );
}
