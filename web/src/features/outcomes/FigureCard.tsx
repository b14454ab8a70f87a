import { useId, type ReactNode } from 'react';
import { SUPPRESSED_LABEL, type Figure } from '../../api/outcomes';

interface FigureCardProps {
  figure: Figure;
  title: string;
  /** One sentence on what the chart shows. */
  intro: ReactNode;
  csvHref: string;
  /** The table inside "Numbers behind this chart". */
  numbers: ReactNode;
  children: ReactNode;
}

/**
 * One dashboard card: heading, the chart(s), a plain CSV download and the numbers behind the chart
 * in a <details> table (the text alternative; the CSV is the real data).
 */
export function FigureCard({ figure, title, intro, csvHref, numbers, children }: FigureCardProps) {
  const headingId = useId();
  return (
    <section className="card outcome-card" aria-labelledby={headingId} data-testid={`outcomes-card-${figure}`}>
      <div className="outcome-card-head">
        <h2 id={headingId}>{title}</h2>
        <a className="outcome-download outcome-csv" href={csvHref} download>
          Download CSV<span className="sr-only">: {title}</span>
        </a>
      </div>
      <p className="outcome-intro">{intro}</p>
      {children}
      <details className="outcome-numbers">
        <summary>Numbers behind this chart</summary>
        {numbers}
      </details>
    </section>
  );
}

interface NumbersTableProps {
  caption: string;
  columns: readonly string[];
  rows: ReadonlyArray<{ head: string; cells: readonly string[] }>;
}

/** The figures of a chart as a small table (first column = row headers). */
export function NumbersTable({ caption, columns, rows }: NumbersTableProps) {
  return (
    <div className="table-wrap">
      <table className="table outcome-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.head}>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell, index) => (
                <td key={columns[index + 1] ?? index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Under a chart: which points are gaps because fewer than 5 people are behind them. */
export function SuppressedNote({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <p className="outcome-suppressed">
      <span className="badge badge-suppressed">{SUPPRESSED_LABEL}</span> Not shown: {items.join(', ')}.
    </p>
  );
}

/** A row of headline numbers (at-risk pairs, 12-month rates…). */
export function KeyNumbers({ items }: { items: ReadonlyArray<{ term: string; value: string; detail?: string }> }) {
  return (
    <dl className="outcome-keys">
      {items.map((item) => (
        <div key={item.term} className="outcome-key">
          <dt>{item.term}</dt>
          <dd>
            <span
              className={
                item.value === SUPPRESSED_LABEL ? 'outcome-key-value outcome-key-suppressed' : 'outcome-key-value'
              }
            >
              {item.value}
            </span>
            {item.detail !== undefined && <span className="outcome-key-detail">{item.detail}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
