import type { ImportResult } from '../../api/types';
import { plural } from '../../format';

/** The counts of what an import did (or, for a check, would do). Rendered inside the page's live region. */
export function ImportCounts({ result }: { result: ImportResult }) {
  const verb = result.dryRun ? 'would be ' : '';
  const counts: Array<[number, string]> = [
    [result.created, 'created'],
    [result.updated, 'updated'],
    [result.unchanged, 'unchanged'],
    [result.markedDeparted, 'marked departed'],
  ];
  return (
    <div className="banner banner-success">
      <h2 className="report-heading">{result.dryRun ? 'The file is valid — no changes were made yet' : 'Import complete'}</h2>
      <ul className="counts">
        {counts.map(([count, label]) => (
          <li key={label}>
            <strong>{count.toLocaleString()}</strong> {verb + label}
          </li>
        ))}
      </ul>
      {result.dryRun && <p>Choose Import to apply these changes.</p>}
    </div>
  );
}

/** Warnings and the people in the directory that the file did not mention. */
export function ImportDetails({ result, markMissing }: { result: ImportResult; markMissing: boolean }) {
  return (
    <>
      {result.warnings.length > 0 && (
        <div className="card">
          <h3>{plural(result.warnings.length, 'warning')}</h3>
          <ul>
            {result.warnings.map((warning, index) => (
              <li key={index}>
                {warning.row === 0 ? 'File' : `Row ${warning.row}`}
                {warning.column !== null && <> ({warning.column})</>}: {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.missingTotal > 0 && (
        <div className="card">
          <h3>{missingHeading(result.missingTotal)}</h3>
          <p className="muted">{missingNote(result, markMissing)}</p>
          {result.missing.length > 0 && result.missing.length < result.missingTotal && (
            <p className="muted">The first {result.missing.length.toLocaleString()} are listed below.</p>
          )}
          {result.missing.length > 0 && (
            <ul className="missing-list">
              {result.missing.map((person) => (
                <li key={person.employeeId}>
                  {person.name} <span className="mono muted">({person.employeeId})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

/** Uses the server's total: the list itself is capped. */
export function missingHeading(total: number): string {
  return `${plural(total, 'person', 'people')} in the directory ${total === 1 ? 'is' : 'are'} missing from this file`;
}

function missingNote(result: ImportResult, markMissing: boolean): string {
  if (!markMissing) return 'They were left as they are. Tick the “departed” option above to mark them departed.';
  return result.dryRun ? 'Importing will mark them departed.' : 'They have been marked departed.';
}
