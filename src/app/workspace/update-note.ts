import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import type { NoteVisibility } from '../../core/pairs/notes.js';
import { notes } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { checkText, keyOf, openRow, ownNote, seal, viewOf, type NoteView } from './note-store.js';
import { memberOf } from './pair-membership.js';

/**
 * The author changes the text, the visibility, or both. The visibility is part of the seal, so a
 * change of visibility seals the text again. A note whose seal no longer opens can be replaced
 * with new text or deleted, never re-shared.
 */
export async function updateNote(
  deps: Deps,
  input: { actor: Actor; pairId: string; noteId: string; text?: string; visibility?: NoteVisibility },
): Promise<NoteView> {
  if (input.text === undefined && input.visibility === undefined) {
    throw new AppError('validation_failed', 'Send text, visibility or both.', {
      fields: [{ path: 'text', message: 'send text, visibility or both' }],
    });
  }
  if (input.text !== undefined) checkText(input.text);
  const key = keyOf(deps);
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true });
    const row = await ownNote(tx, m, input.noteId);
    const text = input.text ?? openRow(key, row);
    if (text === null)
      throw new AppError(
        'conflict',
        'This note could not be opened, so it cannot be re-shared. Write it again or delete it.',
      );
    const next = { ...row, visibility: input.visibility ?? row.visibility };
    const [updated] = await tx
      .update(notes)
      .set({ visibility: next.visibility, body: seal(key, next, text), keyVersion: 1, updatedAt: deps.now() })
      .where(eq(notes.id, row.id))
      .returning();
    if (!updated) throw new Error('note update returned no row');
    return viewOf(key, updated, m);
  });
}
