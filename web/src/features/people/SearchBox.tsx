import { useEffect, useState } from 'react';
import { Field } from '../../components/Field';

interface SearchBoxProps {
  /** The search text currently in the URL. */
  value: string;
  /** Called ~300 ms after typing stops, or at once on Enter. */
  onCommit(text: string): void;
}

export const SEARCH_DEBOUNCE_MS = 300;

/** The directory's search input: local text, debounced into the URL. */
export function SearchBox({ value, onCommit }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);

  // The URL changed under us (back/forward, "Clear filters"): show its text.
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }

  useEffect(() => {
    if (text === value) return;
    const timer = window.setTimeout(() => onCommit(text), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value, onCommit]);

  return (
    <Field
      label="Search"
      type="search"
      name="q"
      autoComplete="off"
      spellCheck={false}
      hint="Name, email, employee ID or job title"
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
