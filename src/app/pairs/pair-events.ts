// What follows when a pair does not go ahead or ends: both people are told, and — when the
// program allows — an immediate incremental match is queued for those back in the pool.
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { pairs, people, programs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notifyMany } from '../notifications/notify.js';
import { programManagerPeople } from '../enrollment/apply-to-program.js';
import { scheduleJob } from '../schedule-job.js';
import { cancelUpcomingMeetings } from '../workspace/cancel-upcoming-meetings.js';

export type PairRow = typeof pairs.$inferSelect;
type ProgramRow = typeof programs.$inferSelect;

export async function partnerNames(tx: Tx, pair: PairRow): Promise<{ mentor: string; mentee: string }> {
  const rows = await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, [pair.mentorPersonId, pair.menteePersonId]));
  const name = (id: string) => rows.find((r) => r.id === id)?.name ?? 'your partner';
  return { mentor: name(pair.mentorPersonId), mentee: name(pair.menteePersonId) };
}

export async function afterPairClosed(deps: Deps, tx: Tx, program: ProgramRow, pair: PairRow, how: 'declined' | 'expired' | 'ended'): Promise<void> {
  const names = await partnerNames(tx, pair);
  const message = (partnerName: string) =>
    how === 'ended' ? ({ kind: 'pair_ended', programName: program.name, partnerName } as const) : ({ kind: 'match_not_going_ahead', programName: program.name, why: how } as const);
  await notifyMany(deps, tx, program.orgId, [
    { personId: pair.mentorPersonId, message: message(names.mentee) },
    { personId: pair.menteePersonId, message: message(names.mentor) },
  ]);
  if (how === 'ended') await cancelUpcomingMeetings(deps, tx, pair, program);
  if (program.status !== 'matching' && program.status !== 'active') return;
  if (program.autoRematch) {
    await scheduleJob(tx, { orgId: program.orgId, kind: 'auto-rematch', payload: { programId: program.id }, runAt: deps.now(), dedupeKey: `auto-rematch:${pair.id}` });
  } else {
    // Without automatic re-matching someone has to run the next round: the program managers are told.
    const managers = await programManagerPeople(tx, program.id);
    await notifyMany(deps, tx, program.orgId, managers.map((personId) => ({ personId, message: { kind: 'rematch_needed', programName: program.name, programId: program.id, how } })));
  }
}

export async function programOf(tx: Tx, pair: PairRow): Promise<ProgramRow> {
  const [program] = await tx.select().from(programs).where(eq(programs.id, pair.programId));
  if (!program) throw new Error('pair without program');
  return program;
}
