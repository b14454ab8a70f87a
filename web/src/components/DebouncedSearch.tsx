import { useEffect, useState } from 'react';
import { Field } from './Field';

interface DebouncedSearchProps {
  label?: string;
  hint?: string;
  /** The search text currently in the URL. */
  value: string;
  /** Called 300 ms after typing stops, or at once on Enter. */
  onCommit(text: string): void;
}

const DEBOUNCE_MS = 300;

/** A search input whose text reaches the URL after a pause (or at once on Enter). */
export function DebouncedSearch({ label = 'Search', hint, value, onCommit }: DebouncedSearchProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);

  // The URL changed under us (back/forward, "Clear filters"): show its text.
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }

  useEffect(() => {
    if (text === value) return;
    const timer = window.setTimeout(() => onCommit(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value, onCommit]);

  return (
    <Field
      label={label}
      type="search"
      name="q"
      autoComplete="off"
      spellCheck={false}
      hint={hint}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onCommit(text);
        }
      }}
    />
  );
}
