import { and, eq, inArray } from 'drizzle-orm';
import { utcDate, type CheckinPhase } from '../../core/pairs/checkins.js';
import { renderMessage } from '../../core/notifications/templates.js';
import { notifications, pairs, skillCheckins } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { appUrl, notifyMany, type Notice } from '../notifications/notify.js';
import { programOf } from '../pairs/pair-events.js';
import { learningOf, programSkillRows, windowsOf } from './checkin-view.js';
import { scheduleCheckinReminder } from './schedule-checkins.js';

/**
 * A phase window has opened: each member who has skills to rate and has not rated them all in
 * this phase is told — once (an earlier identical notification stops a repeat), and only while
 * the pair is active and the window is open. A window that moved later is scheduled again.
 * Returns how many members were told.
 */
export async function remindCheckin(deps: Deps, input: { orgId: string; pairId: string; phase: CheckinPhase }): Promise<number> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const [pair] = await tx.select().from(pairs).where(and(eq(pairs.orgId, input.orgId), eq(pairs.id, input.pairId)));
    if (!pair || pair.status !== 'active') return 0;
    const program = await programOf(tx, pair);
    const w = windowsOf(pair, program)[input.phase];
    const today = utcDate(deps.now());
    if (!w || today > w.until) return 0;
    if (today < w.from) {
      await scheduleCheckinReminder(tx, { orgId: pair.orgId, pairId: pair.id, phase: input.phase, from: w.from, notBefore: deps.now() });
      return 0;
    }
    const keys = (await programSkillRows(tx, program.id)).map((s) => s.key);
    const rated = await tx.select().from(skillCheckins).where(and(eq(skillCheckins.orgId, pair.orgId), eq(skillCheckins.pairId, pair.id)));
    const message = { kind: 'checkin_due', programName: program.name, pairId: pair.id, phase: input.phase } as const;
    const { title, link } = renderMessage(message, '', appUrl(deps));
    const earlier = await tx
      .select({ personId: notifications.personId })
      .from(notifications)
      .where(and(eq(notifications.orgId, pair.orgId), eq(notifications.kind, 'checkin_due'), eq(notifications.link, link), eq(notifications.title, title), inArray(notifications.personId, [pair.mentorPersonId, pair.menteePersonId])));
    const notices: Notice[] = [];
    for (const personId of [pair.mentorPersonId, pair.menteePersonId]) {
      if (earlier.some((e) => e.personId === personId)) continue;
      const learning = await learningOf(tx, pair.orgId, personId, keys, rated);
      const done = new Set(rated.filter((r) => r.personId === personId && r.phase === input.phase).map((r) => r.skillKey));
      if (learning.length > 0 && learning.some((k) => !done.has(k))) notices.push({ personId, message });
    }
    await notifyMany(deps, tx, pair.orgId, notices);
    return notices.length;
  });
}
