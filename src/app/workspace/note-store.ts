// Reading and opening private notes, shared by the notes use cases. The text leaves this module
// only inside a NoteView for a reader the core rule allows; a seal that does not open gives
// `text: null, unreadable: true` and never any part of the text.
import { and, eq, or } from 'drizzle-orm';
import { AppError, notFound } from '../../core/errors.js';
import { canChangeNote, canReadNote, noteTextProblem, type NoteVisibility } from '../../core/pairs/notes.js';
import type { Tx } from '../../db/client.js';
import { meetings, notes } from '../../db/schema.js';
import { NoteSealBroken, noteKey, openNote, sealNote, type NoteKey } from '../crypto/note-seal.js';
import type { Deps } from '../deps.js';
import type { Membership } from './pair-membership.js';

export type NoteRow = typeof notes.$inferSelect;

export interface NoteView {
  id: string;
  pairId: string;
  meetingId: string | null;
  mine: boolean;
  visibility: NoteVisibility;
  /** Null exactly when the seal did not open. */
  text: string | null;
  unreadable: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function keyOf(deps: Deps): NoteKey {
  return noteKey(deps.config.appSecret);
}

/** The note's identity bound into its seal. */
export function identityOf(row: Pick<NoteRow, 'id' | 'pairId' | 'authorPersonId' | 'visibility'>) {
  return { noteId: row.id, pairId: row.pairId, authorPersonId: row.authorPersonId, visibility: row.visibility };
}

/** The plain text, or null when the seal does not open (tampered, moved or another key). */
export function openRow(key: NoteKey, row: NoteRow): string | null {
  try {
    return openNote(key, identityOf(row), row.body);
  } catch (err) {
    if (err instanceof NoteSealBroken) return null;
    throw err;
  }
}

export function seal(
  key: NoteKey,
  row: Pick<NoteRow, 'id' | 'pairId' | 'authorPersonId' | 'visibility'>,
  text: string,
): string {
  return sealNote(key, identityOf(row), text);
}

/** Only for a reader already allowed by canReadNote. */
export function viewOf(key: NoteKey, row: NoteRow, m: Membership): NoteView {
  const text = openRow(key, row);
  return {
    id: row.id,
    pairId: row.pairId,
    meetingId: row.meetingId,
    mine: row.authorPersonId === m.personId,
    visibility: row.visibility,
    text,
    unreadable: text === null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** In SQL, the pair's notes the member may read: their own and the shared ones (the core rule re-checks). */
export function readableBy(m: Membership) {
  return and(eq(notes.orgId, m.pair.orgId), eq(notes.pairId, m.pair.id), or(eq(notes.authorPersonId, m.personId), eq(notes.visibility, 'both')));
}

/** A note of this pair the member may read: in SQL (mine or shared) and by the core rule. */
export async function readableNote(
  tx: Tx,
  m: Membership,
  noteId: string,
  options: { lock?: boolean } = {},
): Promise<NoteRow> {
  const query = tx
    .select()
    .from(notes)
    .where(
      and(
        readableBy(m),
        eq(notes.id, noteId),
      ),
    );
  const [row] = options.lock ? await query.for('update') : await query;
  // A partner's private note does not exist for anyone but its author: the same answer as no note.
  if (!row || !canReadNote(row, m.pair, m.personId)) throw notFound('Note');
  return row;
}

/** A note the member may change: their own. The partner of a shared note is refused by name. */
export async function ownNote(tx: Tx, m: Membership, noteId: string): Promise<NoteRow> {
  const row = await readableNote(tx, m, noteId, { lock: true });
  if (!canChangeNote(row, m.pair, m.personId))
    throw new AppError('forbidden', 'Only the person who wrote a note can change or delete it.');
  return row;
}

/** The text's problem as a field error; the message never repeats the text. */
export function checkText(text: string): void {
  const problem = noteTextProblem(text);
  if (problem)
    throw new AppError('validation_failed', `text: ${problem}`, { fields: [{ path: 'text', message: problem }] });
}

/** A meeting to attach a note to must be one of this pair's. */
export async function checkMeeting(tx: Tx, m: Membership, meetingId: string): Promise<void> {
  const [meeting] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.orgId, m.pair.orgId), eq(meetings.pairId, m.pair.id), eq(meetings.id, meetingId)));
  if (!meeting)
    throw new AppError('validation_failed', 'meetingId: is not a meeting of this pair', {
      fields: [{ path: 'meetingId', message: 'is not a meeting of this pair' }],
    });
}
