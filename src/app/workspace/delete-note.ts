import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { notes } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { ownNote } from './note-store.js';
import { memberOf } from './pair-membership.js';

/**
 * The author deletes a note for good — also after the pair has ended: a person can always take
 * back what they wrote. Unreadable notes can be deleted too.
 */
export async function deleteNote(deps: Deps, input: { actor: Actor; pairId: string; noteId: string }): Promise<void> {
  await deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId);
    const row = await ownNote(tx, m, input.noteId);
    await tx.delete(notes).where(eq(notes.id, row.id));
  });
}
