import { Fragment, useId } from 'react';
import type { RoundPair } from '../../api/programs';
import { PairExplanation } from './PairExplanation';
import { ruleLabel } from './labels';
import { PersonCell } from './PersonCell';
import type { PairSort, RoundQuery } from './roundQuery';

interface RoundPairsTableProps {
  pairs: RoundPair[];
  busy: boolean;
  /** The proposal can still be edited (status 'proposed'): selection and Remove are shown. */
  editable: boolean;
  query: RoundQuery;
  onSort(sort: PairSort): void;
  expanded: ReadonlySet<string>;
  onToggle(pairId: string): void;
  selected: readonly string[];
  onSelect(pairId: string, on: boolean): void;
  onRemove(pair: RoundPair): void;
}

const SORT_LABELS: Record<PairSort, string> = { score: 'Score', mentor: 'Junior mentor', mentee: 'Senior mentee' };

/** The proposed pairs: sortable by column, each row opening onto its explanation. */
export function RoundPairsTable({ pairs, busy, editable, query, onSort, expanded, onToggle, selected, onSelect, onRemove }: RoundPairsTableProps) {
  const captionId = useId();
  const columns = editable ? 6 : 5;

  function sortHeader(sort: PairSort, numeric = false) {
    const current = query.sort === sort;
    const ariaSort = current ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined;
    return (
      <th scope="col" aria-sort={ariaSort} className={numeric ? 'numeric' : undefined}>
        <button type="button" className="sort-button" onClick={() => onSort(sort)}>
          {SORT_LABELS[sort]}
          <span className="sort-arrow" aria-hidden="true">
            {current ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  }

  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0} aria-busy={busy || undefined}>
      <table className="table table-stack pairs-table">
        <caption id={captionId} className="sr-only">
          Pairs, sorted by {SORT_LABELS[query.sort].toLowerCase()} {query.dir === 'asc' ? 'ascending' : 'descending'}
        </caption>
        <thead>
          <tr>
            {editable && (
              <th scope="col">
                <span className="sr-only">Select for a swap</span>
              </th>
            )}
            {sortHeader('mentor')}
            {sortHeader('mentee')}
            {sortHeader('score', true)}
            <th scope="col">Notes</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => {
            const names = `${pair.mentor.name} and ${pair.mentee.name}`;
            const open = expanded.has(pair.id);
            const detailId = `${captionId}-${pair.id}`;
            const flagged = pair.ruleBreaks.length > 0;
            const isSelected = selected.includes(pair.id);
            return (
              <Fragment key={pair.id}>
                <tr className={flagged ? 'row-flagged' : undefined}>
                  {editable && (
                    <td data-label="Select" className="cell-select">
                      <input
                        type="checkbox"
                        checked={isSelected}
                        disabled={!isSelected && selected.length >= 2}
                        onChange={(event) => onSelect(pair.id, event.target.checked)}
                        aria-label={`Select the pair ${names} for a swap`}
                      />
                    </td>
                  )}
                  <th scope="row" className="cell-name" data-label="Junior mentor">
                    <PersonCell person={pair.mentor} />
                  </th>
                  <td data-label="Senior mentee" className="cell-wide">
                    <PersonCell person={pair.mentee} />
                  </td>
                  <td data-label="Score" className="numeric">
                    <strong>{pair.score.toLocaleString()}</strong>
                  </td>
                  <td data-label="Notes" className="cell-wide">
                    <PairNotes pair={pair} />
                  </td>
                  <td data-label="Actions" className="cell-wide">
                    <div className="row-actions">
                      <button type="button" className="button-small button-secondary" aria-expanded={open} aria-controls={detailId} onClick={() => onToggle(pair.id)} aria-label={`Why ${names}`}>
                        {open ? 'Hide why' : 'Why'}
                      </button>
                      {editable && (
                        <button type="button" className="button-small button-danger" disabled={busy} onClick={() => onRemove(pair)} aria-label={`Remove the pair ${names}`}>
                          Remove
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
                <tr id={detailId} className="pair-detail" hidden={!open}>
                  <td colSpan={columns}>{open && <PairExplanation pair={pair} />}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Flagged (with the broken rules and the reason given), paired by hand, kept when re-solving. */
function PairNotes({ pair }: { pair: RoundPair }) {
  const flagged = pair.ruleBreaks.length > 0;
  if (!flagged && !pair.handPaired && !pair.locked) return <span className="muted">—</span>;
  return (
    <div className="pair-notes">
      {flagged && (
        <p className="flag">
          <span className="badge badge-flagged">Flagged</span> Breaks a rule: {pair.ruleBreaks.map(ruleLabel).join('; ')}.
        </p>
      )}
      {pair.handReason !== null && pair.handReason !== '' && <p className="cell-sub">Reason given: “{pair.handReason}”</p>}
      <p className="pair-tags">
        {pair.handPaired && <span className="badge badge-hand">Paired by hand</span>}
        {pair.locked && <span className="badge badge-locked">Kept when re-solving</span>}
      </p>
    </div>
  );
}
