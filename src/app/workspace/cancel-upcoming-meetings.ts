import { and, eq, gt } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { meetings, type pairs, type programs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { announceMeetings, markCancelled } from './meeting-store.js';

/**
 * When a pair ends, its meetings still ahead are cancelled — each with a higher SEQUENCE and a
 * METHOD:CANCEL invitation to both — so they leave both calendars instead of lingering there.
 * Returns how many were cancelled.
 */
export async function cancelUpcomingMeetings(
  deps: Deps,
  tx: Tx,
  pair: typeof pairs.$inferSelect,
  program: typeof programs.$inferSelect,
): Promise<number> {
  const now = deps.now();
  const upcoming = await tx
    .select()
    .from(meetings)
    .where(and(eq(meetings.pairId, pair.id), eq(meetings.status, 'scheduled'), gt(meetings.startsAt, now)))
    .for('update');
  const cancelled = await markCancelled(tx, upcoming, now);
  await announceMeetings(deps, tx, pair, program, { kind: 'cancelled' }, cancelled);
  return cancelled.length;
}
