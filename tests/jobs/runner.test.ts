import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEmail } from '../../src/app/email/queue-email.js';
import { parseConfig } from '../../src/config/env.js';
import type { Database } from '../../src/db/client.js';
import { emails, jobs, organizations } from '../../src/db/schema.js';
import type { JobDeps } from '../../src/jobs/job.js';
import type { Mailer } from '../../src/jobs/mailer.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { openTestDatabase } from '../support/test-database.js';

let db: Database;
let orgId: string;
const config = parseConfig({});

beforeAll(async () => {
  db = await openTestDatabase();
  const [org] = await db.system((tx) => tx.insert(organizations).values({ slug: 'jobs', name: 'Jobs' }).returning());
  orgId = org!.id;
});
afterAll(() => db.close());

function recordingMailer(fail = false): Mailer & { sent: string[] } {
  const sent: string[] = [];
  return {
    transport: 'smtp',
    sent,
    send: async (m) => {
      if (fail) throw new Error('SMTP refused');
      sent.push(m.to);
    },
  };
}

const deps = (mailer: Mailer): JobDeps => ({ db, config, now: () => new Date(), mailer });

describe('job runner', () => {
  it('delivers a queued email once, even with two runners at the same time', async () => {
    const ids = await db.tenant(orgId, async (tx) =>
      Promise.all([1, 2, 3].map((i) => queueEmail(tx, { orgId, to: `p${i}@example.com`, subject: 'Hi', text: 'Hello' }))),
    );
    const mailer = recordingMailer();
    const [a, b] = await Promise.all([runDueJobs(deps(mailer)), runDueJobs(deps(mailer))]);
    expect(a + b).toBe(3);
    expect(mailer.sent.sort()).toEqual(['p1@example.com', 'p2@example.com', 'p3@example.com']);
    const rows = await db.tenant(orgId, (tx) => tx.select().from(emails));
    expect(rows.filter((r) => ids.includes(r.id)).every((r) => r.status === 'sent' && r.transport === 'smtp')).toBe(true);
    expect(await runDueJobs(deps(mailer))).toBe(0);
  });

  it('retries a failed delivery later and records the error, without the email text', async () => {
    const id = await db.tenant(orgId, (tx) => queueEmail(tx, { orgId, to: 'x@example.com', subject: 'S', text: 'secret body' }));
    await runDueJobs(deps(recordingMailer(true)));
    const [job] = await db.system((tx) => tx.select().from(jobs).where(sql`payload->>'emailId' = ${id}`));
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lastError: 'SMTP refused' });
    expect(job!.runAt.getTime()).toBeGreaterThan(Date.now());
    const [email] = await db.tenant(orgId, (tx) => tx.select().from(emails).where(eq(emails.id, id)));
    expect(email!.status).toBe('pending');
  });

  it('claims again a job whose lease expired (its server died)', async () => {
    const id = await db.tenant(orgId, (tx) => queueEmail(tx, { orgId, to: 'lease@example.com', subject: 'S', text: 'T' }));
    await db.system((tx) =>
      tx.execute(sql`UPDATE jobs SET status = 'running', locked_until = now() - interval '1 minute' WHERE payload->>'emailId' = ${id}`),
    );
    const mailer = recordingMailer();
    await runDueJobs(deps(mailer));
    expect(mailer.sent).toContain('lease@example.com');
  });
});

describe('giving up', () => {
  it('marks the email failed after the last attempt', async () => {
    const id = await db.tenant(orgId, (tx) => queueEmail(tx, { orgId, to: 'never@example.com', subject: 'S', text: 'T' }));
    for (let attempt = 0; attempt < 5; attempt++) {
      await db.system((tx) => tx.execute(sql`UPDATE jobs SET run_at = now() WHERE payload->>'emailId' = ${id} AND status = 'queued'`));
      await runDueJobs(deps(recordingMailer(true)));
    }
    const [job] = await db.system((tx) => tx.select().from(jobs).where(sql`payload->>'emailId' = ${id}`));
    expect(job).toMatchObject({ status: 'failed', attempts: 5 });
    const [email] = await db.tenant(orgId, (tx) => tx.select().from(emails).where(eq(emails.id, id)));
    expect(email).toMatchObject({ status: 'failed', lastError: 'SMTP refused' });
  });
});
