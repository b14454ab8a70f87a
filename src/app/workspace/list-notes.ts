import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { canReadNote } from '../../core/pairs/notes.js';
import { notes } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { keyOf, readableBy, viewOf, type NoteView } from './note-store.js';
import { memberOf } from './pair-membership.js';

/**
 * The notes a member may read, newest first: their own, and the partner's shared ones. Works on
 * an ended pair too (the notes stay theirs). There is no search: the text is encrypted.
 */
export async function listNotes(
  deps: Deps,
  input: { actor: Actor; pairId: string; meetingId?: string },
): Promise<NoteView[]> {
  const key = keyOf(deps);
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId);
    const rows = await tx
      .select()
      .from(notes)
      .where(
and(readableBy(m), input.meetingId ? eq(notes.meetingId, input.meetingId) : undefined),
      )
      .orderBy(desc(notes.createdAt), desc(notes.id));
    return rows.filter((row) => canReadNote(row, m.pair, m.personId)).map((row) => viewOf(key, row, m));
  });
}
