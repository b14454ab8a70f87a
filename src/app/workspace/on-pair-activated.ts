// What a pair's workspace schedules when both members have accepted, in the same transaction.
// Each job re-checks its state when it runs, and the dedupe keys make scheduling idempotent.
import type { Tx } from '../../db/client.js';
import type { pairs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { scheduleJob } from '../schedule-job.js';
import { programOf } from '../pairs/pair-events.js';
import { schedulePulse } from '../safeguards/schedule-pulse.js';
import { scheduleCheckinReminders } from './schedule-checkins.js';
import { scheduleCadenceCheck } from './meeting-store.js';
import { scheduleSurveys } from '../surveys/schedule-surveys.js';

const DAY_MS = 86_400_000;
/** The agreement should be signed within a week of the pair starting. */
export const AGREEMENT_REMINDER_DAYS = 7;

export async function onPairActivated(deps: Deps, tx: Tx, pair: typeof pairs.$inferSelect, activatedAt: Date): Promise<void> {
  await scheduleJob(tx, {
    orgId: pair.orgId,
    kind: 'agreement-reminder',
    payload: { pairId: pair.id },
    runAt: new Date(activatedAt.getTime() + AGREEMENT_REMINDER_DAYS * DAY_MS),
    dedupeKey: `agreement-reminder:${pair.id}`,
  });
  const program = await programOf(tx, pair);
  // Quiet pairs are nudged; juniors get their private pulse; both get check-in reminders.
  await scheduleCadenceCheck(tx, { ...pair, activatedAt }, program.cadenceDays, null);
  await schedulePulse(tx, { orgId: pair.orgId, pairId: pair.id, activatedAt, programEndDate: program.endDate, number: 1 });
  await scheduleCheckinReminders(tx, pair, program, activatedAt);
  await scheduleSurveys(deps, tx, pair, program, activatedAt);
}
