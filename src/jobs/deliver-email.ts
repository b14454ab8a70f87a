import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { emails } from '../db/schema.js';
import type { JobDefinition } from './job.js';

const Payload = z.object({ emailId: z.uuid() });

export const deliverEmail: JobDefinition<typeof Payload> = {
  kind: 'deliver-email',
  payload: Payload,
  async run(deps, job) {
    const [email] = await deps.db.tenant(job.orgId, (tx) =>
      tx.select().from(emails).where(and(eq(emails.orgId, job.orgId), eq(emails.id, job.payload.emailId))),
    );
    // Already sent (a retry after a crash between send and commit): do not send twice.
    if (!email || email.status === 'sent') return;
    const calendar = email.calendar ? { icalEvent: { method: email.calendar.method, filename: email.calendar.filename, content: email.calendar.content } } : {};
    await deps.mailer.send({ from: deps.config.mailFrom, to: email.to, subject: email.subject, text: email.text, ...calendar });
    await deps.db.tenant(job.orgId, (tx) =>
      tx
        .update(emails)
        .set({ status: 'sent', sentAt: deps.now(), transport: deps.mailer.transport, lastError: null })
        .where(eq(emails.id, email.id)),
    );
  },
  async giveUp(deps, job, error) {
    await deps.db.tenant(job.orgId, (tx) =>
      tx
        .update(emails)
        .set({ status: 'failed', lastError: error })
        .where(and(eq(emails.orgId, job.orgId), eq(emails.id, job.payload.emailId))),
    );
  },
};
