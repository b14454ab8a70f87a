import { useId, type ReactNode } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: ReactNode;
}

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  options: ReadonlyArray<RadioOption<T>>;
  value: NoInfer<T> | '';
  onChange(value: NoInfer<T>): void;
  error?: string;
  disabled?: boolean;
  /** Cards with room for a hint under each label (templates, modes), rather than a row. */
  cards?: boolean;
}

/** A fieldset of radio buttons with an optional error linked to the group. */
export function RadioGroup<T extends string>({ legend, name, options, value, onChange, error, disabled, cards = false }: RadioGroupProps<T>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className="radio-group" aria-describedby={error !== undefined ? errorId : undefined} aria-invalid={error !== undefined || undefined}>
      <legend>{legend}</legend>
      <div className={cards ? 'radio-cards' : 'checkbox-row'}>
        {options.map((option) => {
          const hintId = `${id}-${option.value}-hint`;
          const labelId = `${id}-${option.value}-label`;
          return (
            <label key={option.value} className={cards ? 'radio-card' : 'checkbox'}>
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                disabled={disabled}
                // Named by its label alone; the hint is its description, not part of its name.
                aria-labelledby={option.hint !== undefined ? labelId : undefined}
                aria-describedby={option.hint !== undefined ? hintId : undefined}
                onChange={() => onChange(option.value)}
              />
              <span className="radio-card-text">
                <span id={labelId} className="radio-card-label">
                  {option.label}
                </span>
                {option.hint !== undefined && (
                  <span id={hintId} className="radio-card-hint">
                    {option.hint}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
