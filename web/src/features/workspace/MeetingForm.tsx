import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import type { Meeting, ScheduleInput } from '../../api/meetings';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, SelectField } from '../../components/Field';
import { browserTimeZone, localParts, timeZoneOptions } from './meetingTime';

/** The when and where of one meeting, as the fields hold them. */
export interface MeetingWhen {
  date: string;
  time: string;
  timeZone: string;
  minutes: string;
  place: string;
}

/** Starting values: my zone from the browser (else my profile's), the agreed length, or the meeting's own. */
export function initialWhen(defaults: { minutes: number; timeZone: string | null }, meeting?: Meeting): MeetingWhen {
  const timeZone = browserTimeZone() || defaults.timeZone || 'UTC';
  const { date, time } = meeting ? localParts(meeting.startsAt, timeZone) : { date: '', time: '' };
  return { date, time, timeZone, minutes: String(meeting?.minutes ?? defaults.minutes), place: meeting?.place ?? '' };
}

/** The request fields of a `MeetingWhen`: a local date-time in its zone, a length and a place. */
export function whenInput(when: MeetingWhen): Omit<ScheduleInput, 'count'> {
  return {
    startsAtLocal: `${when.date}T${when.time}`,
    timeZone: when.timeZone,
    minutes: Number(when.minutes),
    place: when.place.trim(),
  };
}

interface MeetingWhenFieldsProps {
  /** Unique per form: names the inputs. */
  prefix: string;
  when: MeetingWhen;
  onChange(when: MeetingWhen): void;
  /** The zones to offer besides the browser's (my profile's zone). */
  otherZone: string | null;
  error: ApiError | undefined;
  /** The length field's label, and what may sit beside it (the schedule form's count). */
  lengthLabel?: string;
  besideLength?: ReactNode;
  /** Said under the time zone. */
  zoneHint?: string;
}

/** Date, time, time zone, length and place: the fields a meeting has, wherever it is entered. */
export function MeetingWhenFields({
  prefix,
  when,
  onChange,
  otherZone,
  error,
  lengthLabel = 'Length (minutes)',
  besideLength,
  zoneHint = 'Your partner gets the time in their own zone.',
}: MeetingWhenFieldsProps) {
  const zones = timeZoneOptions(when.timeZone, otherZone);
  const field = (path: string) => error?.fieldMessage(path);
  const set = (key: keyof MeetingWhen) => (e: { target: { value: string } }) =>
    onChange({ ...when, [key]: e.target.value });
  return (
    <>
      <div className="meetings-form-row">
        <Field
          label="Date"
          name={`${prefix}-date`}
          type="date"
          required
          value={when.date}
          onChange={set('date')}
          error={field('startsAtLocal')}
        />
        <Field label="Time" name={`${prefix}-time`} type="time" required value={when.time} onChange={set('time')} />
      </div>
      <SelectField
        label="Time zone"
        name={`${prefix}-zone`}
        value={when.timeZone}
        onChange={set('timeZone')}
        error={field('timeZone')}
        hint={zoneHint}
      >
        {zones.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </SelectField>
      <div className="meetings-form-row">
        <Field
          label={lengthLabel}
          name={`${prefix}-minutes`}
          type="number"
          min={10}
          max={480}
          required
          value={when.minutes}
          onChange={set('minutes')}
          error={field('minutes')}
        />
        {besideLength}
      </div>
      <Field
        label="Place or link (optional)"
        name={`${prefix}-place`}
        maxLength={500}
        value={when.place}
        onChange={set('place')}
        error={field('place')}
      />
    </>
  );
}

interface MeetingFormProps {
  /** Defaults from the agreement: its length and cadence; my time zone when the browser has none. */
  defaults: { cadenceDays: number; minutes: number; timeZone: string | null };
  /** Rescheduling this meeting (no repeat); otherwise a new meeting or series. */
  meeting?: Meeting;
  busy: boolean;
  error: ApiError | undefined;
  onSave(input: ScheduleInput): void;
  onCancel?: () => void;
}

/** Schedule one meeting or a series following the cadence, or move one: date, time, zone, length, place. */
export function MeetingForm({ defaults, meeting, busy, error, onSave, onCancel }: MeetingFormProps) {
  // My zone, from the browser (a moved meeting is shown in it too).
  const [when, setWhen] = useState(() => initialWhen(defaults, meeting));
  const [count, setCount] = useState('1');
  const prefix = meeting ? `meeting-${meeting.id}` : 'meeting-new';

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({ ...whenInput(when), count: meeting ? 1 : Number(count) });
  }

  return (
    <form
      className="meetings-form"
      onSubmit={submit}
      aria-label={meeting ? 'Reschedule the meeting' : 'Schedule meetings'}
    >
      <MeetingWhenFields
        prefix={prefix}
        when={when}
        onChange={setWhen}
        otherZone={defaults.timeZone}
        error={error}
        besideLength={
          !meeting && (
            <Field
              label="How many meetings"
              name={`${prefix}-count`}
              type="number"
              min={1}
              max={26}
              required
              value={count}
              onChange={(e) => setCount(e.target.value)}
              error={error?.fieldMessage('count')}
              hint={`More than one repeats it every ${defaults.cadenceDays} days, as your agreement says, at the same local time.`}
            />
          )
        }
      />
      <ErrorBanner error={error && !error.fields.length ? error : undefined} title="That did not work" />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {meeting ? 'Move the meeting' : Number(count) > 1 ? `Schedule ${count} meetings` : 'Schedule the meeting'}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
