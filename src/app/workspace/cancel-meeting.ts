import { and, eq, gt, gte } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { changeRefusal } from '../../core/pairs/meetings.js';
import { meetings } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { announceMeetings, markCancelled, meetingOfPair, type MeetingChange } from './meeting-store.js';
import { memberOf } from './pair-membership.js';

/**
 * Cancels a scheduled meeting that is still ahead — or it and the following meetings of its
 * series. Same UIDs, SEQUENCE + 1, METHOD:CANCEL: both calendars remove the events. Their
 * reminders find the meeting cancelled and stay silent.
 */
export async function cancelMeeting(
  deps: Deps,
  input: { actor: Actor; pairId: string; meetingId: string; scope: 'one' | 'following' },
): Promise<MeetingChange> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const meeting = await meetingOfPair(tx, m.pair, input.meetingId, { lock: true });
    const now = deps.now();
    const refusal = changeRefusal(meeting, now);
    if (refusal) throw new AppError('conflict', refusal);
    const targets =
      input.scope === 'following' && meeting.seriesId
        ? await tx
            .select()
            .from(meetings)
            .where(
              and(
                eq(meetings.pairId, m.pair.id),
                eq(meetings.seriesId, meeting.seriesId),
                eq(meetings.status, 'scheduled'),
                gte(meetings.startsAt, meeting.startsAt),
                gt(meetings.startsAt, now),
              ),
            )
            .for('update')
        : [meeting];
    const cancelled = await markCancelled(tx, targets, now);
    await announceMeetings(deps, tx, m.pair, m.program, { kind: 'cancelled' }, cancelled);
    return { meetings: cancelled, personId: m.personId, now };
  });
}
