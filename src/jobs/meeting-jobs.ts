// The meetings' jobs (issue 5): the day-before reminder and the quiet-pair check. Each handler
// re-checks the state it acts on, so a job that runs twice does nothing the second time.
import { z } from 'zod';
import { checkCadence } from '../app/workspace/check-cadence.js';
import { remindMeeting } from '../app/workspace/remind-meeting.js';
import type { JobDefinition } from './job.js';

const ReminderPayload = z.object({ meetingId: z.uuid(), sequence: z.number().int().min(0) });
export const meetingReminder: JobDefinition<typeof ReminderPayload> = {
  kind: 'meeting-reminder',
  payload: ReminderPayload,
  run: async (deps, job) => void (await remindMeeting(deps, { orgId: job.orgId, ...job.payload })),
};

const PairPayload = z.object({ pairId: z.uuid() });
export const cadenceCheck: JobDefinition<typeof PairPayload> = {
  kind: 'cadence-check',
  payload: PairPayload,
  run: async (deps, job) => void (await checkCadence(deps, { orgId: job.orgId, pairId: job.payload.pairId })),
};
