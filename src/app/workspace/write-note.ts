import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.js';
import type { NoteVisibility } from '../../core/pairs/notes.js';
import { notes } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { checkMeeting, checkText, keyOf, seal, viewOf, type NoteView } from './note-store.js';
import { memberOf } from './pair-membership.js';

/**
 * A member writes a note, free-standing or on one of the pair's meetings, for themselves only or
 * for both. Sealed before it reaches the database. Nobody is notified, nothing is audited: a
 * note leaves no trace outside the notes table.
 */
export async function writeNote(
  deps: Deps,
  input: { actor: Actor; pairId: string; text: string; visibility: NoteVisibility; meetingId?: string | null },
): Promise<NoteView> {
  checkText(input.text);
  const key = keyOf(deps);
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const m = await memberOf(tx, input.actor, input.pairId, { active: true });
    if (input.meetingId) await checkMeeting(tx, m, input.meetingId);
    const now = deps.now();
    const identity = { id: randomUUID(), pairId: m.pair.id, authorPersonId: m.personId, visibility: input.visibility };
    const [row] = await tx
      .insert(notes)
      .values({
        ...identity,
        orgId: m.pair.orgId,
        meetingId: input.meetingId ?? null,
        body: seal(key, identity, input.text),
        keyVersion: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('note insert returned no row');
    return viewOf(key, row, m);
  });
}
