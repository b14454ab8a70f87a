import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { concernBodyProblem, replyRefusal, type ConcernRole } from '../../core/pairs/safeguards.js';
import { concernMessages } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notify, notifyMany } from '../notifications/notify.js';
import { concernView, type ConcernView } from './concern-view.js';
import { concernReaders, loadConcern } from './safeguard-access.js';

/**
 * A message in an open concern's thread. A manager's reply tells the raiser (without the text);
 * the raiser's tells the other managers who can read it, the same way a new concern does.
 */
export async function replyToConcern(deps: Deps, input: { actor: Actor; concernId: string; as: ConcernRole; body: string }): Promise<ConcernView> {
  const problem = concernBodyProblem(input.body);
  if (problem) throw new AppError('validation_failed', `${problem.path}: ${problem.message}`, { fields: [problem] });
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const loaded = await loadConcern(tx, input.actor, input.concernId, input.as, { lock: true });
    const { concern, pair, program } = loaded;
    const refusal = replyRefusal(concern.status);
    if (refusal) throw new AppError('conflict', refusal);
    await tx.insert(concernMessages).values({ orgId: concern.orgId, concernId: concern.id, authorUserId: input.actor.userId, fromProgramManager: input.as === 'manager', body: input.body.trim() });
    if (input.as === 'manager') {
      await notify(deps, tx, concern.orgId, concern.raisedByPersonId, { kind: 'concern_reply', programName: program.name, concernId: concern.id });
    } else {
      const readers = await concernReaders(tx, program.id, pair);
      await notifyMany(deps, tx, concern.orgId, readers.flatMap((r) => (r.personId ? [{ personId: r.personId, message: { kind: 'concern_raised', programName: program.name, concernId: concern.id } as const }] : [])));
    }
    return concernView(tx, loaded);
  });
}
