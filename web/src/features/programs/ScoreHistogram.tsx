import type { Round } from '../../api/programs';

type Bucket = Round['summary']['distribution']['histogram'][number];

/** Bars are sized by class in 5 % steps: the CSP forbids inline styles (see styles.css). */
const STEPS = 20;

/** How many pairs fall in each score band, as a table with bars (readable as a table, too). */
export function ScoreHistogram({ buckets }: { buckets: Bucket[] }) {
  if (buckets.length === 0) return null;
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  return (
    <figure className="histogram">
      <figcaption>How the pairs score</figcaption>
      <table className="histogram-table">
        <thead className="sr-only">
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Pairs</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => {
            const step = bucket.count === 0 ? 0 : Math.max(1, Math.round((bucket.count / max) * STEPS));
            return (
              <tr key={`${bucket.from}-${bucket.to}`}>
                <th scope="row" className="histogram-range">
                  {bucket.from.toLocaleString()}–{bucket.to.toLocaleString()}
                </th>
                <td>
                  <span className="histogram-cell">
                    <span className={`histogram-bar bar-${step * 5}`} aria-hidden="true" />
                    <span className="histogram-count">{bucket.count.toLocaleString()}</span>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
