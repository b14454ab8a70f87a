import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { planMeetings, type MeetingPlanInput } from '../../core/pairs/meetings.js';
import { meetings } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { announceMeetings, promisedCadence, scheduleReminder, type MeetingChange } from './meeting-store.js';
import { memberOf } from './pair-membership.js';

/** A new, globally unique calendar identity for a meeting; it never changes afterwards. */
export function newMeetingUid(): string {
  return `${randomUUID()}@tandem`;
}

/**
 * One meeting, or a series every `cadenceDays` (the agreement's, else the program's) at the
 * same local time. Both members get an invitation with every new meeting, in their own zone,
 * and each meeting gets a reminder a day before.
 */
export async function scheduleMeetings(
  deps: Deps,
  input: { actor: Actor; pairId: string; plan: MeetingPlanInput },
): Promise<MeetingChange> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true, lock: true });
    const { cadenceDays } = await promisedCadence(tx, m.pair, m.program);
    const plan = planMeetings(input.plan, {
      now: deps.now(),
      cadenceDays,
      programStart: m.program.startDate,
      programEnd: m.program.endDate,
    });
    if (!plan.ok) throw new AppError('validation_failed', 'Check the meeting details.', { fields: plan.problems });
    const seriesId = plan.starts.length > 1 ? randomUUID() : null;
    const now = deps.now();
    const rows = await tx
      .insert(meetings)
      .values(
        plan.starts.map((startsAt) => ({
          orgId: m.pair.orgId,
          pairId: m.pair.id,
          seriesId,
          uid: newMeetingUid(),
          sequence: 0,
          startsAt,
          minutes: plan.minutes,
          timeZone: plan.timeZone,
          place: plan.place,
          createdByPersonId: m.personId,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning();
    rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (const row of rows) await scheduleReminder(deps, tx, row);
    await announceMeetings(deps, tx, m.pair, m.program, { kind: 'scheduled' }, rows);
    return { meetings: rows, personId: m.personId, now };
  });
}
