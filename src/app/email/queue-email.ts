import type { Tx } from '../../db/client.js';
import { emails, jobs } from '../../db/schema.js';

export interface OutgoingEmail {
  orgId: string;
  to: string;
  subject: string;
  text: string;
  /** A calendar invitation sent with the email (text/calendar), e.g. a meeting's REQUEST or CANCEL. */
  calendar?: EmailCalendarAttachment | null;
}

export type EmailCalendarAttachment = NonNullable<(typeof emails.$inferInsert)['calendar']>;

/**
 * Every email is a row (the outbox) plus a delivery job, written in the caller's transaction:
 * an email exists if and only if the action that caused it committed.
 */
export async function queueEmail(tx: Tx, email: OutgoingEmail): Promise<string> {
  const [row] = await tx.insert(emails).values(email).returning({ id: emails.id });
  if (!row) throw new Error('email not stored');
  await tx.insert(jobs).values({ orgId: email.orgId, kind: 'deliver-email', payload: { emailId: row.id } });
  return row.id;
}

/** queueEmail for many messages in a few statements (a program invitation to thousands). */
export async function queueEmails(tx: Tx, list: readonly OutgoingEmail[]): Promise<void> {
  for (let i = 0; i < list.length; i += 1000) {
    const batch = list.slice(i, i + 1000);
    const rows = await tx.insert(emails).values([...batch]).returning({ id: emails.id, orgId: emails.orgId });
    await tx.insert(jobs).values(rows.map((r) => ({ orgId: r.orgId, kind: 'deliver-email', payload: { emailId: r.id } })));
  }
}
