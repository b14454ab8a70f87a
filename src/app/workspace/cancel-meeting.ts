import { and, eq, gt, gte, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { changeRefusal } from '../../core/pairs/meetings.js';
import { meetings } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { announceMeetings, meetingOfPair, type MeetingChange, type MeetingRow } from './meeting-store.js';
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
    const cancelled: MeetingRow[] = [];
    for (const t of targets) {
      const [row] = await tx
        .update(meetings)
        .set({ status: 'cancelled', sequence: t.sequence + 1, updatedAt: now })
        .where(and(eq(meetings.id, t.id), inArray(meetings.status, ['scheduled'])))
        .returning();
      if (row) cancelled.push(row);
    }
    cancelled.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    await announceMeetings(deps, tx, m.pair, m.program, { kind: 'cancelled' }, cancelled);
    return { meetings: cancelled, personId: m.personId, now };
  });
}
