// When a pair becomes active, a "check-in due" reminder is queued for the day each phase window
// opens (the start one at once). The dedupe key names the opening day, so scheduling is idempotent
// and a window moved by a new program end date gets its own reminder.
import type { Tx } from '../../db/client.js';
import type { pairs, programs } from '../../db/schema.js';
import { CHECKIN_PHASES, type CheckinPhase } from '../../core/pairs/checkins.js';
import { scheduleJob } from '../schedule-job.js';
import { windowsOf } from './checkin-view.js';

export const CHECKIN_DUE_JOB = 'checkin-due';

export async function scheduleCheckinReminder(tx: Tx, input: { orgId: string; pairId: string; phase: CheckinPhase; from: string; notBefore: Date }): Promise<void> {
  const opens = new Date(`${input.from}T00:00:00Z`);
  await scheduleJob(tx, {
    orgId: input.orgId,
    kind: CHECKIN_DUE_JOB,
    payload: { pairId: input.pairId, phase: input.phase },
    runAt: opens.getTime() < input.notBefore.getTime() ? input.notBefore : opens,
    dedupeKey: `${CHECKIN_DUE_JOB}:${input.pairId}:${input.phase}:${input.from}`,
  });
}

export async function scheduleCheckinReminders(tx: Tx, pair: typeof pairs.$inferSelect, program: Pick<typeof programs.$inferSelect, 'endDate'>, activatedAt: Date): Promise<void> {
  const windows = windowsOf({ ...pair, activatedAt }, program);
  for (const phase of CHECKIN_PHASES) {
    const w = windows[phase];
    if (w) await scheduleCheckinReminder(tx, { orgId: pair.orgId, pairId: pair.id, phase, from: w.from, notBefore: activatedAt });
  }
}
