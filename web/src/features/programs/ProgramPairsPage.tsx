import { useId, useState } from 'react';
import { withQuery } from '../../api/client';
import { heldAgainstPromised } from '../../api/meetings';
import type { PairStatus, Program, ProgramPair } from '../../api/programs';
import type { Page } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { Pagination } from '../../components/Pagination';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, plural, statusLabel } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation } from '../../router';
import { EndPairDialog } from './EndPairDialog';
import { PAIR_STATUSES, responseLabel, rulesText } from './labels';
import { listHref, readChoice, readPage } from './listQuery';
import { programApi, programPairsHref } from './paths';
import { PersonCell } from './PersonCell';
import { ProgramFrame } from './ProgramFrame';

const PAGE_SIZE = 25;
const AGREEMENT_LABELS: Record<ProgramPair['agreement']['state'], string> = {
  none: 'Not started',
  draft: 'Draft',
  partly_signed: 'Signed by one',
  signed: 'Signed',
};

const ENDABLE: ReadonlySet<PairStatus> = new Set(['offered', 'active']);
const HEALTH_FILTERS = ['at_risk'] as const;
type HealthFilter = (typeof HEALTH_FILTERS)[number];
const HEALTH_LABELS: Record<NonNullable<ProgramPair['health']>['status'], string> = {
  new: 'Just started',
  on_track: 'On track',
  behind: 'Behind',
  at_risk: 'At risk',
};
// Existing badge colours: at risk is flagged like a rule break.
const HEALTH_BADGES: Record<NonNullable<ProgramPair['health']>['status'], string> = {
  new: 'badge',
  on_track: 'badge badge-active',
  behind: 'badge badge-pending',
  at_risk: 'badge badge-flagged',
};

/** /programs/:programId/pairs: the published pairs, their answers and deadlines; end a pair. */
export function ProgramPairsPage({ programId }: { programId: string }) {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const status = readChoice(params, 'status', PAIR_STATUSES);
  const health = readChoice(params, 'health', HEALTH_FILTERS);
  const page = readPage(params);
  const [version, setVersion] = useState(0);
  const program = useApi<Program>(programApi(programId), { refreshKey: version });
  const pairs = useApi<Page<ProgramPair>>(withQuery(`${programApi(programId)}/pairs`, { status, health, page, pageSize: PAGE_SIZE }), { refreshKey: version });
  const [ending, setEnding] = useState<ProgramPair | null>(null);
  const [notice, setNotice] = useState('');
  const captionId = useId();
  const go = (changes: { status?: PairStatus | ''; health?: HealthFilter | ''; page?: number }) => navigate(listHref(programPairsHref(programId), { status, health, page: 1, ...changes }));
  const data = pairs.data;

  return (
    <ProgramFrame programId={programId} program={program} section="pairs">
      {() => (
        <>
          <form className="filters filters-narrow" aria-label="Pair filters" onSubmit={(event) => event.preventDefault()}>
            <SelectField label="Status" name="status" value={status} onChange={(event) => go({ status: event.target.value as PairStatus | '' })}>
              <option value="">Any status</option>
              {PAIR_STATUSES.filter((item) => item !== 'proposed').map((item) => (
                <option key={item} value={item}>
                  {statusLabel(item)}
                </option>
              ))}
            </SelectField>
            <SelectField label="Meetings" name="health" value={health} onChange={(event) => go({ health: event.target.value as HealthFilter | '' })}>
              <option value="">Any</option>
              <option value="at_risk">At risk: no meeting for twice the cadence</option>
            </SelectField>
          </form>
          <p role="status" className="inline-status">
            {notice}
          </p>
          <ErrorBanner error={pairs.error} title="Could not load the pairs" />
          <p className="results-status" role="status">
            {pairs.loading ? 'Loading…' : data !== undefined && data.total > 0 ? `${plural(data.total, 'pair')}.` : ''}
          </p>
          {data !== undefined && data.items.length > 0 && (
            <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0} aria-busy={pairs.loading || undefined}>
              <table className="table table-stack">
                <caption id={captionId} className="sr-only">
                  Published pairs
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Junior mentor</th>
                    <th scope="col">Senior mentee</th>
                    <th scope="col">Status</th>
                    <th scope="col">Answers</th>
                    <th scope="col">Respond by</th>
                    <th scope="col" className="numeric">
                      Score
                    </th>
                    <th scope="col">Round</th>
                    <th scope="col">Agreement</th>
                    <th scope="col">Meetings</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((pair) => (
                    <tr key={pair.id} className={pair.ruleBreaks.length > 0 ? 'row-flagged' : undefined}>
                      <th scope="row" className="cell-name" data-label="Junior mentor">
                        <PersonCell person={pair.mentor} />
                      </th>
                      <td data-label="Senior mentee" className="cell-wide">
                        <PersonCell person={pair.mentee} />
                      </td>
                      <td data-label="Status">
                        <StatusBadge status={pair.status} />
                        {pair.endedAt !== null && <span className="cell-sub">Ended {formatDate(pair.endedAt)}</span>}
                      </td>
                      <td data-label="Answers">
                        <span className="answer">Mentor: {responseLabel(pair.mentorResponse)}</span>
                        <span className="answer">Mentee: {responseLabel(pair.menteeResponse)}</span>
                      </td>
                      <td data-label="Respond by">{pair.status === 'offered' ? formatDate(pair.respondBy) : <span className="muted">—</span>}</td>
                      <td data-label="Score" className="numeric">
                        {pair.score.toLocaleString()}
                      </td>
                      <td data-label="Round">
                        {pair.roundNumber}
                        {pair.handPaired && <span className="cell-sub">Paired by hand</span>}
                        {pair.ruleBreaks.length > 0 && (
                          <span className="cell-sub">
                            <span className="badge badge-flagged">Flagged</span> {rulesText(pair.ruleBreaks)}
                          </span>
                        )}
                      </td>
                      <td data-label="Agreement">
                        {/* Whether and when it was signed: the text is the pair's alone. */}
                        {AGREEMENT_LABELS[pair.agreement.state]}
                        {pair.agreement.signedAt !== null && <span className="cell-sub">{formatDate(pair.agreement.signedAt)}</span>}
                      </td>
                      <td data-label="Meetings">
                        {/* Counts and dates against the cadence: never topics, places or notes. */}
                        {pair.health === null ? (
                          <span className="muted">—</span>
                        ) : (
                          <>
                            {pair.status === 'active' && <span className={HEALTH_BADGES[pair.health.status]}>{HEALTH_LABELS[pair.health.status]}</span>}
                            <span className="cell-sub">
                              {heldAgainstPromised(pair.health)}, every {pair.health.cadenceDays} days
                            </span>
                            {pair.health.lastHeldAt !== null && <span className="cell-sub">Last {formatDate(pair.health.lastHeldAt)}</span>}
                          </>
                        )}
                      </td>
                      <td data-label="Actions" className="cell-wide">
                        {ENDABLE.has(pair.status) && (
                          <button
                            type="button"
                            className="button-small button-danger"
                            onClick={() => {
                              setNotice('');
                              setEnding(pair);
                            }}
                            aria-label={`End the pair ${pair.mentor.name} and ${pair.mentee.name}`}
                          >
                            End pair
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data !== undefined && data.items.length === 0 && !pairs.loading && (
            <EmptyState title={health !== '' ? 'No pair is at risk.' : status !== '' ? `No pairs are ${statusLabel(status).toLowerCase()}.` : 'No published pairs yet.'}>
              {status !== '' || health !== '' ? (
                <button type="button" className="button-secondary" onClick={() => go({ status: '', health: '' })}>
                  Show every pair
                </button>
              ) : (
                <p>Pairs appear here once a matching round is published.</p>
              )}
            </EmptyState>
          )}
          {data !== undefined && data.total > 0 && (
            <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} noun="pairs" nounOne="pair" disabled={pairs.loading} onPage={(next) => go({ page: next })} />
          )}
          {ending !== null && (
            <EndPairDialog
              pair={ending}
              onCancel={() => setEnding(null)}
              onDone={() => {
                setNotice(`The pair ${ending.mentor.name} and ${ending.mentee.name} has ended.`);
                setEnding(null);
                setVersion((value) => value + 1);
              }}
            />
          )}
        </>
      )}
    </ProgramFrame>
  );
}
