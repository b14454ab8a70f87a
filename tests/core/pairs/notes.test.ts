import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canChangeNote,
  canReadNote,
  isNoteVisibility,
  NOTE_MAX_CHARS,
  NOTE_VISIBILITIES,
  noteTextProblem,
  type NoteVisibility,
} from '../../../src/core/pairs/notes.js';

const pair = { mentorPersonId: 'mentor', menteePersonId: 'mentee' };
const PEOPLE = ['mentor', 'mentee', 'outsider', 'admin-person', 'program-manager', 'their-manager'] as const;

describe('who reads a private note', () => {
  it('the author always; the partner only when shared with both; nobody else', () => {
    expect(canReadNote({ authorPersonId: 'mentor', visibility: 'only_me' }, pair, 'mentor')).toBe(true);
    expect(canReadNote({ authorPersonId: 'mentor', visibility: 'only_me' }, pair, 'mentee')).toBe(false);
    expect(canReadNote({ authorPersonId: 'mentor', visibility: 'both' }, pair, 'mentee')).toBe(true);
    expect(canReadNote({ authorPersonId: 'mentee', visibility: 'both' }, pair, 'mentor')).toBe(true);
    expect(canReadNote({ authorPersonId: 'mentee', visibility: 'both' }, pair, 'outsider')).toBe(false);
  });

  it('property: readable exactly by the author and, when shared, the partner; changeable only by the author', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('mentor', 'mentee'),
        fc.constantFrom<NoteVisibility>(...NOTE_VISIBILITIES),
        fc.constantFrom(...PEOPLE),
        (author, visibility, viewer) => {
          const note = { authorPersonId: author, visibility };
          const partner = author === 'mentor' ? 'mentee' : 'mentor';
          expect(canReadNote(note, pair, viewer)).toBe(
            viewer === author || (viewer === partner && visibility === 'both'),
          );
          expect(canChangeNote(note, pair, viewer)).toBe(viewer === author);
        },
      ),
    );
  });

  it('a note whose author is not a member of the pair is read by nobody (a row out of place)', () => {
    for (const viewer of PEOPLE) {
      expect(canReadNote({ authorPersonId: 'outsider', visibility: 'both' }, pair, viewer)).toBe(false);
      expect(canChangeNote({ authorPersonId: 'outsider', visibility: 'both' }, pair, viewer)).toBe(false);
    }
  });
});

describe('note text', () => {
  it('is 1 to 20 000 characters, not only blanks', () => {
    expect(noteTextProblem('a')).toBeNull();
    expect(noteTextProblem('x'.repeat(NOTE_MAX_CHARS))).toBeNull();
    expect(noteTextProblem('')).toBe('must not be empty');
    expect(noteTextProblem(' \n\t ')).toBe('must not be empty');
    expect(noteTextProblem('x'.repeat(NOTE_MAX_CHARS + 1))).toBe('must be at most 20000 characters');
  });

  it('property: a problem never repeats the text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 3, maxLength: 50 }), fc.boolean(), (text, long) => {
        const t = long
          ? `SECRET${text}`.repeat(Math.ceil((NOTE_MAX_CHARS + 1) / (text.length + 6)))
          : ` SECRET${text} `.replace(/\S/g, ' ');
        const problem = noteTextProblem(t);
        expect(problem).not.toBeNull();
        expect(problem).not.toContain('SECRET');
      }),
    );
  });

  it('knows its visibilities', () => {
    expect(isNoteVisibility('only_me')).toBe(true);
    expect(isNoteVisibility('both')).toBe(true);
    expect(isNoteVisibility('everyone')).toBe(false);
  });
});
