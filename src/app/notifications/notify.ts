// One event, one person: an in-app notification and an email, in the caller's transaction, so
// both exist exactly when the event committed. Text comes only from the templates.
import { and, eq, inArray } from 'drizzle-orm';
import { renderMessage, type NotificationMessage } from '../../core/notifications/templates.js';
import type { Tx } from '../../db/client.js';
import { notifications, people } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { queueEmails, type EmailCalendarAttachment } from '../email/queue-email.js';

export function appUrl(deps: Deps): string {
  return (deps.config.publicUrl ?? `http://localhost:${deps.config.port}`).replace(/\/+$/, '');
}

export interface Notice {
  personId: string;
  message: NotificationMessage;
  /** Sent with this person's email only (built for their time zone). */
  calendar?: EmailCalendarAttachment | undefined;
}

export async function notify(deps: Deps, tx: Tx, orgId: string, personId: string, message: NotificationMessage): Promise<void> {
  await notifyMany(deps, tx, orgId, [{ personId, message }]);
}

export async function notifyMany(deps: Deps, tx: Tx, orgId: string, notices: readonly Notice[]): Promise<void> {
  const base = appUrl(deps);
  const now = deps.now();
  for (let i = 0; i < notices.length; i += 1000) {
    const batch = notices.slice(i, i + 1000);
    const ids = [...new Set(batch.map((n) => n.personId))];
    const found = await tx.select({ id: people.id, name: people.name, email: people.email }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, ids)));
    const byId = new Map(found.map((p) => [p.id, p]));
    const rendered = batch.flatMap((n) => {
      const person = byId.get(n.personId);
      return person ? [{ person, kind: n.message.kind, r: renderMessage(n.message, person.name, base), calendar: n.calendar ?? null }] : [];
    });
    if (!rendered.length) continue;
    await tx.insert(notifications).values(rendered.map(({ person, kind, r }) => ({ orgId, personId: person.id, kind, title: r.title, body: r.body, link: r.link, createdAt: now })));
    await queueEmails(tx, rendered.map(({ person, r, calendar }) => ({ orgId, to: person.email, subject: r.title, text: r.email, calendar })));
  }
}
