import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { deliverEmail } from './deliver-email.js';
import type { JobDefinition, JobDeps } from './job.js';
import { approvalReminder, offerDeadline, rematch } from './program-jobs.js';
import { agreementReminder } from './workspace-jobs.js';
import { cadenceCheck, meetingReminder } from './meeting-jobs.js';
import { checkinDue, pulseCheck } from './safeguard-jobs.js';
import { outcomesRefresh } from './outcome-jobs.js';
import { reviewReminder } from './review-jobs.js';
import { surveyEndOfCycle, surveyFitCheck, surveyPulse, surveyReminder } from './survey-jobs.js';

const DEFINITIONS = [
  deliverEmail,
  approvalReminder,
  offerDeadline,
  rematch,
  agreementReminder,
  meetingReminder,
  cadenceCheck,
  pulseCheck,
  checkinDue,
  surveyPulse,
  surveyEndOfCycle,
  surveyFitCheck,
  surveyReminder,
  outcomesRefresh,
  reviewReminder,
] as unknown as JobDefinition[];
const MAX_ATTEMPTS = 5;
const LEASE_SECONDS = 300;

type ClaimedJob = {
  id: number;
  org_id: string;
  kind: string;
  payload: unknown;
  attempts: number;
};

/**
 * Claims due jobs with FOR UPDATE SKIP LOCKED, so any number of app servers can share one queue
 * without running a job twice. A claim is a lease: a job whose server died is claimed again.
 */
export async function runDueJobs(deps: JobDeps, log?: Pick<Logger, 'warn'>, batch = 10): Promise<number> {
  const claimed = await deps.db.system(async (tx) => {
    const result = await tx.execute<ClaimedJob>(sql`
      UPDATE jobs SET status = 'running', attempts = attempts + 1,
        locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
      WHERE id IN (
        SELECT id FROM jobs
        WHERE (status = 'queued' AND run_at <= now()) OR (status = 'running' AND locked_until < now())
        ORDER BY run_at LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING id, org_id, kind, payload, attempts`);
    return result.rows;
  });
  for (const job of claimed) await runOne(deps, job, log);
  return claimed.length;
}

async function runOne(deps: JobDeps, job: ClaimedJob, log?: Pick<Logger, 'warn'>): Promise<void> {
  const definition = DEFINITIONS.find((d) => d.kind === job.kind);
  try {
    if (!definition) throw new Error(`unknown job kind ${job.kind}`);
    await definition.run(deps, { orgId: job.org_id, payload: definition.payload.parse(job.payload) });
    await deps.db.system((tx) => tx.execute(sql`UPDATE jobs SET status = 'done', locked_until = NULL WHERE id = ${job.id}`));
  } catch (err) {
    // The message can name an SMTP host or an address, never email content.
    const message = (err as Error).message.slice(0, 500);
    log?.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, err: message }, 'job failed');
    const failed = job.attempts >= MAX_ATTEMPTS;
    const parsed = definition?.payload.safeParse(job.payload);
    if (failed && definition?.giveUp && parsed?.success) {
      await definition.giveUp(deps, { orgId: job.org_id, payload: parsed.data }, message);
    }
    const backoff = 30 * 2 ** job.attempts;
    await deps.db.system((tx) =>
      tx.execute(sql`UPDATE jobs SET status = ${failed ? 'failed' : 'queued'}, locked_until = NULL, last_error = ${message},
        run_at = now() + make_interval(secs => ${backoff}) WHERE id = ${job.id}`),
    );
  }
}

/** Polls for due jobs until stopped. */
export function startJobRunner(deps: JobDeps, log: Pick<Logger, 'warn' | 'error'>, intervalMs = 2000): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = runDueJobs(deps, log)
      .catch((err: unknown) => log.error({ err }, 'job runner tick failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  let timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
