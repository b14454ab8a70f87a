import type { Round } from '../../api/programs';
import { plural } from '../../format';
import { reasonLabel, SIDE_LABELS } from './labels';
import { PersonCell } from './PersonCell';
import { ScoreHistogram } from './ScoreHistogram';

const figure = (value: number | null) => (value === null ? '—' : Math.round(value).toLocaleString());

/** The proposal at a glance: how many pairs, how good, who was left out and why. */
export function RoundSummary({ round }: { round: Round }) {
  const { summary } = round;
  const { distribution } = summary;
  return (
    <>
      <dl className="count-list">
        <div className="count-item">
          <dt>Pairs</dt>
          <dd>{round.pairCount.toLocaleString()}</dd>
        </div>
        <div className="count-item">
          <dt>Total score</dt>
          <dd>{summary.total.toLocaleString()}</dd>
        </div>
        <div className="count-item">
          <dt>Junior mentors in the pool</dt>
          <dd>{summary.mentors.toLocaleString()}</dd>
        </div>
        <div className="count-item">
          <dt>Senior mentees in the pool</dt>
          <dd>{summary.mentees.toLocaleString()}</dd>
        </div>
        <div className="count-item">
          <dt>Median score</dt>
          <dd>{figure(distribution.median)}</dd>
        </div>
        <div className="count-item">
          <dt>Lowest – highest</dt>
          <dd>
            {figure(distribution.min)} – {figure(distribution.max)}
          </dd>
        </div>
      </dl>
      <p className={summary.optimal ? 'optimal optimal-yes' : 'optimal'}>
        {summary.optimal
          ? 'Optimal: no other pairing of the eligible people has a higher total score.'
          : 'Not proven optimal: the solver stopped before it could prove no better pairing exists.'}{' '}
        <span className="muted">Solved in {summary.seconds.toLocaleString(undefined, { maximumFractionDigits: 1 })} s.</span>
      </p>
      <ScoreHistogram buckets={distribution.histogram} />
      {summary.warnings.length > 0 && (
        <div className="banner banner-warning">
          <p className="banner-title">{plural(summary.warnings.length, 'warning')}</p>
          <ul>
            {summary.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {summary.notEligible.length > 0 && (
        <div>
          <h3>Not in the pool</h3>
          <p className="muted">Enrolled people the round did not consider.</p>
          <ul className="reason-counts">
            {summary.notEligible.map((item) => (
              <li key={item.reason}>
                {reasonLabel(item.reason)}: <strong>{item.count.toLocaleString()}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** The people in the pool left without a partner, with the reason in words. */
export function UnmatchedTable({ round }: { round: Round }) {
  const unmatched = round.summary.unmatched;
  if (unmatched.length === 0) return <p className="muted">Everyone in the pool has a partner.</p>;
  return (
    <div className="table-wrap" role="region" aria-label="Unmatched people" tabIndex={0}>
      <table className="table table-compact table-stack">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Side</th>
            <th scope="col">Why no partner</th>
          </tr>
        </thead>
        <tbody>
          {unmatched.map((item) => (
            <tr key={item.enrollmentId}>
              <th scope="row" className="cell-name">
                <PersonCell person={item.person} />
              </th>
              <td data-label="Side">{SIDE_LABELS[item.side]}</td>
              <td data-label="Why" className="cell-wide">{item.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
