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
  const [outcome, setOutcome] = useState<MeetingOutcome | ''>(meeting.log?.outcome ?? '');
  const [minutes, setMinutes] = useState(String(meeting.log?.heldMinutes ?? meeting.minutes));
  const [chosen, setChosen] = useState<string[]>(meeting.log?.topics ?? []);
  const [drivenBy, setDrivenBy] = useState<DrivenBy | ''>(meeting.log?.drivenBy ?? '');
  const topicsId = useId();
  const field = (path: string) => error?.fieldMessage(path);
  const toggle = (key: string, on: boolean) =>
    setChosen((list) => (on ? [...list, key] : list.filter((k) => k !== key)));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (outcome === '') return;
    onSave(
      outcome === 'missed'
        ? { outcome }
        : { outcome, heldMinutes: Number(minutes), topics: chosen, drivenBy: drivenBy === '' ? null : drivenBy },
    );
  }

  return (
    <form className="meetings-form" onSubmit={submit} aria-label="Log the meeting">
      <RadioGroup
        legend="Did you meet?"
        name={`outcome-${meeting.id}`}
        value={outcome}
        onChange={setOutcome}
        options={[
          { value: 'held', label: 'We met' },
          { value: 'missed', label: 'It did not happen' },
        ]}
      />
      {outcome === 'held' && (
        <>
          <Field
            label="How long (minutes)"
            name={`held-${meeting.id}`}
            type="number"
            min={1}
            max={480}
            required
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            error={field('heldMinutes')}
          />
          {topics.length > 0 && (
            <fieldset className="meetings-topics" aria-describedby={field('topics') ? `${topicsId}-error` : undefined}>
              <legend>Topics covered</legend>
              <div className="checkbox-row">
                {topics.map((t) => (
                  <label key={t.key} className="checkbox">
                    <input
                      type="checkbox"
                      checked={chosen.includes(t.key)}
                      onChange={(e) => toggle(t.key, e.target.checked)}
                    />
                    <span>{t.label}</span>
                  </label>
                ))}
              </div>
              {field('topics') && (
                <p id={`${topicsId}-error`} className="field-error">
                  {field('topics')}
                </p>
              )}
            </fieldset>
          )}
          <RadioGroup
            legend="Who drove?"
            name={`driven-${meeting.id}`}
            value={drivenBy}
            onChange={setDrivenBy}
            error={field('drivenBy')}
            options={(Object.keys(DRIVEN_BY_LABELS) as DrivenBy[]).map((value) => ({
              value,
              label: DRIVEN_BY_LABELS[value],
            }))}
          />
        </>
      )}
      <ErrorBanner error={error && !error.fields.length ? error : undefined} title="That did not work" />
      <div className="form-actions">
        <button type="submit" disabled={busy || outcome === ''}>
          Save the log
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
