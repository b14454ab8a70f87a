import type { Tx } from '../db/client.js';
import { jobs } from '../db/schema.js';

/**
 * Schedules a job in the caller's transaction. The dedupe key makes scheduling idempotent: the
 * same reminder or deadline scheduled twice is one job.
 */
export async function scheduleJob(
  tx: Tx,
  job: { orgId: string; kind: string; payload: Record<string, unknown>; runAt: Date; dedupeKey: string },
): Promise<void> {
  await tx.insert(jobs).values(job).onConflictDoNothing({ target: jobs.dedupeKey });
}
