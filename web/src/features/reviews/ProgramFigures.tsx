import type { Engagement, Funnel, Guarded } from '../../api/outcomes';
import { SUPPRESSED_LABEL } from '../../api/outcomes';
import { useApi } from '../../hooks/useApi';

const figure = (g: Guarded<number> | undefined) =>
  g === undefined ? '—' : g.suppressed ? SUPPRESSED_LABEL : g.value.toLocaleString();

/**
 * A few key numbers of the program from the outcomes API (already guarded there: a figure for
 * fewer than 5 people arrives suppressed and is shown as such). When the figures cannot be read
 * the review itself still shows.
 */
export function ProgramFigures({ programId }: { programId: string }) {
  const base = `/api/programs/${encodeURIComponent(programId)}/outcomes`;
  const funnel = useApi<Funnel>(`${base}/funnel`);
  const engagement = useApi<Engagement>(`${base}/engagement`);
  const step = (stage: string) => funnel.data?.steps.find((s) => s.stage === stage)?.reached;
  const months = engagement.data?.months ?? [];
  const visible = months.filter((m) => !m.held.suppressed && !m.promised.suppressed);
  const held = visible.reduce((n, m) => n + (m.held.value ?? 0), 0);
  const promised = visible.reduce((n, m) => n + (m.promised.value ?? 0), 0);
  const unavailable = funnel.error !== undefined && engagement.error !== undefined;

  return (
    <section className="review-figures" aria-labelledby="review-figures-heading">
      <h2 id="review-figures-heading">Program figures</h2>
      {unavailable ? (
        <p className="notice">The program’s figures are not available right now.</p>
      ) : (
        <dl className="review-figure-list">
          <div>
            <dt>Matched</dt>
            <dd>{figure(step('matched'))}</dd>
          </div>
          <div>
            <dt>Active pairs</dt>
            <dd>{figure(engagement.data?.activePairs)}</dd>
          </div>
          <div>
            <dt>Pairs at risk</dt>
            <dd>{figure(engagement.data?.atRiskPairs)}</dd>
          </div>
          <div>
            <dt>Meetings held / due</dt>
            <dd>
              {visible.length
                ? `${held.toLocaleString()} / ${promised.toLocaleString()}`
                : months.length
                  ? SUPPRESSED_LABEL
                  : '—'}
            </dd>
          </div>
          <div>
            <dt>Completed</dt>
            <dd>{figure(step('completed'))}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
