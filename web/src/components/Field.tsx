import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface FieldShell {
  label: string;
  /** Error text shown under the control and linked with aria-describedby. */
  error?: string;
  /** Help text shown under the label and linked with aria-describedby. */
  hint?: ReactNode;
}

type FieldProps = FieldShell & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;
type SelectFieldProps = FieldShell & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>;

function useFieldIds(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = error !== undefined ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Parts({ label, error, hint, ids, children }: FieldShell & { ids: ReturnType<typeof useFieldIds>; children: ReactNode }) {
  return (
    <div className={error !== undefined ? 'field field-invalid' : 'field'}>
      <label htmlFor={ids.id}>{label}</label>
      {hint !== undefined && (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      {error !== undefined && (
        <p id={ids.errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled <input> with optional hint and error text. */
export function Field({ label, error, hint, ...input }: FieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <Parts label={label} error={error} hint={hint} ids={ids}>
      <input id={ids.id} aria-invalid={error !== undefined || undefined} aria-describedby={ids.describedBy} {...input} />
    </Parts>
  );
}

/** A labelled <select>; pass <option>s as children. */
export function SelectField({ label, error, hint, children, ...select }: SelectFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <Parts label={label} error={error} hint={hint} ids={ids}>
      <select id={ids.id} aria-invalid={error !== undefined || undefined} aria-describedby={ids.describedBy} {...select}>
        {children}
      </select>
    </Parts>
  );
}
