import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import type { Meeting, ScheduleInput } from '../../api/meetings';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, SelectField } from '../../components/Field';
import { browserTimeZone, localParts, timeZoneOptions } from './meetingTime';

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
  const initialZone = browserTimeZone() || defaults.timeZone || 'UTC';
  const initial = meeting ? localParts(meeting.startsAt, initialZone) : { date: '', time: '' };
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [timeZone, setTimeZone] = useState(initialZone);
  const [minutes, setMinutes] = useState(String(meeting?.minutes ?? defaults.minutes));
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [count, setCount] = useState('1');
  const zones = timeZoneOptions(initialZone, defaults.timeZone);
  const field = (path: string) => error?.fieldMessage(path);
  const prefix = meeting ? `meeting-${meeting.id}` : 'meeting-new';

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({
      startsAtLocal: `${date}T${time}`,
      timeZone,
      minutes: Number(minutes),
      place: place.trim(),
      count: meeting ? 1 : Number(count),
    });
  }

  return (
    <form
      className="meetings-form"
      onSubmit={submit}
      aria-label={meeting ? 'Reschedule the meeting' : 'Schedule meetings'}
    >
      <div className="meetings-form-row">
        <Field
          label="Date"
          name={`${prefix}-date`}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={field('startsAtLocal')}
        />
        <Field
          label="Time"
          name={`${prefix}-time`}
          type="time"
          required
          value={time}
          onChange={(e) => setTime(e.target.value)}
        />
      </div>
      <SelectField
        label="Time zone"
        name={`${prefix}-zone`}
        value={timeZone}
        onChange={(e) => setTimeZone(e.target.value)}
        error={field('timeZone')}
        hint="Your partner gets the time in their own zone."
      >
        {zones.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </SelectField>
      <div className="meetings-form-row">
        <Field
          label="Length (minutes)"
          name={`${prefix}-minutes`}
          type="number"
          min={10}
          max={480}
          required
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={field('minutes')}
        />
        {!meeting && (
          <Field
            label="How many meetings"
            name={`${prefix}-count`}
            type="number"
            min={1}
            max={26}
            required
            value={count}
            onChange={(e) => setCount(e.target.value)}
            error={field('count')}
            hint={`More than one repeats it every ${defaults.cadenceDays} days, as your agreement says, at the same local time.`}
          />
        )}
      </div>
      <Field
        label="Place or link (optional)"
        name={`${prefix}-place`}
        maxLength={500}
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={field('place')}
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
