import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { concernBodyProblem, mayRaise } from '../../core/pairs/safeguards.js';
import { concernMessages, concerns } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notifyMany } from '../notifications/notify.js';
import { memberOf } from '../workspace/pair-membership.js';
import { concernView, type ConcernView } from './concern-view.js';
import { concernReaders } from './safeguard-access.js';

/**
 * Either member sends the program's managers a confidential message about their pair. The
 * partner is never told and never sees it; the managers are told that a concern arrived, without
 * its text. A program whose only manager is the partner cannot take one: the raiser is told to
 * go to someone else, rather than write to nobody.
 */
export async function raiseConcern(deps: Deps, input: { actor: Actor; pairId: string; body: string }): Promise<ConcernView> {
  const problem = concernBodyProblem(input.body);
  if (problem) throw new AppError('validation_failed', `${problem.path}: ${problem.message}`, { fields: [problem] });
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId);
    if (!mayRaise(m.personId, [m.pair.mentorPersonId, m.pair.menteePersonId])) throw new AppError('not_found', 'Pair not found.');
    const readers = await concernReaders(tx, m.program.id, m.pair);
    if (readers.length === 0) throw new AppError('conflict', 'This program has no program manager who can receive a concern about your pair. Please contact HR or your organization’s admin directly.');
    const [concern] = await tx.insert(concerns).values({ orgId: m.pair.orgId, programId: m.program.id, pairId: m.pair.id, raisedByPersonId: m.personId, createdAt: deps.now() }).returning();
    if (!concern) throw new Error('concern not inserted');
    await tx.insert(concernMessages).values({ orgId: m.pair.orgId, concernId: concern.id, authorUserId: input.actor.userId, fromProgramManager: false, body: input.body.trim() });
    const notices = readers.flatMap((r) => (r.personId ? [{ personId: r.personId, message: { kind: 'concern_raised', programName: m.program.name, concernId: concern.id } as const }] : []));
    await notifyMany(deps, tx, m.pair.orgId, notices);
    return concernView(tx, { concern, pair: m.pair, program: m.program, personId: m.personId });
  });
}
