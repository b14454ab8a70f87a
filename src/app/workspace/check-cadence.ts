import { and, eq } from 'drizzle-orm';
import { nudgeDue, quietCheckAt } from '../../core/pairs/meetings.js';
import { pairs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notifyMany } from '../notifications/notify.js';
import { programOf } from '../pairs/pair-events.js';
import { lastHeldAt, pairMembers, promisedCadence, scheduleCadenceCheck } from './meeting-store.js';

/**
 * The quiet-pair check. An active pair that has not met (no meeting logged as held) for twice
 * its cadence — since the last meeting, or since it started — gets one friendly nudge per quiet
 * spell: `nudgedAt` records it, in the same transaction. A pair not quiet yet is checked again
 * when it would be; after a nudge the next check comes with the next held meeting's log.
 * Returns whether a nudge went out.
 */
export async function checkCadence(deps: Deps, input: { orgId: string; pairId: string }): Promise<boolean> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const [pair] = await tx
      .select()
      .from(pairs)
      .where(and(eq(pairs.orgId, input.orgId), eq(pairs.id, input.pairId)))
      .for('update');
    if (!pair || pair.status !== 'active') return false;
    const program = await programOf(tx, pair);
    const { cadenceDays } = await promisedCadence(tx, pair, program);
    const last = await lastHeldAt(tx, pair.id);
    const now = deps.now();
    const activeSince = pair.activatedAt ?? pair.createdAt;
    const due = nudgeDue({ cadenceDays, activeSince, lastHeldAt: last, nudgedAt: pair.nudgedAt, now });
    if (!due.due) {
      if (now.getTime() < quietCheckAt({ cadenceDays, activeSince, lastHeldAt: last }).getTime())
        await scheduleCadenceCheck(tx, pair, cadenceDays, last);
      return false;
    }
    const { mentor, mentee } = await pairMembers(tx, pair);
    const message = (partnerName: string) =>
      ({ kind: 'pair_quiet', programName: program.name, partnerName, pairId: pair.id, weeks: due.weeks }) as const;
    await notifyMany(deps, tx, input.orgId, [
      { personId: mentor.personId, message: message(mentee.name) },
      { personId: mentee.personId, message: message(mentor.name) },
    ]);
    await tx.update(pairs).set({ nudgedAt: now }).where(eq(pairs.id, pair.id));
    return true;
  });
}
