import { useId, useState, type FormEvent } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { ApplyBody, MyEnrollment, ProgramBrief, Side } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Link } from '../../components/Link';
import { MUTUAL_SIDE_NOTE, SIDE_LABELS } from './labels';
import { TextAreaField } from '../../components/TextAreaField';

interface ApplyFormProps {
  program: ProgramBrief;
  /** The side an invitation suggested, if any. */
  initialSide?: Side | null;
  /** False when the profile lists no skills: matching needs them, so say so first. */
  profileHasSkills: boolean;
  onApplied(enrollment: MyEnrollment): void;
  onCancel(): void;
}

const SIDES: Side[] = ['mentor', 'mentee'];

/** Side, capacity (mentors) and motivation → POST /api/me/programs/:programId/apply. */
export function ApplyForm({ program, initialSide, profileHasSkills, onApplied, onCancel }: ApplyFormProps) {
  const id = useId();
  const [side, setSide] = useState<Side | null>(initialSide ?? null);
  const [capacity, setCapacity] = useState('');
  const [motivation, setMotivation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [missingSide, setMissingSide] = useState(false);
  const sideError = missingSide ? 'Choose your side of the pair.' : error?.fieldMessage('side');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (side === null) {
      setMissingSide(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    const body: ApplyBody = { side };
    const text = motivation.trim();
    if (text !== '') body.motivation = text;
    if (side === 'mentor' && capacity.trim() !== '') body.capacity = Number(capacity);
    try {
      const enrollment = await api<MyEnrollment>(`/api/me/programs/${encodeURIComponent(program.id)}/apply`, {
        method: 'POST',
        body,
      });
      onApplied(enrollment);
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  return (
    <form className="form apply-form" onSubmit={submit} noValidate aria-label={`Apply to ${program.name}`}>
      {!profileHasSkills && (
        <p className="notice">
          Your profile lists no skills yet. Matching pairs people by what one can teach and the other wants to learn, so{' '}
          <Link href="/my/profile">complete your profile</Link> first.
        </p>
      )}
      <ErrorBanner error={error} title="Your application was not sent" />
      <fieldset
        className="choice-list"
        aria-describedby={
          sideError !== undefined ? `${id}-side-error` : program.mode === 'mutual' ? `${id}-side-hint` : undefined
        }
        aria-invalid={sideError !== undefined || undefined}
      >
        <legend>Your side of the pair</legend>
        {program.mode === 'mutual' && (
          <p id={`${id}-side-hint`} className="field-hint">
            {MUTUAL_SIDE_NOTE}
          </p>
        )}
        {SIDES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-side`}
              value={value}
              checked={side === value}
              onChange={() => {
                setSide(value);
                setMissingSide(false);
              }}
            />
            <span>{SIDE_LABELS[value]}</span>
          </label>
        ))}
        {sideError !== undefined && (
          <p id={`${id}-side-error`} className="field-error">
            {sideError}
          </p>
        )}
      </fieldset>
      {side === 'mentor' && (
        <Field
          label="How many mentees at once (optional)"
          name="capacity"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          hint="Leave empty to take the program's usual number."
          value={capacity}
          onChange={(event) => setCapacity(event.target.value)}
          error={error?.fieldMessage('capacity')}
        />
      )}
      <TextAreaField
        label="Why do you want to take part? (optional)"
        name="motivation"
        maxLength={2000}
        hint="Whoever approves your place (your manager, or the program manager) reads this."
        value={motivation}
        onChange={(event) => setMotivation(event.target.value)}
        error={error?.fieldMessage('motivation')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          Send application
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
