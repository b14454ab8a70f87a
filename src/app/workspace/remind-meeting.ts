import { and, eq } from 'drizzle-orm';
import { formatWhen } from '../../core/pairs/meetings.js';
import { meetings, pairs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notifyMany } from '../notifications/notify.js';
import { programOf } from '../pairs/pair-events.js';
import { pairMembers, zoneOf } from './meeting-store.js';

/**
 * The day-before reminder of one version (sequence) of a meeting. Sent only while that version
 * is still scheduled and ahead and the pair active — a rescheduled meeting has a new reminder,
 * a cancelled one none — and once: the meeting row (locked) records the sequence it reminded of
 * (`remindedSequence`) in the same transaction as the emails, so a job that runs twice sends
 * nothing the second time, while a reschedule (a new sequence) gets its own reminder.
 * Returns whether the reminder went out.
 */
export async function remindMeeting(
  deps: Deps,
  input: { orgId: string; meetingId: string; sequence: number },
): Promise<boolean> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const [meeting] = await tx
      .select()
      .from(meetings)
      .where(and(eq(meetings.orgId, input.orgId), eq(meetings.id, input.meetingId)))
      .for('update');
    if (
      !meeting ||
      meeting.status !== 'scheduled' ||
      meeting.sequence !== input.sequence ||
      meeting.startsAt.getTime() <= deps.now().getTime() ||
      meeting.remindedSequence === meeting.sequence
    )
      return false;
    const [pair] = await tx.select().from(pairs).where(eq(pairs.id, meeting.pairId));
    if (!pair || pair.status !== 'active') return false;
    // Once per version: the marker sits on the row locked above, so a second run waits, then sees it.
    await tx.update(meetings).set({ remindedSequence: meeting.sequence }).where(eq(meetings.id, meeting.id));
    const program = await programOf(tx, pair);
    const { mentor, mentee } = await pairMembers(tx, pair);
    const message = (zone: string, partnerName: string) =>
      ({
        kind: 'meeting_reminder',
        programName: program.name,
        partnerName,
        pairId: pair.id,
        when: formatWhen(meeting.startsAt, zone),
      }) as const;
    await notifyMany(deps, tx, input.orgId, [
      { personId: mentor.personId, message: message(zoneOf(mentor), mentee.name) },
      { personId: mentee.personId, message: message(zoneOf(mentee), mentor.name) },
    ]);
    return true;
  });
}
