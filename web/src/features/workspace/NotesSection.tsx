import { useState } from 'react';
import { api } from '../../api/client';
import {
  meetingsPath,
  notesPath,
  VISIBILITY_LABEL,
  type MeetingChoice,
  type Note,
  type NoteInput,
  type NoteList,
} from '../../api/notes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { NoteForm } from './NoteForm';

/** The note being edited, or whose delete is being confirmed. */
type Target = { kind: 'edit' | 'delete'; id: string } | null;

/** The pair's private notes: mine, and my partner's shared ones. Encrypted; nobody else reads them. */
export function NotesSection({ pairId }: { pairId: string }) {
  const path = notesPath(pairId);
  const [version, setVersion] = useState(0);
  const notes = useApi<NoteList>(path, { refreshKey: version });
  // The meetings route belongs to the meetings section: without it, notes are free-standing.
  const meetingList = useApi<{ meetings: MeetingChoice[] }>(meetingsPath(pairId));
  const meetings = meetingList.data?.meetings ?? [];
  const [target, setTarget] = useState<Target>(null);
  const { busy, error, notice, setError, run } = useAction({ onDone: () => setVersion((v) => v + 1) });
  // One error at a time: the write form's, or the edited or deleted note's.
  const [errorOf, setErrorOf] = useState<'write' | 'note'>('write');
  const writeError = errorOf === 'write' ? error : undefined;
  const noteError = errorOf === 'note' ? error : undefined;
  const clearNoteError = () => {
    if (errorOf === 'note') setError(undefined);
  };
  const [formKey, setFormKey] = useState(0);

  function send(work: () => Promise<unknown>, done: string, of: 'write' | 'note'): Promise<boolean> {
    setErrorOf(of);
    return run(work, done);
  }

  async function write(input: NoteInput) {
    if (await send(() => api(path, { method: 'POST', body: input }), 'Note saved.', 'write')) setFormKey((k) => k + 1);
  }

  async function update(id: string, input: NoteInput) {
    if (
      await send(
        () =>
          api(`${path}/${encodeURIComponent(id)}`, {
            method: 'PATCH',
            body: { text: input.text, visibility: input.visibility },
          }),
        'Note updated.',
        'note',
      )
    )
      setTarget(null);
  }

  async function remove(id: string) {
    if (await send(() => api(`${path}/${encodeURIComponent(id)}`, { method: 'DELETE' }), 'Note deleted.', 'note'))
      setTarget(null);
  }

  const meetingLabel = (id: string | null) => {
    if (id === null) return null;
    const meeting = meetings.find((m) => m.id === id);
    return meeting ? `About the meeting of ${formatDateTime(meeting.startsAt)}` : 'About a meeting';
  };

  const list = notes.data?.items;
  return (
    <section className="workspace-section" id="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Private notes</h2>
      <p className="lead">
        Notes are encrypted: you choose for each whether only you or both of you can read it, and nobody else — not the
        program manager, not HR, not your managers — can read them.
      </p>
      {notice !== undefined && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="card">
        <h3>Write a note</h3>
        <NoteForm
          key={formKey}
          meetings={meetings}
          busy={busy}
          error={writeError}
          submitLabel="Save the note"
          onSave={write}
        />
      </div>
      <ErrorBanner error={notes.error} title="Could not load the notes" />
      {list === undefined && notes.error === undefined && <Loading />}
      {list !== undefined && list.length === 0 && (
        <EmptyState title="No notes yet">
          What you write here stays with you — or with the two of you, if you share it.
        </EmptyState>
      )}
      {list !== undefined && list.length > 0 && (
        <ul className="notes-list" aria-busy={notes.loading || undefined}>
          {list.map((note) => (
            <li key={note.id} className="card notes-item">
              <NoteHeader note={note} meeting={meetingLabel(note.meetingId)} />
              {target?.kind === 'edit' && target.id === note.id ? (
                <NoteForm
                  initial={{ text: note.text ?? '', visibility: note.visibility, meetingId: note.meetingId }}
                  busy={busy}
                  error={noteError}
                  submitLabel="Save changes"
                  onSave={(input) => update(note.id, input)}
                  onCancel={() => setTarget(null)}
                />
              ) : (
                <>
                  {note.unreadable ? (
                    <p className="notes-unreadable">This note could not be opened.</p>
                  ) : (
                    <p className="notes-text">{note.text}</p>
                  )}
                  {note.mine && target?.kind === 'delete' && target.id === note.id ? (
                    <div className="notes-confirm" role="group" aria-label="Delete this note">
                      <p>Delete this note for good?</p>
                      <ErrorBanner error={noteError} title="The note was not deleted" />
                      <div className="form-actions">
                        <button
                          type="button"
                          className="button-danger"
                          onClick={() => void remove(note.id)}
                          disabled={busy}
                        >
                          Yes, delete it
                        </button>
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => setTarget(null)}
                          disabled={busy}
                        >
                          Keep it
                        </button>
                      </div>
                    </div>
                  ) : (
                    note.mine && (
                      <div className="form-actions">
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => (clearNoteError(), setTarget({ kind: 'edit', id: note.id }))}
                          disabled={busy}
                        >
                          {note.unreadable ? 'Write it again' : 'Edit'}
                        </button>
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => (clearNoteError(), setTarget({ kind: 'delete', id: note.id }))}
                          disabled={busy}
                        >
                          Delete
                        </button>
                      </div>
                    )
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NoteHeader({ note, meeting }: { note: Note; meeting: string | null }) {
  return (
    <div className="notes-meta">
      <span className={`badge notes-badge notes-badge-${note.visibility}`}>{VISIBILITY_LABEL[note.visibility]}</span>
      <span>{note.mine ? 'You wrote' : 'Your partner wrote'}</span>
      <span>{formatDateTime(note.createdAt)}</span>
      {note.updatedAt !== note.createdAt && <span>(edited {formatDateTime(note.updatedAt)})</span>}
      {meeting !== null && <span>{meeting}</span>}
    </div>
  );
}
