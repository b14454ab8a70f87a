import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { checkMeetingLog, logRefusal, type MeetingLogInput } from '../../core/pairs/meetings.js';
import { meetings } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import {
  logColumns,
  meetingOfPair,
  scheduleCadenceCheckAfterLog,
  topicCatalogue,
  type MeetingChange,
} from './meeting-store.js';
import { memberOf } from './pair-membership.js';
import { onMeetingHeld } from '../surveys/schedule-surveys.js';

/**
 * After a meeting has started, either member logs it: held or missed, how long, the topics
 * (from the program's catalogue) and who drove. Logging again replaces the log. A held meeting
 * moves the quiet-pair check to twice the cadence after the pair last met.
 */
export async function logMeeting(
  deps: Deps,
  input: { actor: Actor; pairId: string; meetingId: string; log: MeetingLogInput },
): Promise<MeetingChange> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const meeting = await meetingOfPair(tx, m.pair, input.meetingId, { lock: true });
    const now = deps.now();
    const refusal = logRefusal(meeting, now);
    if (refusal) throw new AppError('conflict', refusal);
    const checked = checkMeetingLog(input.log, await topicCatalogue(tx, m.program.id));
    if (!checked.ok) throw new AppError('validation_failed', 'Check the meeting log.', { fields: checked.problems });
    const [row] = await tx
      .update(meetings)
      .set(logColumns(checked.log, m.personId, now))
      .where(eq(meetings.id, meeting.id))
      .returning();
    if (!row) throw new Error('meeting vanished');
    await scheduleCadenceCheckAfterLog(tx, m.pair, m.program);
    if (row.outcome === 'held') await onMeetingHeld(deps, tx, m.pair);
    return { meetings: [row], personId: m.personId, now };
  });
}
