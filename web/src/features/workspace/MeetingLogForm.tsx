import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import type { DrivenBy, LogInput, Meeting, MeetingOutcome } from '../../api/meetings';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { RadioGroup } from '../programs/RadioGroup';

export const DRIVEN_BY_LABELS: Record<DrivenBy, string> = {
  learner: 'The learner did the hands-on work',
  helper: 'The helper showed',
  shared: 'Shared',
};

/** A log as its fields hold it. */
export interface LogDraft {
  outcome: MeetingOutcome | '';
  minutes: string;
  topics: string[];
  drivenBy: DrivenBy | '';
}

/** The request of a draft: a missed meeting carries nothing else. */
export function logInput(draft: LogDraft & { outcome: MeetingOutcome }): LogInput {
  return draft.outcome === 'missed'
    ? { outcome: 'missed' }
    : {
        outcome: 'held',
        heldMinutes: Number(draft.minutes),
        topics: draft.topics,
        drivenBy: draft.drivenBy === '' ? null : draft.drivenBy,
      };
}

interface MeetingLogFieldsProps {
  /** Unique per form: names the radio groups. */
  name: string;
  draft: LogDraft;
  onChange(draft: LogDraft): void;
  topics: ReadonlyArray<{ key: string; label: string }>;
  /** The server's message for a log field ('heldMinutes', 'topics', 'drivenBy'). */
  fieldError(path: string): string | undefined;
  /** Ask whether it happened, and how long (a recorded past meeting knows both already). */
  askOutcome?: boolean;
  askMinutes?: boolean;
}

/** Held or missed, how long, the topics (from the program's catalogue) and who drove. */
export function MeetingLogFields({
  name,
  draft,
  onChange,
  topics,
  fieldError,
  askOutcome = true,
  askMinutes = true,
}: MeetingLogFieldsProps) {
  const topicsId = useId();
  const set = (next: Partial<LogDraft>) => onChange({ ...draft, ...next });
  const toggle = (key: string, on: boolean) =>
    set({ topics: on ? [...draft.topics, key] : draft.topics.filter((k) => k !== key) });
  const topicsError = fieldError('topics');
  return (
    <>
      {askOutcome && (
        <RadioGroup
          legend="Did you meet?"
          name={`outcome-${name}`}
          value={draft.outcome}
          onChange={(outcome) => set({ outcome })}
          error={fieldError('outcome')}
          options={[
            { value: 'held', label: 'We met' },
            { value: 'missed', label: 'It did not happen' },
          ]}
        />
      )}
      {draft.outcome === 'held' && (
        <>
          {askMinutes && (
            <Field
              label="How long (minutes)"
              name={`held-${name}`}
              type="number"
              min={1}
              max={480}
              required
              value={draft.minutes}
              onChange={(e) => set({ minutes: e.target.value })}
              error={fieldError('heldMinutes')}
            />
          )}
          {topics.length > 0 && (
            <fieldset className="meetings-topics" aria-describedby={topicsError ? `${topicsId}-error` : undefined}>
              <legend>Topics covered</legend>
              <div className="checkbox-row">
                {topics.map((t) => (
                  <label key={t.key} className="checkbox">
                    <input
                      type="checkbox"
                      checked={draft.topics.includes(t.key)}
                      onChange={(e) => toggle(t.key, e.target.checked)}
                    />
                    <span>{t.label}</span>
                  </label>
                ))}
              </div>
              {topicsError && (
                <p id={`${topicsId}-error`} className="field-error">
                  {topicsError}
                </p>
              )}
            </fieldset>
          )}
          <RadioGroup
            legend="Who drove?"
            name={`driven-${name}`}
            value={draft.drivenBy}
            onChange={(drivenBy) => set({ drivenBy })}
            error={fieldError('drivenBy')}
            options={(Object.keys(DRIVEN_BY_LABELS) as DrivenBy[]).map((value) => ({
              value,
              label: DRIVEN_BY_LABELS[value],
            }))}
          />
        </>
      )}
    </>
  );
}

interface MeetingLogFormProps {
  meeting: Meeting;
  topics: ReadonlyArray<{ key: string; label: string }>;
  busy: boolean;
  error: ApiError | undefined;
  onSave(input: LogInput): void;
  onCancel(): void;
}

/** After a meeting: held or missed, how long, the topics (from the program's catalogue) and who drove. */
export function MeetingLogForm({ meeting, topics, busy, error, onSave, onCancel }: MeetingLogFormProps) {
  const [draft, setDraft] = useState<LogDraft>({
    outcome: meeting.log?.outcome ?? '',
    minutes: String(meeting.log?.heldMinutes ?? meeting.minutes),
    topics: meeting.log?.topics ?? [],
    drivenBy: meeting.log?.drivenBy ?? '',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const { outcome } = draft;
    if (outcome === '') return;
    onSave(logInput({ ...draft, outcome }));
  }

  return (
    <form className="meetings-form" onSubmit={submit} aria-label="Log the meeting">
      <MeetingLogFields
        name={meeting.id}
        draft={draft}
        onChange={setDraft}
        topics={topics}
        fieldError={(path) => error?.fieldMessage(path)}
      />
      <ErrorBanner error={error && !error.fields.length ? error : undefined} title="That did not work" />
      <div className="form-actions">
        <button type="submit" disabled={busy || draft.outcome === ''}>
          Save the log
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
