import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEmail } from '../../src/app/email/queue-email.js';
import { parseConfig } from '../../src/config/env.js';
import type { Database } from '../../src/db/client.js';
import { emails, organizations } from '../../src/db/schema.js';
import { createMailer } from '../../src/jobs/mailer.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { startFakeSmtp, type FakeSmtp } from '../support/fake-smtp.js';
import { openTestDatabase } from '../support/test-database.js';

let db: Database;
let smtp: FakeSmtp;

beforeAll(async () => {
  db = await openTestDatabase();
  smtp = await startFakeSmtp();
});
afterAll(async () => {
  await smtp.close();
  await db.close();
});

describe('delivery over SMTP', () => {
  it('sends a queued email through the configured SMTP server and marks it sent', async () => {
    const [org] = await db.system((tx) => tx.insert(organizations).values({ slug: 'smtp', name: 'SMTP' }).returning());
    const orgId = org!.id;
    const id = await db.tenant(orgId, (tx) => queueEmail(tx, { orgId, to: 'ana@example.com', subject: 'Invitation', text: 'Hello Ana' }));
    const config = parseConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Tandem <tandem@example.com>' });
    await runDueJobs({ db, config, now: () => new Date(), mailer: createMailer(config.smtpUrl) });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.to[0]).toContain('ana@example.com');
    expect(smtp.messages[0]!.data).toContain('Subject: Invitation');
    expect(smtp.messages[0]!.data).toContain('Hello Ana');
    const [email] = await db.tenant(orgId, (tx) => tx.select().from(emails).where(eq(emails.id, id)));
    expect(email).toMatchObject({ status: 'sent', transport: 'smtp' });
  });
});
