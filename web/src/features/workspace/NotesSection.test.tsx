// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../api/notes';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { NotesSection } from './NotesSection';
import { fakeNote } from './notesFixtures';

const PATH = '/api/me/pairs/pair-1/notes';
const MEETINGS = '/api/me/pairs/pair-1/meetings';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function items(): HTMLElement[] {
  return screen.getAllByRole('listitem');
}

describe('private notes section', () => {
  it('says who can read notes, and shows each note’s visibility, author and an unreadable one without text', async () => {
    const notes: Note[] = [
      fakeNote({ id: 'n-1', text: 'My own thought', visibility: 'only_me' }),
      fakeNote({ id: 'n-2', text: 'We agreed on a plan', visibility: 'both', mine: false }),
      fakeNote({ id: 'n-3', text: null, unreadable: true }),
    ];
    fakeApi({
      [`GET ${PATH}`]: () => json(200, { items: notes }),
      [`GET ${MEETINGS}`]: () => json(404, { error: { code: 'not_found', message: 'x' } }),
    });
    render(<NotesSection pairId="pair-1" />);
    expect(await screen.findByText('My own thought', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText(/encrypted/).textContent).toMatch(/nobody else — not the program manager, not HR/);
    const [mine, partners, broken] = items() as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(mine).getByText('Only me')).toBeTruthy();
    expect(within(mine).getByText('You wrote')).toBeTruthy();
    expect(within(mine).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(within(partners).getByText('Both of us')).toBeTruthy();
    expect(within(partners).getByText('Your partner wrote')).toBeTruthy();
    // Only the author edits or deletes.
    expect(within(partners).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(partners).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(within(broken).getByText('This note could not be opened.')).toBeTruthy();
    expect(within(broken).getByRole('button', { name: 'Write it again' })).toBeTruthy();
    // Without the meetings route, a note is free-standing: no meeting choice.
    expect(screen.queryByLabelText('Meeting (optional)')).toBeNull();
  });

  it('writes a note for me only by default, optionally on a meeting, and clears the form', async () => {
    let notes: Note[] = [];
    const { calls } = fakeApi({
      [`GET ${PATH}`]: () => json(200, { items: notes }),
      [`GET ${MEETINGS}`]: () =>
        json(200, { meetings: [{ id: 'm-1', startsAt: '2027-02-01T09:00:00Z', status: 'scheduled' }] }),
      [`POST ${PATH}`]: (call) => {
        const body = call.body as { text: string; visibility: Note['visibility']; meetingId: string | null };
        notes = [fakeNote({ id: 'n-9', text: body.text, visibility: body.visibility, meetingId: body.meetingId })];
        return json(201, notes[0]);
      },
    });
    render(<NotesSection pairId="pair-1" />);
    expect(await screen.findByText('No notes yet')).toBeTruthy();
    expect((screen.getByLabelText('Only me') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    expect(await screen.findByText('Write something first.')).toBeTruthy();
    expect(lastCallTo(calls, `POST ${PATH}`)).toBeUndefined();
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Ask about the launch' } });
    await screen.findByRole('option', { name: /2027/ });
    fireEvent.change(screen.getByLabelText('Meeting (optional)'), { target: { value: 'm-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    // (a textarea's text is its value in jsdom: look for the note's paragraph)
    expect(await screen.findByText('Ask about the launch', { selector: 'p' })).toBeTruthy();
    expect(lastCallTo(calls, `POST ${PATH}`)?.body).toEqual({
      text: 'Ask about the launch',
      visibility: 'only_me',
      meetingId: 'm-1',
    });
    expect(screen.getByText(/About the meeting of/)).toBeTruthy();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');

    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'For both' } });
    fireEvent.click(screen.getByLabelText('Both of us'));
    fireEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    await waitFor(() =>
      expect(lastCallTo(calls, `POST ${PATH}`)?.body).toEqual({
        text: 'For both',
        visibility: 'both',
        meetingId: null,
      }),
    );
  });

  it('edits text and visibility of my note, shows the field the server refused, and deletes after a confirmation', async () => {
    let notes: Note[] = [fakeNote({ id: 'n-1', text: 'First draft' })];
    let refuse = true;
    const { calls } = fakeApi({
      [`GET ${PATH}`]: () => json(200, { items: notes }),
      [`GET ${MEETINGS}`]: () => json(200, { meetings: [] }),
      [`PATCH ${PATH}/n-1`]: (call) => {
        if (refuse) {
          refuse = false;
          return json(400, {
            error: {
              code: 'validation_failed',
              message: 'text: must be at most 20000 characters',
              fields: [{ path: 'text', message: 'must be at most 20000 characters' }],
            },
          });
        }
        const body = call.body as { text: string; visibility: Note['visibility'] };
        notes = [
          fakeNote({ id: 'n-1', text: body.text, visibility: body.visibility, updatedAt: '2027-01-13T10:00:00Z' }),
        ];
        return json(200, notes[0]);
      },
      [`DELETE ${PATH}/n-1`]: () => {
        notes = [];
        return json(204);
      },
    });
    render(<NotesSection pairId="pair-1" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = items()[0] as HTMLElement;
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'Second draft' } });
    fireEvent.click(within(form).getByLabelText('Both of us'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('must be at most 20000 characters')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Second draft', { selector: 'p' })).toBeTruthy();
    expect(lastCallTo(calls, `PATCH ${PATH}/n-1`)?.body).toEqual({ text: 'Second draft', visibility: 'both' });
    expect(within(items()[0] as HTMLElement).getByText('Both of us')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByText('Delete this note for good?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(lastCallTo(calls, `DELETE ${PATH}/n-1`)).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('No notes yet')).toBeTruthy();
    expect(lastCallTo(calls, `DELETE ${PATH}/n-1`)).toBeDefined();
  });

  it('shows why a note could not be written (an ended pair)', async () => {
    fakeApi({
      [`GET ${PATH}`]: () => json(200, { items: [] }),
      [`GET ${MEETINGS}`]: () => json(200, { meetings: [] }),
      [`POST ${PATH}`]: () =>
        json(409, {
          error: { code: 'conflict', message: 'This pair is ended; the workspace opens when both have accepted.' },
        }),
    });
    render(<NotesSection pairId="pair-1" />);
    fireEvent.change(await screen.findByLabelText('Note'), { target: { value: 'Late thought' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    expect(await screen.findByText(/This pair is ended/)).toBeTruthy();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Late thought');
  });
});
