import { useState } from 'react';
import type { MyMatch } from '../../api/programs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../hooks/useApi';
import '../../styles/participation.css';
import { ActiveMatchCard } from './ActiveMatchCard';
import { OfferedMatchCard } from './OfferedMatchCard';
import { PastMatches } from './PastMatches';

const PAST: ReadonlyArray<MyMatch['status']> = ['declined', 'expired', 'ended'];

/** /my/matches — matches to answer, my running pairs, and the ones that are over. */
export function MyMatchesPage() {
  const [refresh, setRefresh] = useState(0);
  const [message, setMessage] = useState('');
  const matches = useApi<MyMatch[]>('/api/me/matches', { refreshKey: refresh });
  const all = matches.data ?? [];
  // 'proposed' pairs are the program manager's draft and are not shown even if the server sent one.
  const offered = all.filter((match) => match.status === 'offered');
  const active = all.filter((match) => match.status === 'active');
  const past = all.filter((match) => PAST.includes(match.status));

  function changed(text: string) {
    setMessage(text);
    setRefresh((value) => value + 1);
  }

  return (
    <section className="page" aria-busy={matches.loading || undefined}>
      <PageHeading title="My matches" />
      <div role="status" className="status-region">
        {message !== '' && <p className="banner banner-success">{message}</p>}
      </div>
      {matches.loading && matches.data === undefined && <Loading />}
      <ErrorBanner error={matches.error} title="Could not load your matches" />
      {matches.data && offered.length + active.length + past.length === 0 && (
        <EmptyState title="You have no match yet.">
          <p>
            When the program manager publishes a matching round, your partner appears here and you get a notification.
          </p>
          <p>
            <Link href="/my/programs">See where you stand in your programs</Link>
          </p>
        </EmptyState>
      )}
      {offered.length > 0 && (
        <section aria-labelledby="offered-heading" className="stack">
          <h2 id="offered-heading">Waiting for your answer</h2>
          <p className="muted">Your partner sees only whether you accepted or declined, never why.</p>
          <ul className="card-list">
            {offered.map((match) => (
              <OfferedMatchCard key={match.pairId} match={match} onChanged={changed} />
            ))}
          </ul>
        </section>
      )}
      {active.length > 0 && (
        <section aria-labelledby="active-heading" className="stack">
          <h2 id="active-heading">Your pair{active.length > 1 ? 's' : ''}</h2>
          <ul className="card-list">
            {active.map((match) => (
              <ActiveMatchCard key={match.pairId} match={match} onChanged={changed} />
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="past-heading" className="stack">
          <h2 id="past-heading">Past matches</h2>
          <PastMatches matches={past} />
        </section>
      )}
    </section>
  );
}
