import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import {
  NOTE_MAX_CHARS,
  VISIBILITY_LABEL,
  type MeetingChoice,
  type NoteInput,
  type NoteVisibility,
} from '../../api/notes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDateTime } from '../../format';
import { RadioGroup } from '../programs/RadioGroup';

const VISIBILITY_OPTIONS = [
  { value: 'only_me' as const, label: VISIBILITY_LABEL.only_me, hint: 'Private: only you can read it.' },
  { value: 'both' as const, label: VISIBILITY_LABEL.both, hint: 'Shared with your partner.' },
];

interface NoteFormProps {
  /** Empty for a new note; a note's values to edit it. */
  initial?: NoteInput;
  /** The pair's meetings to link the note to; none: a free-standing note. */
  meetings?: readonly MeetingChoice[];
  /** Link the note to this meeting and hide the choice (a meeting's own log may reuse the form). */
  fixedMeetingId?: string;
  busy: boolean;
  error?: ApiError;
  submitLabel: string;
  onSave(input: NoteInput): void | Promise<void>;
  onCancel?(): void;
}

/** Write or edit one note: the text, who may read it (only me by default), and an optional meeting. */
export function NoteForm({
  initial,
  meetings = [],
  fixedMeetingId,
  busy,
  error,
  submitLabel,
  onSave,
  onCancel,
}: NoteFormProps) {
  const [text, setText] = useState(initial?.text ?? '');
  const [visibility, setVisibility] = useState<NoteVisibility>(initial?.visibility ?? 'only_me');
  const [meetingId, setMeetingId] = useState(fixedMeetingId ?? initial?.meetingId ?? '');
  const [blank, setBlank] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setBlank(true);
      return;
    }
    setBlank(false);
    void onSave({
      text,
      visibility,
      ...(initial === undefined ? { meetingId: meetingId === '' ? null : meetingId } : {}),
    });
  }

  const textError = blank ? 'Write something first.' : error?.fieldMessage('text');
  return (
    <form className="notes-form" onSubmit={submit} noValidate>
      <ErrorBanner error={error} title="The note was not saved" />
      <TextAreaField
        label="Note"
        rows={5}
        maxLength={NOTE_MAX_CHARS}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={textError}
        disabled={busy}
      />
      <RadioGroup
        legend="Who can read it"
        name="note-visibility"
        options={VISIBILITY_OPTIONS}
        value={visibility}
        onChange={setVisibility}
        disabled={busy}
        error={error?.fieldMessage('visibility')}
      />
      {initial === undefined && fixedMeetingId === undefined && meetings.length > 0 && (
        <SelectField
          label="Meeting (optional)"
          value={meetingId}
          onChange={(e) => setMeetingId(e.target.value)}
          disabled={busy}
          error={error?.fieldMessage('meetingId')}
        >
          <option value="">Not about a meeting</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {formatDateTime(m.startsAt)}
              {m.status === 'cancelled' ? ' (cancelled)' : ''}
            </option>
          ))}
        </SelectField>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
