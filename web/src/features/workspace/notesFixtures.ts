// Fakes of the notes API for page tests that render the whole workspace.
import type { Note } from '../../api/notes';
import { json } from '../../test/fakeApi';

export function fakeNote(over: Partial<Note> = {}): Note {
  return {
    id: 'n-1',
    meetingId: null,
    mine: true,
    visibility: 'only_me',
    text: 'A note',
    unreadable: false,
    createdAt: '2027-01-12T10:00:00Z',
    updatedAt: '2027-01-12T10:00:00Z',
    ...over,
  };
}

/** `'GET /api/me/pairs/pair-1/notes'` for fakeApi: a pair with no notes yet. */
export const NOTES_ROUTE = { 'GET /api/me/pairs/pair-1/notes': () => json(200, { items: [] }) };
