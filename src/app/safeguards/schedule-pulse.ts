// The junior's pulse check-ins: number n is due 28·n days after the pair became active, while the
// program runs. Each job queues the next one, so the schedule follows a changed end date.
import { pulseDue } from '../../core/pairs/safeguards.js';
import type { Tx } from '../../db/client.js';
import { scheduleJob } from '../schedule-job.js';

export const PULSE_JOB = 'pulse-check';

/** Queues check-in `number` if it falls within the program; returns whether it did. */
export async function schedulePulse(tx: Tx, input: { orgId: string; pairId: string; activatedAt: Date; programEndDate: string; number: number }): Promise<boolean> {
  const due = pulseDue(input.activatedAt, input.programEndDate, input.number);
  if (!due) return false;
  await scheduleJob(tx, {
    orgId: input.orgId,
    kind: PULSE_JOB,
    payload: { pairId: input.pairId, number: due.number },
    runAt: due.dueAt,
    dedupeKey: `${PULSE_JOB}:${input.pairId}:${due.number}`,
  });
  return true;
}
