import type { RoundPair } from '../../api/programs';

/** Why the engine paired the two: the reasons in sentences and the score, part by part. */
export function PairExplanation({ pair }: { pair: RoundPair }) {
  const { reasons, parts } = pair.explanation;
  return (
    <div className="pair-explanation">
      {reasons.length > 0 ? (
        <ul className="reason-list">
          {reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{pair.handPaired ? 'Paired by hand; the engine gave no reasons.' : 'No reasons given.'}</p>
      )}
      {parts.length > 0 && (
        <table className="table table-compact parts-table">
          <caption className="sr-only">Score of {pair.mentor.name} and {pair.mentee.name}, part by part</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col" className="numeric">
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part, index) => (
              <tr key={index}>
                <td>{part.label}</td>
                <td className="numeric">{part.points.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Score</th>
              <td className="numeric">
                <strong>{pair.score.toLocaleString()}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
