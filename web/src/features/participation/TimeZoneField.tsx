import { useId, useMemo } from 'react';
import { Field } from '../../components/Field';

interface TimeZoneFieldProps {
  value: string;
  onChange(value: string): void;
  error?: string;
  disabled?: boolean;
}

/** The IANA time zone names the browser knows, or none (then the field is plain text). */
function knownTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  try {
    return typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : [];
  } catch {
    return [];
  }
}

/** A text field with the browser's time zones as suggestions; any IANA name may be typed. */
export function TimeZoneField({ value, onChange, error, disabled }: TimeZoneFieldProps) {
  const listId = useId();
  const zones = useMemo(() => knownTimeZones(), []);
  return (
    <>
      <Field
        label="Time zone"
        name="timeZone"
        autoComplete="off"
        spellCheck={false}
        list={zones.length > 0 ? listId : undefined}
        hint="An IANA name such as Europe/Paris or America/New_York. Matching favours partners within about three hours of you, so you can meet in working hours."
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
      {zones.length > 0 && (
        <datalist id={listId}>
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      )}
    </>
  );
}
