import { useId, useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { Program, Round, RoundListItem } from '../../api/programs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate } from '../../router';
import { programApi, roundHref } from './paths';

/** The program's matching rounds, and the button that runs a new one (matching and active only). */
export function RoundsPanel({ program }: { program: Program }) {
  const rounds = useApi<RoundListItem[]>(`${programApi(program.id)}/rounds`);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();
  const headingId = useId();
  const canRun = program.status === 'matching' || program.status === 'active';
  const proposed = rounds.data?.find((round) => round.status === 'proposed');

  async function run() {
    setRunning(true);
    setError(undefined);
    try {
      const round = await api<Round>(`${programApi(program.id)}/rounds`, { method: 'POST', body: {} });
      navigate(roundHref(program.id, round.id));
    } catch (caught) {
      setError(toApiError(caught));
      setRunning(false);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby={headingId} aria-busy={running || undefined}>
        <h2 id={headingId}>Run a round</h2>
        <p className="muted">
          A round proposes the best pairs of the approved{program.requireTraining ? ', trained' : ''} participants who are not paired yet. You review
          it, edit it and publish it; nobody is told anything before you publish.
        </p>
        {proposed !== undefined && (
          <p className="banner banner-warning">
            Round {proposed.number} is waiting for your review. <Link href={roundHref(program.id, proposed.id)}>Review round {proposed.number}</Link>
          </p>
        )}
        <div className="toolbar">
          <button type="button" onClick={run} disabled={!canRun || running} aria-busy={running || undefined} aria-describedby={canRun ? undefined : `${headingId}-why`}>
            Run a matching round
          </button>
        </div>
        {!canRun && (
          <p id={`${headingId}-why`} className="field-hint">
            Rounds run while the program is in the Matching or Active stage.
          </p>
        )}
        <div role="status">{running && <p className="loading progress-line">Running the matching… This can take a little while for a large program.</p>}</div>
        <ErrorBanner error={error} title="The round did not run" />
      </section>
      <section className="program-stack" aria-labelledby={`${headingId}-list`}>
        <h2 id={`${headingId}-list`}>All rounds</h2>
        <ErrorBanner error={rounds.error} title="Could not load the rounds" />
        {rounds.loading && rounds.data === undefined && <Loading />}
        {rounds.data && rounds.data.length === 0 && <EmptyState title="No rounds yet." />}
        {rounds.data && rounds.data.length > 0 && (
          <div className="table-wrap" role="region" aria-labelledby={`${headingId}-list`} tabIndex={0} aria-busy={rounds.loading || undefined}>
            <table className="table table-stack">
              <thead>
                <tr>
                  <th scope="col">Round</th>
                  <th scope="col">Status</th>
                  <th scope="col">Run</th>
                  <th scope="col">Published</th>
                  <th scope="col" className="numeric">
                    Pairs
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...rounds.data]
                  .sort((a, b) => b.number - a.number)
                  .map((round) => (
                    <tr key={round.id}>
                      <th scope="row" className="cell-name">
                        <Link href={roundHref(program.id, round.id)}>Round {round.number}</Link>
                      </th>
                      <td data-label="Status">
                        <StatusBadge status={round.status} />
                      </td>
                      <td data-label="Run">{formatDateTime(round.createdAt)}</td>
                      <td data-label="Published">{formatDateTime(round.publishedAt)}</td>
                      <td data-label="Pairs" className="numeric">
                        {round.pairCount}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
