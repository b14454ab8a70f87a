// The program lifecycle's jobs (issue 4). Each handler re-checks the state it acts on, so a job
// that runs twice (a retry after a crash) does nothing the second time.
import { z } from 'zod';
import { sendApprovalReminder } from '../app/enrollment/send-approval-reminder.js';
import { expireOffer } from '../app/pairs/expire-offer.js';
import { autoRematch } from '../app/rounds/auto-rematch.js';
import type { JobDefinition } from './job.js';

const Reminder = z.object({ enrollmentId: z.uuid(), reminder: z.number().int().min(1), requestedAt: z.string() });
export const approvalReminder: JobDefinition<typeof Reminder> = {
  kind: 'approval-reminder',
  payload: Reminder,
  run: async (deps, job) => void (await sendApprovalReminder(deps, { orgId: job.orgId, ...job.payload })),
};

const Deadline = z.object({ pairId: z.uuid() });
export const offerDeadline: JobDefinition<typeof Deadline> = {
  kind: 'offer-deadline',
  payload: Deadline,
  run: async (deps, job) => void (await expireOffer(deps, { orgId: job.orgId, pairId: job.payload.pairId })),
};

const Rematch = z.object({ programId: z.uuid() });
export const rematch: JobDefinition<typeof Rematch> = {
  kind: 'auto-rematch',
  payload: Rematch,
  run: async (deps, job) => void (await autoRematch(deps, { orgId: job.orgId, programId: job.payload.programId })),
};
