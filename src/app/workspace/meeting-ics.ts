// The .ics download of one meeting or of all the pair's upcoming meetings: for the members (in
// their own time zone) and for the operator's `tandem pair ics` (in UTC).
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { pairs } from '../../db/schema.js';
import type { Tx } from '../../db/client.js';
import type { Deps } from '../deps.js';
import { meetingOfPair, meetingsCalendar, pairMeetings, pairMembers, type MeetingRow } from './meeting-store.js';
import { memberOf } from './pair-membership.js';

export interface IcsFile {
  filename: string;
  content: string;
}

const MINUTE_MS = 60_000;

/** Scheduled meetings that have not ended yet. */
function upcoming(list: readonly MeetingRow[], now: Date): MeetingRow[] {
  return list.filter((m) => m.status === 'scheduled' && m.startsAt.getTime() + m.minutes * MINUTE_MS > now.getTime());
}

async function pairCalendar(
  deps: Deps,
  tx: Tx,
  pair: typeof pairs.$inferSelect,
  timeZone: string | null,
  meetingId?: string,
): Promise<IcsFile> {
  const members = await pairMembers(tx, pair);
  if (meetingId) {
    const meeting = await meetingOfPair(tx, pair, meetingId);
    const method = meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
    return {
      filename: `meeting-${meeting.startsAt.toISOString().slice(0, 10)}.ics`,
      content: meetingsCalendar(deps, pair, members, method, [meeting], timeZone),
    };
  }
  const list = upcoming(await pairMeetings(tx, pair.id), deps.now());
  if (!list.length) throw new AppError('not_found', 'This pair has no upcoming meetings to export.');
  return {
    filename: 'mentoring-meetings.ics',
    content: meetingsCalendar(deps, pair, members, 'REQUEST', list, timeZone),
  };
}

/** For a member: one meeting (a cancelled one as its cancellation), or every upcoming one, in my time zone. */
export async function memberMeetingIcs(
  deps: Deps,
  input: { actor: Actor; pairId: string; meetingId?: string | undefined },
): Promise<IcsFile> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId);
    const members = await pairMembers(tx, m.pair);
    const me = m.side === 'mentor' ? members.mentor : members.mentee;
    return pairCalendar(deps, tx, m.pair, me.timeZone, input.meetingId);
  });
}

/** For the operator (CLI): the pair's upcoming series, in UTC. */
export async function operatorPairIcs(deps: Deps, input: { orgId: string; pairId: string }): Promise<IcsFile> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const [pair] = await tx
      .select()
      .from(pairs)
      .where(and(eq(pairs.orgId, input.orgId), eq(pairs.id, input.pairId)));
    if (!pair || pair.status === 'proposed') throw notFound('Pair');
    return pairCalendar(deps, tx, pair, null);
  });
}

/** The organization a pair belongs to, before one is known (the CLI names only the pair). */
export async function orgOfPair(deps: Deps, pairId: string): Promise<string> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(pairId))
    throw new AppError('not_found', `No pair "${pairId}".`);
  const [row] = await deps.db.system((tx) => tx.select({ orgId: pairs.orgId }).from(pairs).where(eq(pairs.id, pairId)));
  if (!row) throw new AppError('not_found', `No pair "${pairId}".`);
  return row.orgId;
}
