import { useId } from 'react';
import type { UserBrief } from '../../api/programs';
import { EmailText } from '../../components/EmailText';

interface ManagerPickerProps {
  options: readonly UserBrief[];
  value: readonly string[];
  onChange(userIds: string[]): void;
  /** Shown when the list of possible managers could not be complete (see ProgramForm). */
  note?: string;
  error?: string;
  disabled?: boolean;
}

/** Checkboxes for the users who may run the program (program managers and org admins). */
export function ManagerPicker({ options, value, onChange, note, error, disabled }: ManagerPickerProps) {
  const id = useId();
  const errorId = `${id}-error`;
  function toggle(userId: string, on: boolean) {
    onChange(on ? [...value.filter((item) => item !== userId), userId] : value.filter((item) => item !== userId));
  }
  return (
    <fieldset className="form-section manager-picker" aria-describedby={error !== undefined ? errorId : undefined} aria-invalid={error !== undefined || undefined}>
      <legend>Program managers</legend>
      <p className="field-hint">They run the program and see everything in it. Org admins see every program anyway.</p>
      {note !== undefined && <p className="field-hint">{note}</p>}
      <div className="manager-options">
        {options.map((user) => (
          <label key={user.id} className="checkbox">
            <input type="checkbox" checked={value.includes(user.id)} disabled={disabled} onChange={(event) => toggle(user.id, event.target.checked)} />
            <span>
              {user.name}{' '}
              <span className="muted">
                (<EmailText email={user.email} />)
              </span>
            </span>
          </label>
        ))}
      </div>
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
