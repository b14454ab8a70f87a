// Private notes of a pair: the API contract (src/server/routes/workspace/notes.ts).

export type NoteVisibility = 'only_me' | 'both';

export const NOTE_MAX_CHARS = 20_000;

export const VISIBILITY_LABEL: Record<NoteVisibility, string> = {
  only_me: 'Only me',
  both: 'Both of us',
};

export interface Note {
  id: string;
  meetingId: string | null;
  /** I wrote it (only the author edits or deletes). */
  mine: boolean;
  visibility: NoteVisibility;
  /** Null when the note could not be opened (`unreadable`). */
  text: string | null;
  unreadable: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NoteList {
  items: Note[];
}

export interface NoteInput {
  text: string;
  visibility: NoteVisibility;
  meetingId?: string | null;
}

/** What the notes section needs of a meeting, from GET /api/me/pairs/:pairId/meetings. */
export interface MeetingChoice {
  id: string;
  startsAt: string;
  status: string;
}

export function notesPath(pairId: string): string {
  return `/api/me/pairs/${encodeURIComponent(pairId)}/notes`;
}

export function meetingsPath(pairId: string): string {
  return `/api/me/pairs/${encodeURIComponent(pairId)}/meetings`;
}
