// Publishing: every proposed pair is offered to its two people, who have the program's response
// window to accept or decline; a deadline job expires the offers nobody answered.
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { responseDeadline } from '../../core/programs/pair-response.js';
import type { Tx } from '../../db/client.js';
import { enrollments, matchingRounds, pairs, people } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { notifyMany, type Notice } from '../notifications/notify.js';
import type { ProgramRow } from '../programs/program-access.js';
import { scheduleJob } from '../schedule-job.js';
import { roundForManager, type RoundRow } from './round-store.js';

export async function publishRound(deps: Deps, input: { actor: Actor; roundId: string; meta: RequestMeta | null }): Promise<RoundRow> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const { round, program } = await roundForManager(tx, actor, input.roundId, { open: true });
    const published = await publishRoundRows(deps, tx, program, round);
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'round_published', target: round.id, details: { pairs: published.pairCount } }, input.meta);
    return published.round;
  });
}

export async function publishRoundRows(deps: Deps, tx: Tx, program: ProgramRow, round: RoundRow): Promise<{ round: RoundRow; pairCount: number }> {
  const proposed = await tx.select().from(pairs).where(and(eq(pairs.roundId, round.id), eq(pairs.status, 'proposed')));
  if (!proposed.length) throw new AppError('conflict', 'The round has no pairs to publish; discard it instead.');
  const enrollmentIds = [...new Set(proposed.flatMap((p) => [p.mentorEnrollmentId, p.menteeEnrollmentId]))];
  const stillIn = new Set(
    (await tx.select({ id: enrollments.id }).from(enrollments).where(and(inArray(enrollments.id, enrollmentIds), eq(enrollments.status, 'approved')))).map((e) => e.id),
  );
  const gone = proposed.filter((p) => !stillIn.has(p.mentorEnrollmentId) || !stillIn.has(p.menteeEnrollmentId));
  if (gone.length) throw new AppError('conflict', `${gone.length} pair${gone.length === 1 ? ' includes' : 's include'} someone who has withdrawn since the round was run; remove ${gone.length === 1 ? 'it' : 'them'} or re-solve first.`);
  const now = deps.now();
  const respondBy = responseDeadline(now, program.responseDays);
  await tx.update(pairs).set({ status: 'offered', respondBy }).where(and(eq(pairs.roundId, round.id), eq(pairs.status, 'proposed')));
  const [updated] = await tx.update(matchingRounds).set({ status: 'published', publishedAt: now }).where(eq(matchingRounds.id, round.id)).returning();
  const names = new Map(
    (await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, [...new Set(proposed.flatMap((p) => [p.mentorPersonId, p.menteePersonId]))]))).map((p) => [p.id, p.name]),
  );
  // The last day to answer: the deadline is the midnight (UTC) that ends it.
  const deadline = `${new Date(respondBy.getTime() - 1).toISOString().slice(0, 10)} (end of the day, UTC)`;
  const notices: Notice[] = proposed.flatMap((p) => [
    { personId: p.mentorPersonId, message: { kind: 'match_offered', programName: program.name, partnerName: names.get(p.menteePersonId) ?? 'your partner', respondBy: deadline } },
    { personId: p.menteePersonId, message: { kind: 'match_offered', programName: program.name, partnerName: names.get(p.mentorPersonId) ?? 'your partner', respondBy: deadline } },
  ]);
  await notifyMany(deps, tx, program.orgId, notices);
  for (const p of proposed) {
    await scheduleJob(tx, { orgId: program.orgId, kind: 'offer-deadline', payload: { pairId: p.id }, runAt: respondBy, dedupeKey: `offer-deadline:${p.id}` });
  }
  return { round: updated ?? round, pairCount: proposed.length };
}
