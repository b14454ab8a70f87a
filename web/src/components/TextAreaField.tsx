import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';

type TextAreaFieldProps = {
  label: string;
  error?: string;
  hint?: ReactNode;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

/** A labelled <textarea> with hint and error, built like components/Field (which has none). */
export function TextAreaField({ label, error, hint, rows = 3, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = error !== undefined ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error !== undefined ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
