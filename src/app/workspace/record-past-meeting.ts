import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { checkPastMeeting, type PastMeetingInput } from '../../core/pairs/meetings.js';
import { meetings } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { logColumns, scheduleCadenceCheckAfterLog, topicCatalogue, type MeetingChange } from './meeting-store.js';
import { memberOf } from './pair-membership.js';
import { newMeetingUid } from './schedule-meetings.js';
import { onMeetingHeld } from '../surveys/schedule-surveys.js';

/**
 * A meeting the pair held without scheduling it here first: either member records it with its
 * log in one go. It becomes an ordinary scheduled meeting (its own UID, no series) that already
 * started and is logged as held, so it counts in the cadence health. Nothing goes to a calendar
 * (no invitation, no reminder); the quiet-pair check moves as after any log.
 */
export async function recordPastMeeting(
  deps: Deps,
  input: { actor: Actor; pairId: string; meeting: PastMeetingInput },
): Promise<MeetingChange> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const now = deps.now();
    const checked = checkPastMeeting(input.meeting, {
      now,
      activeSince: m.pair.activatedAt ?? m.pair.createdAt,
      programStart: m.program.startDate,
      programEnd: m.program.endDate,
      catalogue: await topicCatalogue(tx, m.program.id),
    });
    if (!checked.ok)
      throw new AppError('validation_failed', 'Check the meeting details.', { fields: checked.problems });
    const [row] = await tx
      .insert(meetings)
      .values({
        orgId: m.pair.orgId,
        pairId: m.pair.id,
        seriesId: null,
        uid: newMeetingUid(),
        sequence: 0,
        startsAt: checked.startsAt,
        minutes: checked.minutes,
        timeZone: checked.timeZone,
        place: checked.place,
        createdByPersonId: m.personId,
        createdAt: now,
        ...logColumns(checked.log, m.personId, now),
      })
      .returning();
    if (!row) throw new Error('meeting not recorded');
    await scheduleCadenceCheckAfterLog(tx, m.pair, m.program);
    if (row.outcome === 'held') await onMeetingHeld(deps, tx, m.pair);
    return { meetings: [row], personId: m.personId, now };
  });
}
