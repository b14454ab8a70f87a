import type { ProgramCounts as Counts } from '../../api/programs';

const ITEMS: ReadonlyArray<{ key: keyof Counts; label: string }> = [
  { key: 'invited', label: 'Invited' },
  { key: 'applied', label: 'Applied' },
  { key: 'approved', label: 'Approved' },
  { key: 'trained', label: 'Trained' },
  { key: 'paired', label: 'In a pair' },
  { key: 'activePairs', label: 'Active pairs' },
];

/** The program's head counts as a row of figures. */
export function ProgramCounts({ counts }: { counts: Counts }) {
  return (
    <dl className="count-list">
      {ITEMS.map((item) => (
        <div key={item.key} className="count-item">
          <dt>{item.label}</dt>
          <dd>{counts[item.key].toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}
