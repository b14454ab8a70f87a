// The jobs of the skill check-ins and the junior's safeguards (issue 5). Each re-checks the pair
// is still active and is safe to run twice: a pulse check-in is one row per pair, person and
// number; a check-in reminder is not repeated once the member has it.
import { z } from 'zod';
import { CHECKIN_PHASES } from '../core/pairs/checkins.js';
import { sendPulseCheck } from '../app/safeguards/send-pulse-check.js';
import { PULSE_JOB } from '../app/safeguards/schedule-pulse.js';
import { remindCheckin } from '../app/workspace/remind-checkin.js';
import { CHECKIN_DUE_JOB } from '../app/workspace/schedule-checkins.js';
import type { JobDefinition } from './job.js';

const PulsePayload = z.object({ pairId: z.uuid(), number: z.number().int().min(1) });
/** Sends the junior member check-in `number`, then queues the next one. */
export const pulseCheck: JobDefinition<typeof PulsePayload> = {
  kind: PULSE_JOB,
  payload: PulsePayload,
  run: async (deps, job) => void (await sendPulseCheck(deps, { orgId: job.orgId, ...job.payload })),
};

const CheckinPayload = z.object({ pairId: z.uuid(), phase: z.enum(CHECKIN_PHASES) });
/** Tells both members a check-in window has opened. */
export const checkinDue: JobDefinition<typeof CheckinPayload> = {
  kind: CHECKIN_DUE_JOB,
  payload: CheckinPayload,
  run: async (deps, job) => void (await remindCheckin(deps, { orgId: job.orgId, ...job.payload })),
};
