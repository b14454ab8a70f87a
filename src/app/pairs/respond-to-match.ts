import { and, eq, or } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { respond } from '../../core/programs/pair-response.js';
import { pairs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notifyMany } from '../notifications/notify.js';
import { requirePersonId } from '../programs/program-access.js';
import { onPairActivated } from '../workspace/on-pair-activated.js';
import { afterPairClosed, partnerNames, programOf } from './pair-events.js';

export async function respondToMatch(deps: Deps, input: { actor: Actor; pairId: string; response: 'accept' | 'decline' }): Promise<void> {
  const { orgId } = input.actor;
  await deps.db.tenant(orgId, async (tx) => {
    const personId = await requirePersonId(tx, input.actor);
    const [pair] = await tx
      .select()
      .from(pairs)
      .where(and(eq(pairs.orgId, orgId), eq(pairs.id, input.pairId), or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId))))
      .for('update');
    if (!pair || pair.status === 'proposed') throw notFound('Match');
    const side = pair.mentorPersonId === personId ? 'mentor' : 'mentee';
    const outcome = respond(pair, side, input.response === 'accept' ? 'accepted' : 'declined', deps.now());
    if ('refused' in outcome) throw new AppError(outcome.code, outcome.refused);
    const now = deps.now();
    await tx
      .update(pairs)
      .set({ status: outcome.status, mentorResponse: outcome.mentorResponse, menteeResponse: outcome.menteeResponse, ...(outcome.changed === 'active' ? { activatedAt: now } : {}), ...(outcome.changed === 'declined' ? { endedAt: now } : {}) })
      .where(eq(pairs.id, pair.id));
    const program = await programOf(tx, pair);
    if (outcome.changed === 'declined') await afterPairClosed(deps, tx, program, pair, 'declined');
    if (outcome.changed === 'active') {
      await onPairActivated(deps, tx, pair, now);
      const names = await partnerNames(tx, pair);
      await notifyMany(deps, tx, orgId, [
        { personId: pair.mentorPersonId, message: { kind: 'match_active', programName: program.name, partnerName: names.mentee } },
        { personId: pair.menteePersonId, message: { kind: 'match_active', programName: program.name, partnerName: names.mentor } },
      ]);
    }
  });
}
