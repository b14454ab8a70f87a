// Display helpers shared by the pages.
import type { PersonStatus, Role } from './api/types';

const ROLE_LABELS: Record<Role, string> = {
  org_admin: 'Org admin',
  program_manager: 'Program manager',
  manager: 'Manager',
  participant: 'Participant',
  sponsor: 'Sponsor',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role;
}

export function rolesText(roles: readonly Role[]): string {
  return roles.length === 0 ? 'No roles' : roles.map(roleLabel).join(', ');
}

const STATUS_LABELS: Record<PersonStatus, string> = {
  active: 'Active',
  on_leave: 'On leave',
  departed: 'Departed',
};

export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? capitalize(status.replace(/_/g, ' '));
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDateTime(iso: string | null): string {
  if (iso === null) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A calendar date (YYYY-MM-DD) shown without shifting it into the viewer's time zone. */
export function formatDate(isoDate: string | null): string {
  if (isoDate === null) return '—';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateOnly.format(date);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
