import { useId } from 'react';
import type { RowProblem } from '../../api/types';
import { plural } from '../../format';

/** The rejected file's problems: a heading announced as an alert, then Row / Column / Problem. */
export function ImportReport({ rows, message }: { rows: RowProblem[]; message?: string }) {
  const headingId = useId();
  const count = Math.max(rows.length, 1);
  return (
    <div className="import-report">
      <div role="alert">
        <h2 id={headingId} className="report-heading">
          {plural(count, 'problem')} found — nothing was imported
        </h2>
        {message !== undefined && <p>{message}</p>}
      </div>
      {rows.length > 0 && (
        <>
          <p className="muted">Fix these in the file and choose it again. Row 1 is the header row.</p>
          <div className="table-wrap" role="region" aria-labelledby={headingId} tabIndex={0}>
            <table className="table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((problem, index) => (
                  <tr key={`${problem.row}-${problem.column ?? ''}-${index}`}>
                    <td className="numeric">{problem.row === 0 ? 'File' : problem.row}</td>
                    <td className="mono">{problem.column ?? '—'}</td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
