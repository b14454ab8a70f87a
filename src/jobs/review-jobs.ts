import { z } from 'zod';
import { remindReview, REVIEW_REMINDER_JOB } from '../app/reviews/remind-review.js';
import type { JobDefinition } from './job.js';

const ReminderPayload = z.object({ cycleId: z.uuid() });
/** Three days before a review cycle is due: pairs that have not submitted are reminded, once. */
export const reviewReminder: JobDefinition<typeof ReminderPayload> = {
  kind: REVIEW_REMINDER_JOB,
  payload: ReminderPayload,
  run: async (deps, job) => {
    await remindReview(deps, { orgId: job.orgId, cycleId: job.payload.cycleId });
  },
};
