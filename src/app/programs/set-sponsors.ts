import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { programSponsors } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { programForManager } from './program-access.js';
import { sponsorCandidates, type SponsorUser } from './list-sponsor-candidates.js';
import { sponsorsOf } from './list-sponsors.js';

/**
 * Replaces the program's sponsors, as managers are replaced in save-settings: the whole list at
 * once. Only users holding the `sponsor` role may be given a program — the role is what limits
 * them to reading, so a program manager cannot widen anyone's access by this route.
 */
export async function setSponsors(deps: Deps, input: { actor: Actor; programId: string; userIds: string[]; meta: RequestMeta | null }): Promise<SponsorUser[]> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId, { lock: true });
    const wanted = [...new Set(input.userIds)];
    const allowed = new Set((await sponsorCandidates(tx, actor.orgId)).map((u) => u.id));
    if (wanted.some((id) => !allowed.has(id))) {
      const message = 'each must be an active user with the sponsor role in this organization';
      throw new AppError('validation_failed', `userIds: ${message}.`, { fields: [{ path: 'userIds', message }] });
    }
    const before = (await sponsorsOf(tx, actor.orgId, program.id)).map((u) => u.id);
    await tx.delete(programSponsors).where(eq(programSponsors.programId, program.id));
    if (wanted.length) await tx.insert(programSponsors).values(wanted.map((userId) => ({ orgId: actor.orgId, programId: program.id, userId })));
    await recordAudit(
      tx,
      { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'program_sponsors_changed', target: program.id, details: { before, after: wanted } },
      input.meta,
    );
    return sponsorsOf(tx, actor.orgId, program.id);
  });
}
