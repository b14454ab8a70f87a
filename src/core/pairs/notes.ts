// Private notes of a pair (issue 5, PRODUCT.md capability 9, principle 5): a note is read by its
// author, and by the partner when the author shared it with "both of us" — by nobody else, whatever
// their role. Only the author changes or deletes it. Pure.

export const NOTE_VISIBILITIES = ['only_me', 'both'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export const NOTE_MAX_CHARS = 20_000;

export interface PairMembers {
  mentorPersonId: string;
  menteePersonId: string;
}

export interface NoteFacts {
  authorPersonId: string;
  visibility: NoteVisibility;
}

function isMember(pair: PairMembers, personId: string): boolean {
  return personId === pair.mentorPersonId || personId === pair.menteePersonId;
}

/** The author always; the partner only when the note is shared with both; nobody outside the pair. */
export function canReadNote(note: NoteFacts, pair: PairMembers, viewerPersonId: string): boolean {
  if (!isMember(pair, viewerPersonId) || !isMember(pair, note.authorPersonId)) return false;
  return viewerPersonId === note.authorPersonId || note.visibility === 'both';
}

/** Only the author edits, re-shares or deletes a note (and only while a member of the pair). */
export function canChangeNote(note: NoteFacts, pair: PairMembers, viewerPersonId: string): boolean {
  return isMember(pair, viewerPersonId) && viewerPersonId === note.authorPersonId;
}

/**
 * What is wrong with a note's text, or null. The message never repeats the text: it ends up in
 * an error answer, and a note must not travel anywhere but to its readers.
 */
export function noteTextProblem(text: string): string | null {
  if (text.trim().length === 0) return 'must not be empty';
  if (text.length > NOTE_MAX_CHARS) return `must be at most ${NOTE_MAX_CHARS} characters`;
  return null;
}

export function isNoteVisibility(value: string): value is NoteVisibility {
  return (NOTE_VISIBILITIES as readonly string[]).includes(value);
}
