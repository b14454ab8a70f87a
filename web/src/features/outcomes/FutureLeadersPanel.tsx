import { useId } from 'react';
import { programLeadersApi, type FutureLeaders } from '../../api/outcomes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useApi } from '../../hooks/useApi';
import { guardedText, count } from './outcomesFormat';

/**
 * Junior mentors who opted in and meet at least two leadership signals, each with its evidence.
 * Shown to admins and the program's managers only (sponsors never load it); listed by name,
 * never ranked.
 */
export function FutureLeadersPanel({ programId }: { programId: string }) {
  const headingId = useId();
  const leaders = useApi<FutureLeaders>(programLeadersApi(programId));
  const data = leaders.data;
  // Alphabetical here too: the order must never read as a ranking.
  const people = [...(data?.leaders ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="card outcome-card outcome-leaders" aria-labelledby={headingId} data-testid="outcomes-leaders">
      <h2 id={headingId}>Future leaders</h2>
      <p className="outcome-intro">
        Junior mentors who chose to share their leadership signals and meet at least two of them: their partners
        reported high learning, their goals were met, their meetings were consistently held.{' '}
        <strong>This is not a ranking:</strong> people are listed alphabetically, and only those who opted in appear.
      </p>
      {leaders.loading && data === undefined && <Loading />}
      <ErrorBanner error={leaders.error} title="Could not load the leadership signals" />
      {data !== undefined && (
        <>
          <p className="muted">Junior mentors who opted in: {guardedText(data.optedIn, count)}.</p>
          {people.length === 0 ? (
            <EmptyState title="No one to show yet.">
              <p>
                Junior mentors appear here only after they turn on “Share my leadership signals” on their My programs
                page, and only once at least two signals are met. They can turn it off at any time.
              </p>
            </EmptyState>
          ) : (
            <ul className="outcome-leader-list">
              {people.map((person) => (
                <li key={person.personId} className="outcome-leader">
                  <h3>{person.name}</h3>
                  <p className="muted">{person.department}</p>
                  <ul className="outcome-signals">
                    {person.signals.map((signal) => (
                      <li
                        key={signal.key}
                        className={signal.met ? 'outcome-signal outcome-signal-met' : 'outcome-signal'}
                      >
                        <span className="outcome-signal-label">
                          <span aria-hidden="true">{signal.met ? '✓ ' : '○ '}</span>
                          {signal.label}
                          <span className="sr-only">{signal.met ? ' (met)' : ' (not met)'}</span>
                        </span>
                        <span className="outcome-signal-evidence">{signal.evidence}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
