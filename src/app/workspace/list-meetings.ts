import type { Actor } from '../../core/auth/roles.js';
import { cadenceHealth, type CadenceHealth } from '../../core/pairs/meetings.js';
import type { Deps } from '../deps.js';
import { pairMeetings, pairMembers, programTopics, promisedCadence, type MeetingRow } from './meeting-store.js';
import { memberOf } from './pair-membership.js';

export interface MeetingsView {
  meetings: MeetingRow[];
  health: CadenceHealth;
  /** For the schedule form: the agreed cadence and length, and my own time zone (null when unknown). */
  defaults: { cadenceDays: number; minutes: number; timeZone: string | null };
  /** The program's skill catalogue, for the log's topics. */
  topics: Array<{ key: string; label: string }>;
  myPersonId: string;
  mySide: 'mentor' | 'mentee';
  pairActive: boolean;
  now: Date;
}

/** The pair's meetings and cadence health, for its two members only. */
export async function listMeetings(deps: Deps, input: { actor: Actor; pairId: string }): Promise<MeetingsView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId);
    const [list, promised, topics, members] = [
      await pairMeetings(tx, m.pair.id),
      await promisedCadence(tx, m.pair, m.program),
      await programTopics(tx, m.program.id),
      await pairMembers(tx, m.pair),
    ];
    const now = deps.now();
    const judgedAt = m.pair.endedAt && m.pair.endedAt.getTime() < now.getTime() ? m.pair.endedAt : now;
    const live = list.filter((x) => x.status === 'scheduled');
    const health = cadenceHealth({
      cadenceDays: promised.cadenceDays,
      activeSince: m.pair.activatedAt ?? m.pair.createdAt,
      heldDates: live.filter((x) => x.outcome === 'held').map((x) => x.startsAt),
      scheduledFuture: live.filter((x) => x.outcome === null).map((x) => x.startsAt),
      now: judgedAt,
    });
    const me = m.side === 'mentor' ? members.mentor : members.mentee;
    return {
      meetings: list,
      health,
      defaults: { cadenceDays: promised.cadenceDays, minutes: promised.meetingMinutes, timeZone: me.timeZone },
      topics,
      myPersonId: m.personId,
      mySide: m.side,
      pairActive: m.pair.status === 'active',
      now,
    };
  });
}
