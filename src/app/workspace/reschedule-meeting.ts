import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { formatLocalDateTime } from '../../core/pairs/meeting-time.js';
import { changeRefusal, planMeetings } from '../../core/pairs/meetings.js';
import { meetings } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import {
  announceMeetings,
  meetingOfPair,
  promisedCadence,
  scheduleReminder,
  type MeetingChange,
} from './meeting-store.js';
import { memberOf } from './pair-membership.js';

export interface RescheduleInput {
  /** 'YYYY-MM-DDTHH:mm' in `timeZone`; unchanged when absent. */
  startsAtLocal?: string | undefined;
  timeZone?: string | undefined;
  minutes?: number | undefined;
  place?: string | undefined;
}

/**
 * Moves a scheduled meeting that is still ahead (or changes its length or place). The calendar
 * identity stays, the SEQUENCE goes up: both members' calendars replace the event.
 */
export async function rescheduleMeeting(
  deps: Deps,
  input: { actor: Actor; pairId: string; meetingId: string; change: RescheduleInput },
): Promise<MeetingChange> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const meeting = await meetingOfPair(tx, m.pair, input.meetingId, { lock: true });
    const refusal = changeRefusal(meeting, deps.now());
    if (refusal) throw new AppError('conflict', refusal);
    const c = input.change;
    const timeZone = c.timeZone ?? meeting.timeZone;
    const startsAtLocal = c.startsAtLocal ?? formatLocalDateTime(meeting.startsAt, timeZone);
    const { cadenceDays } = await promisedCadence(tx, m.pair, m.program);
    const plan = planMeetings(
      { startsAtLocal, timeZone, minutes: c.minutes ?? meeting.minutes, place: c.place ?? meeting.place, count: 1 },
      { now: deps.now(), cadenceDays, programStart: m.program.startDate, programEnd: m.program.endDate },
    );
    if (!plan.ok) throw new AppError('validation_failed', 'Check the meeting details.', { fields: plan.problems });
    const [row] = await tx
      .update(meetings)
      .set({
        startsAt: plan.starts[0] as Date,
        timeZone: plan.timeZone,
        minutes: plan.minutes,
        place: plan.place,
        sequence: meeting.sequence + 1,
        updatedAt: deps.now(),
      })
      .where(eq(meetings.id, meeting.id))
      .returning();
    if (!row) throw new Error('meeting vanished');
    await scheduleReminder(deps, tx, row);
    await announceMeetings(deps, tx, m.pair, m.program, { kind: 'rescheduled' }, [row]);
    return { meetings: [row], personId: m.personId, now: deps.now() };
  });
}
