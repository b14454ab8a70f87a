import { useState, type FormEvent } from 'react';
import type { HandPairBody, RoundAvailable } from '../../api/programs';
import { SelectField } from '../../components/Field';

type Available = RoundAvailable['mentors'][number];

interface HandPairFormProps {
  /** Who still has room in the round (GET /api/rounds/:roundId/available). */
  available: RoundAvailable;
  disabled: boolean;
  /** Resolves true when the pair was made (the choice is then cleared). */
  onPair(body: HandPairBody, names: string): Promise<boolean>;
}

const option = (item: Available) =>
  `${item.person.name} (${item.person.department}, level ${item.person.level}${item.side === 'mentor' && item.room > 1 ? `, room for ${item.room}` : ''})`;

/** Pick a junior mentor with room and a senior mentee without a pair, and pair them. */
export function HandPairForm({ available, disabled, onPair }: HandPairFormProps) {
  const [mentorId, setMentorId] = useState('');
  const [menteeId, setMenteeId] = useState('');
  const { mentors, mentees } = available;
  // A pick can disappear when the summary reloads (the person was paired some other way).
  const mentor = mentors.find((item) => item.enrollmentId === mentorId);
  const mentee = mentees.find((item) => item.enrollmentId === menteeId);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mentor === undefined || mentee === undefined) return;
    const made = await onPair({ mentorEnrollmentId: mentor.enrollmentId, menteeEnrollmentId: mentee.enrollmentId }, `${mentor.person.name} and ${mentee.person.name}`);
    if (made) {
      setMentorId('');
      setMenteeId('');
    }
  }

  if (mentors.length === 0 || mentees.length === 0) {
    return <p className="muted">To pair by hand you need a junior mentor with room and a senior mentee without a pair. Remove a pair to free its two people.</p>;
  }
  return (
    <form className="form hand-pair" onSubmit={submit} noValidate>
      <div className="form-grid">
        <SelectField label="Junior mentor" name="mentor" value={mentor === undefined ? '' : mentorId} disabled={disabled} onChange={(event) => setMentorId(event.target.value)}>
          <option value="">Choose a junior mentor</option>
          {mentors.map((item) => (
            <option key={item.enrollmentId} value={item.enrollmentId}>
              {option(item)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Senior mentee" name="mentee" value={mentee === undefined ? '' : menteeId} disabled={disabled} onChange={(event) => setMenteeId(event.target.value)}>
          <option value="">Choose a senior mentee</option>
          {mentees.map((item) => (
            <option key={item.enrollmentId} value={item.enrollmentId}>
              {option(item)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={disabled || mentor === undefined || mentee === undefined}>
          Pair them
        </button>
      </div>
    </form>
  );
}
