import { useEffect, useId, useState, type ReactNode } from 'react';
import { withQuery } from '../../api/client';
import type { PersonBrief } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApi } from '../../hooks/useApi';

/** GET /api/me/people-search?q= — colleagues by name, at most 10. Not in programs.ts (see the report). */
interface PeopleSearchResult {
  items: PersonBrief[];
}

interface PeoplePickerProps {
  title: string;
  hint: ReactNode;
  chosen: readonly PersonBrief[];
  onChange(people: PersonBrief[]): void;
  /** People who may not be added here (e.g. already on the other list). */
  excludeIds?: readonly string[];
  error?: string;
  disabled?: boolean;
}

const DEBOUNCE_MS = 300;
const MIN_QUERY = 2;

/** A list of colleagues with a name search to add more. */
export function PeoplePicker({
  title,
  hint,
  chosen,
  onChange,
  excludeIds = [],
  error,
  disabled = false,
}: PeoplePickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const search = useApi<PeopleSearchResult>(
    query.length >= MIN_QUERY ? withQuery('/api/me/people-search', { q: query }) : null,
  );
  const taken = new Set([...chosen.map((person) => person.id), ...excludeIds]);
  const results = query.length >= MIN_QUERY ? (search.data?.items ?? []) : [];

  function add(person: PersonBrief) {
    onChange([...chosen, person]);
  }

  return (
    <fieldset className="people-picker" aria-describedby={`${id}-hint${error !== undefined ? ` ${id}-error` : ''}`}>
      <legend>{title}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {chosen.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ul className="people-list" aria-label={title}>
          {chosen.map((person) => (
            <li key={person.id} className="person-chip">
              <span>
                <strong>{person.name}</strong>
                <span className="muted"> · {[person.jobTitle, person.department].filter(Boolean).join(', ')}</span>
              </span>
              <button
                type="button"
                className="button-small button-secondary"
                disabled={disabled}
                onClick={() => onChange(chosen.filter((other) => other.id !== person.id))}
                aria-label={`Remove ${person.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {!disabled && (
        <div className="field">
          <label htmlFor={`${id}-search`}>Find a colleague</label>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              // Enter searches at once instead of submitting the whole profile form.
              if (event.key === 'Enter') {
                event.preventDefault();
                setQuery(text.trim());
              }
            }}
          />
        </div>
      )}
      <ErrorBanner error={search.error} title="Search failed" />
      <p role="status" className="results-status" aria-busy={search.loading || undefined}>
        {query.length < MIN_QUERY
          ? ''
          : search.loading
            ? 'Searching…'
            : results.length === 0
              ? `No one found for “${query}”.`
              : `${results.length} found.`}
      </p>
      {results.length > 0 && (
        <ul className="people-list people-results" aria-label={`Search results for ${title.toLowerCase()}`}>
          {results.map((person) => (
            <li key={person.id} className="person-chip">
              <span>
                <strong>{person.name}</strong>
                <span className="muted"> · {[person.jobTitle, person.department].filter(Boolean).join(', ')}</span>
              </span>
              {taken.has(person.id) ? (
                <span className="muted">
                  {chosen.some((other) => other.id === person.id) ? 'Added' : 'On your other list'}
                </span>
              ) : (
                <button
                  type="button"
                  className="button-small"
                  onClick={() => add(person)}
                  aria-label={`Add ${person.name}`}
                >
                  Add
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
