import { statusLabel } from '../format';

/** A coloured pill for a status value (active, on_leave, departed, pending, sent, failed…). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status.replace(/[^a-z_]/g, '')}`}>{statusLabel(status)}</span>;
}
