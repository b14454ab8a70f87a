import { useId } from 'react';
import { crossOutcomesApi, type CrossProgramOutcomes } from '../../api/outcomes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation } from '../../router';
import { AllFiguresCsv, OutcomesDashboard } from './OutcomesDashboard';
import { crossOutcomesHref, programOutcomesHref, readProgramIds } from './paths';

/**
 * /outcomes — the figures of several programs together (default: every program the viewer may
 * read); the sponsor's home. The filter lives in the address (?programIds=a,b) so it can be shared.
 */
export function OutcomesPage() {
  const { search } = useLocation();
  const chosen = readProgramIds(search);
  // The unfiltered answer lists every program the viewer may read: the filter's choices.
  const all = useApi<CrossProgramOutcomes>(crossOutcomesApi(null));
  const filtered = useApi<CrossProgramOutcomes>(chosen !== null && chosen.length > 0 ? crossOutcomesApi(chosen) : null);
  const programs = all.data?.programs ?? [];
  const selected = chosen ?? programs.map((p) => p.id);
  const shown = chosen === null ? all : filtered;
  const data = chosen !== null && chosen.length === 0 ? undefined : shown.data;
  const filterId = useId();

  function toggle(programId: string, on: boolean) {
    const next = programs.map((p) => p.id).filter((pid) => (pid === programId ? on : selected.includes(pid)));
    navigate(crossOutcomesHref(next.length === programs.length ? null : next), { replace: true });
  }

  return (
    <section className="page outcomes-page" aria-busy={all.loading || shown.loading || undefined}>
      <PageHeading title="Outcomes across programs" />
      <p className="lead">
        The figures of the programs you may see, together. Every figure counts at least 5 people: smaller groups are
        left out and marked “Fewer than 5 people”.
      </p>
      <ErrorBanner error={all.error} title="Could not load the outcomes" />
      {all.loading && all.data === undefined && <Loading />}
      {all.data !== undefined && programs.length === 0 && (
        <EmptyState title="No programs to show yet.">
          <p>
            Program managers choose who sponsors their program; its dashboard appears here once you are one of them.
          </p>
        </EmptyState>
      )}
      {programs.length > 0 && (
        <form className="card outcome-filter" aria-labelledby={filterId} onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend id={filterId}>Programs</legend>
            <div className="outcome-filter-options">
              {programs.map((p) => (
                <label key={p.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={selected.includes(p.id)}
                    onChange={(event) => toggle(p.id, event.target.checked)}
                  />
                  <span>{p.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {programs.length > 1 && chosen !== null && (
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => navigate(crossOutcomesHref(null), { replace: true })}
            >
              Show every program
            </button>
          )}
          <p className="outcome-filter-links">
            One program at a time:{' '}
            {programs.map((p, index) => (
              <span key={p.id}>
                {index > 0 && ' · '}
                <Link href={programOutcomesHref(p.id)}>{p.name}</Link>
              </span>
            ))}
          </p>
        </form>
      )}
      {chosen !== null && chosen.length === 0 && programs.length > 0 && (
        <p className="notice">Choose at least one program to see its figures.</p>
      )}
      {chosen !== null && <ErrorBanner error={filtered.error} title="Could not load the outcomes of these programs" />}
      {shown.loading && data === undefined && chosen !== null && chosen.length > 0 && <Loading />}
      {data !== undefined && programs.length > 0 && (
        <>
          <AllFiguresCsv source={{ kind: 'cross', programIds: chosen }} freshness={data} />
          <OutcomesDashboard outcomes={data} source={{ kind: 'cross', programIds: chosen }} />
        </>
      )}
    </section>
  );
}
