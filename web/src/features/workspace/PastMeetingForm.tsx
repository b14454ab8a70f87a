import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import type { PastMeetingInput } from '../../api/meetings';
import { ErrorBanner } from '../../components/ErrorBanner';
import { initialWhen, MeetingWhenFields, whenInput } from './MeetingForm';
import { MeetingLogFields, type LogDraft } from './MeetingLogForm';

/** The fields this form shows a server message next to. */
const SHOWN = new Set(['startsAtLocal', 'timeZone', 'minutes', 'place', 'log.topics', 'log.drivenBy']);

/** An error none of whose fields is on the form (or with no fields at all) goes in the banner, with its messages. */
function unshown(error: ApiError | undefined): string | undefined {
  if (!error) return undefined;
  if (!error.fields.length) return error.message;
  const rest = error.fields.filter((f) => !SHOWN.has(f.path));
  return rest.length ? rest.map((f) => f.message).join('; ') : undefined;
}

interface PastMeetingFormProps {
  /** The agreed length and my profile's zone (the browser's zone comes first). */
  defaults: { minutes: number; timeZone: string | null };
  topics: ReadonlyArray<{ key: string; label: string }>;
  busy: boolean;
  error: ApiError | undefined;
  onSave(input: PastMeetingInput): void;
  onCancel(): void;
}

/**
 * A meeting the pair held without scheduling it here first: when it was, how long, where, then
 * the log's topics and who drove. It was held, and how long it lasted is its length, so neither
 * is asked twice.
 */
export function PastMeetingForm({ defaults, topics, busy, error, onSave, onCancel }: PastMeetingFormProps) {
  const [when, setWhen] = useState(() => initialWhen(defaults));
  const [draft, setDraft] = useState<LogDraft>({ outcome: 'held', minutes: '', topics: [], drivenBy: '' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = whenInput(when);
    onSave({
      ...input,
      log: {
        outcome: 'held',
        heldMinutes: input.minutes,
        topics: draft.topics,
        drivenBy: draft.drivenBy === '' ? null : draft.drivenBy,
      },
    });
  }

  return (
    <form className="meetings-form" onSubmit={submit} aria-label="Record a past meeting">
      <p className="muted">
        For a meeting you already held without scheduling it here. It counts in your cadence; nothing is sent to your
        calendars.
      </p>
      <MeetingWhenFields
        prefix="meeting-past"
        when={when}
        onChange={setWhen}
        otherZone={defaults.timeZone}
        error={error}
        lengthLabel="How long (minutes)"
        zoneHint="The zone of the date and time you enter."
      />
      <MeetingLogFields
        name="past"
        draft={draft}
        onChange={setDraft}
        topics={topics}
        fieldError={(path) => error?.fieldMessage(`log.${path}`)}
        askOutcome={false}
        askMinutes={false}
      />
      <ErrorBanner error={unshown(error)} title="That did not work" />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Record the meeting
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
