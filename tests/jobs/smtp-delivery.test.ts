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

  it('sends a meeting invitation as text/calendar with METHOD:REQUEST, and the .ics attached', async () => {
    const [org] = await db.system((tx) => tx.insert(organizations).values({ slug: 'smtp-ics', name: 'SMTP ics' }).returning());
    const orgId = org!.id;
    const content = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Tandem//Test//EN', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:m-1@tandem', 'SEQUENCE:0', 'DTSTAMP:20270101T000000Z', 'DTSTART:20270105T100000Z', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    await db.tenant(orgId, (tx) => queueEmail(tx, { orgId, to: 'bo@example.com', subject: 'Meeting', text: 'See you', calendar: { method: 'REQUEST', filename: 'invite.ics', content } }));
    const config = parseConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Tandem <tandem@example.com>' });
    const before = smtp.messages.length;
    await runDueJobs({ db, config, now: () => new Date(), mailer: createMailer(config.smtpUrl) });
    expect(smtp.messages).toHaveLength(before + 1);
    const data = smtp.messages.at(-1)!.data;
    expect(data).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(data).toMatch(/filename=invite\.ics/);
    // Each MIME part's body, decoded: the calendar arrives intact.
    const decoded = data
      .split(/\n--/)
      .map((part) => {
        const [head = '', ...rest] = part.split('\n\n');
        const body = rest.join('\n\n');
        if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) return body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
        return body;
      })
      .join('\n');
    expect(decoded).toContain('METHOD:REQUEST');
    expect(decoded).toContain('UID:m-1@tandem');
  });
});
