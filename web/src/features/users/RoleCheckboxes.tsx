import { useId } from 'react';
import { ROLES, type Role } from '../../api/types';
import { roleLabel } from '../../format';

interface RoleCheckboxesProps {
  legend: string;
  /** Keep the legend for screen readers only (e.g. inside a table row). */
  hideLegend?: boolean;
  value: readonly Role[];
  onChange(roles: Role[]): void;
  error?: string;
  disabled?: boolean;
}

/** Four role checkboxes in a fieldset; the order of `ROLES` is kept in the result. */
export function RoleCheckboxes({ legend, hideLegend = false, value, onChange, error, disabled }: RoleCheckboxesProps) {
  const id = useId();
  const errorId = `${id}-error`;
  function toggle(role: Role, checked: boolean) {
    onChange(ROLES.filter((item) => (item === role ? checked : value.includes(item))));
  }
  return (
    <fieldset className="role-checkboxes" aria-describedby={error !== undefined ? errorId : undefined} aria-invalid={error !== undefined || undefined}>
      <legend className={hideLegend ? 'sr-only' : undefined}>{legend}</legend>
      <div className="checkbox-row">
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input type="checkbox" checked={value.includes(role)} disabled={disabled} onChange={(event) => toggle(role, event.target.checked)} />
            <span>{roleLabel(role)}</span>
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
