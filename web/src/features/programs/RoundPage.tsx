import { useCallback, useState } from 'react';
import { api, toApiError, withQuery, type ApiError } from '../../api/client';
import type { HandPairBody, Program, Round, RoundAvailable, RoundPair, SwapBody } from '../../api/programs';
import type { Page } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime, plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation } from '../../router';
import { CheckboxField } from './CheckboxField';
import { ConfirmDialog } from './ConfirmDialog';
import { DebouncedSearch } from '../../components/DebouncedSearch';
import { HandPairForm } from './HandPairForm';
import { programApi, programPairsHref, roundApi, roundHref } from './paths';
import { ProgramFrame } from './ProgramFrame';
import { RoundActions } from './RoundActions';
import { RoundPairsTable } from './RoundPairsTable';
import { parseRoundQuery, roundPairsApiPath, roundQueryHref, sortBy, type PairSort, type RoundQuery, type SortDir } from './roundQuery';
import { RoundSummary, UnmatchedTable } from './RoundSummary';
import { RuleBreakConfirm } from './RuleBreakConfirm';

const PAGE_SIZE = 25;

/** A hand pairing or a swap: the two edits the server may answer with 409 confirmation_required. */
type Edit = { kind: 'hand'; body: HandPairBody; names: string } | { kind: 'swap'; body: SwapBody; names: string };

interface Confirming {
  edit: Edit;
  message: string;
  error: ApiError | undefined;
}

type Dialog = { kind: 'publish' | 'discard'; error: ApiError | undefined } | null;

const SORT_CHOICES: ReadonlyArray<{ value: `${PairSort}-${SortDir}`; label: string }> = [
  { value: 'score-desc', label: 'Score, highest first' },
  { value: 'score-asc', label: 'Score, lowest first' },
  { value: 'mentor-asc', label: 'Junior mentor, A to Z' },
  { value: 'mentor-desc', label: 'Junior mentor, Z to A' },
  { value: 'mentee-asc', label: 'Senior mentee, A to Z' },
  { value: 'mentee-desc', label: 'Senior mentee, Z to A' },
];

/**
 * /programs/:programId/rounds/:roundId: review a proposed matching. The summary and the pairs
 * reload after every edit (the server recomputes scores, unmatched people and flags).
 */
export function RoundPage({ programId, roundId }: { programId: string; roundId: string }) {
  const { search } = useLocation();
  const query = parseRoundQuery(search);
  const [version, setVersion] = useState(0);
  const program = useApi<Program>(programApi(programId), { refreshKey: version });
  const round = useApi<Round>(roundApi(roundId), { refreshKey: version });
  const pairs = useApi<Page<RoundPair>>(roundPairsApiPath(roundId, query, PAGE_SIZE), { refreshKey: version });
  const proposed = round.data?.status === 'proposed';
  // Who is free to pair by hand, searched by name on the server (it lists at most 200 per side).
  const [freeQuery, setFreeQuery] = useState('');
  const available = useApi<RoundAvailable>(proposed ? withQuery(`${roundApi(roundId)}/available`, { q: freeQuery }) : null, { refreshKey: version });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string[]>([]);
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<{ title: string; error: ApiError }>();
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const go = (next: RoundQuery) => navigate(roundQueryHref(programId, roundId, next));
  const onSearch = useCallback((text: string) => navigate(roundQueryHref(programId, roundId, { ...parseRoundQuery(window.location.search), q: text, page: 1 }), { replace: true }), [programId, roundId]);

  const data = round.data?.id === roundId ? round.data : undefined;
  const editable = data?.status === 'proposed';
  const busy = running !== null;

  function begin(progress: string) {
    setRunning(progress);
    setError(undefined);
    setNotice('');
  }

  function finished(message: string) {
    setNotice(message);
    setSelected([]);
    setVersion((value) => value + 1);
  }

  async function remove(pair: RoundPair) {
    begin('Removing the pair…');
    try {
      await api<void>(`${roundApi(roundId)}/pairs/${encodeURIComponent(pair.id)}`, { method: 'DELETE' });
      finished(`Removed the pair ${pair.mentor.name} and ${pair.mentee.name}. Both are now unmatched.`);
    } catch (caught) {
      setError({ title: 'The pair was not removed', error: toApiError(caught) });
    } finally {
      setRunning(null);
    }
  }

  /** Sends a hand pairing or swap; a rule break asks for a reason, then it is sent again, confirmed. */
  async function sendEdit(edit: Edit): Promise<boolean> {
    begin(edit.kind === 'hand' ? 'Pairing…' : 'Swapping the mentees…');
    const path = edit.kind === 'hand' ? `${roundApi(roundId)}/pairs` : `${roundApi(roundId)}/swap`;
    try {
      await api<unknown>(path, { method: 'POST', body: edit.body });
      setConfirming(null);
      finished(edit.kind === 'hand' ? `Paired ${edit.names}.` : `Swapped the mentees of ${edit.names}.`);
      return true;
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.status === 409 && apiError.code === 'confirmation_required' && edit.body.confirmRuleBreak !== true) {
        setConfirming({ edit, message: apiError.message, error: undefined });
      } else if (edit.body.confirmRuleBreak === true) {
        setConfirming((current) => (current === null ? null : { ...current, error: apiError }));
      } else {
        setError({ title: edit.kind === 'hand' ? 'The two were not paired' : 'The mentees were not swapped', error: apiError });
      }
      return false;
    } finally {
      setRunning(null);
    }
  }

  async function resolve() {
    begin('Re-solving, keeping your edits… This can take a little while.');
    try {
      const next = await api<Round>(`${roundApi(roundId)}/resolve`, { method: 'POST', body: {} });
      if (next !== undefined && next.id !== undefined && next.id !== roundId) {
        navigate(roundHref(programId, next.id));
        return;
      }
      finished('Re-solved. Your hand pairs and swaps were kept; the rest was matched again.');
    } catch (caught) {
      setError({ title: 'The round was not re-solved', error: toApiError(caught) });
    } finally {
      setRunning(null);
    }
  }

  async function decide(kind: 'publish' | 'discard') {
    begin(kind === 'publish' ? 'Publishing…' : 'Discarding…');
    try {
      await api<unknown>(`${roundApi(roundId)}/${kind}`, { method: 'POST', body: {} });
      setDialog(null);
      finished(kind === 'publish' ? 'Published. Everyone in a pair has been told; follow their answers on the Pairs page.' : 'Discarded. Nobody was told about this proposal.');
    } catch (caught) {
      setDialog({ kind, error: toApiError(caught) });
    } finally {
      setRunning(null);
    }
  }

  const title = data !== undefined ? `Matching round ${data.number}` : round.error?.status === 404 ? 'Round not found' : 'Matching round';
  const pairsData = pairs.data;
  const filtered = query.q.trim() !== '' || query.flagged;
  const responseDays = program.data?.responseDays;

  return (
    <ProgramFrame programId={programId} program={program} section="rounds" title={title}>
      {() => (
        <>
          {round.loading && data === undefined && <Loading label="Loading the round…" />}
          {round.error?.status === 404 ? <p>There is no such round in this program.</p> : <ErrorBanner error={round.error} title="Could not load the round" />}
          {data !== undefined && (
            <>
              <section className="card" aria-labelledby="review-heading" aria-busy={busy || undefined}>
                <h2 id="review-heading">
                  Round {data.number} <StatusBadge status={data.status} />
                </h2>
                <p className="muted">
                  Run {formatDateTime(data.createdAt)}
                  {data.publishedAt !== null && `; published ${formatDateTime(data.publishedAt)}`}.
                </p>
                {editable ? (
                  <>
                    <p>
                      Nobody has been told anything yet. Remove pairs, swap mentees or pair people by hand, then re-solve to fill the gaps and publish.
                    </p>
                    <RoundActions round={data} busy={busy} onResolve={resolve} onPublish={() => setDialog({ kind: 'publish', error: undefined })} onDiscard={() => setDialog({ kind: 'discard', error: undefined })} />
                  </>
                ) : data.status === 'published' ? (
                  <p>
                    This round is published. <Link href={programPairsHref(programId)}>See the pairs and their answers</Link>.
                  </p>
                ) : (
                  <p>This round was discarded; nobody was told about it.</p>
                )}
                <div role="status" className="round-live">
                  {running !== null && <p className="loading progress-line">{running}</p>}
                  {running === null && notice !== '' && <p className="inline-status">{notice}</p>}
                </div>
                {error !== undefined && <ErrorBanner error={error.error} title={error.title} />}
              </section>

              <section className="card" aria-labelledby="summary-heading" aria-busy={round.loading || undefined}>
                <h2 id="summary-heading">Summary</h2>
                <RoundSummary round={data} />
              </section>

              <section className="program-stack" aria-labelledby="pairs-heading">
                <h2 id="pairs-heading">Pairs</h2>
                <form className="filters filters-round" role="search" aria-label="Pair filters" onSubmit={(event) => event.preventDefault()}>
                  <div className="filters-search">
                    <DebouncedSearch value={query.q} hint="A mentor's or mentee's name" onCommit={onSearch} />
                  </div>
                  <SelectField
                    label="Sort by"
                    name="sort"
                    value={`${query.sort}-${query.dir}`}
                    onChange={(event) => {
                      const [sort, dir] = event.target.value.split('-') as [PairSort, SortDir];
                      go({ ...query, sort, dir, page: 1 });
                    }}
                  >
                    {SORT_CHOICES.map((choice) => (
                      <option key={choice.value} value={choice.value}>
                        {choice.label}
                      </option>
                    ))}
                  </SelectField>
                  <div className="filters-check">
                    <CheckboxField label="Flagged only" hint="Pairs that break a rule" checked={query.flagged} onChange={(flagged) => go({ ...query, flagged, page: 1 })} />
                  </div>
                </form>
                {editable && (
                  <div className="swap-bar">
                    <p className="muted">
                      {selected.length === 2 ? 'Two pairs selected.' : `Select two pairs to swap their mentees (${selected.length} of 2 selected).`}
                    </p>
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={busy || selected.length !== 2}
                      onClick={() => {
                        const [pairA, pairB] = selected as [string, string];
                        const pairNames = (pairsData?.items ?? []).filter((pair) => pair.id === pairA || pair.id === pairB).map((pair) => `${pair.mentor.name} and ${pair.mentee.name}`);
                        void sendEdit({ kind: 'swap', body: { pairA, pairB }, names: pairNames.length === 2 ? `${pairNames[0]} / ${pairNames[1]}` : 'the two pairs' });
                      }}
                    >
                      Swap the mentees
                    </button>
                    {selected.length > 0 && (
                      <button type="button" className="button-link" onClick={() => setSelected([])}>
                        Clear the selection
                      </button>
                    )}
                  </div>
                )}
                <ErrorBanner error={pairs.error} title="Could not load the pairs" />
                <p className="results-status" role="status">
                  {pairs.loading ? 'Loading…' : pairsData !== undefined && pairsData.total > 0 ? `${plural(pairsData.total, 'pair')}${filtered ? ' match' : ''}.` : ''}
                </p>
                {pairsData !== undefined && pairsData.items.length > 0 && (
                  <RoundPairsTable
                    pairs={pairsData.items}
                    busy={pairs.loading || busy}
                    editable={editable}
                    query={query}
                    onSort={(sort) => go(sortBy(query, sort))}
                    expanded={expanded}
                    onToggle={(pairId) =>
                      setExpanded((current) => {
                        const next = new Set(current);
                        if (next.has(pairId)) next.delete(pairId);
                        else next.add(pairId);
                        return next;
                      })
                    }
                    selected={selected}
                    onSelect={(pairId, on) => setSelected((current) => (on ? [...current.filter((item) => item !== pairId), pairId].slice(-2) : current.filter((item) => item !== pairId)))}
                    onRemove={remove}
                  />
                )}
                {pairsData !== undefined && pairsData.items.length === 0 && !pairs.loading && (
                  <EmptyState title={filtered ? 'No pair matches these filters.' : 'This round has no pairs.'}>
                    {filtered && (
                      <button type="button" className="button-secondary" onClick={() => go({ ...query, q: '', flagged: false, page: 1 })}>
                        Clear filters
                      </button>
                    )}
                  </EmptyState>
                )}
                {pairsData !== undefined && pairsData.total > 0 && (
                  <Pagination page={query.page} pageSize={PAGE_SIZE} total={pairsData.total} noun="pairs" nounOne="pair" disabled={pairs.loading} onPage={(page) => go({ ...query, page })} />
                )}
              </section>

              <section className="card" aria-labelledby="unmatched-heading">
                <h2 id="unmatched-heading">Unmatched ({data.summary.unmatched.length})</h2>
                <UnmatchedTable round={data} />
                {editable && (
                  <>
                    <h3>Pair two people by hand</h3>
                    <DebouncedSearch label="Find people to pair" hint="Lists at most 200 per side; search by name to find others." value={freeQuery} onCommit={setFreeQuery} />
                    {available.data === undefined ? (
                      <Loading label="Finding who is free…" />
                    ) : (
                      <HandPairForm available={available.data} disabled={busy} onPair={(body, names) => sendEdit({ kind: 'hand', body, names })} />
                    )}
                  </>
                )}
              </section>

              {confirming !== null && (
                <RuleBreakConfirm
                  title={confirming.edit.kind === 'hand' ? `Pair ${confirming.edit.names} anyway?` : 'Swap the mentees anyway?'}
                  message={confirming.message}
                  confirmLabel={confirming.edit.kind === 'hand' ? 'Pair anyway' : 'Swap anyway'}
                  busy={busy}
                  error={confirming.error}
                  onCancel={() => setConfirming(null)}
                  onConfirm={(reason) => void sendEdit({ ...confirming.edit, body: { ...confirming.edit.body, confirmRuleBreak: true, reason } } as Edit)}
                />
              )}
              {dialog?.kind === 'publish' && (
                <ConfirmDialog
                  title={`Publish round ${data.number}?`}
                  confirmLabel={`Publish ${plural(data.pairCount, 'pair')}`}
                  busy={busy}
                  error={dialog.error}
                  errorTitle="The round was not published"
                  onConfirm={() => decide('publish')}
                  onCancel={() => setDialog(null)}
                  message={
                    <>
                      <p>
                        Both people in each of the {plural(data.pairCount, 'pair')} will be told about their match now, and have{' '}
                        {responseDays !== undefined ? plural(responseDays, 'day') : 'the program’s response time'} to accept or decline.
                      </p>
                      <p>After publishing, the pairs can no longer be edited here.</p>
                    </>
                  }
                />
              )}
              {dialog?.kind === 'discard' && (
                <ConfirmDialog
                  title={`Discard round ${data.number}?`}
                  confirmLabel="Discard the round"
                  danger
                  busy={busy}
                  error={dialog.error}
                  errorTitle="The round was not discarded"
                  onConfirm={() => decide('discard')}
                  onCancel={() => setDialog(null)}
                  message={<p>The proposal and your edits are thrown away. Nobody was told about it. You can run a new round afterwards.</p>}
                />
              )}
            </>
          )}
        </>
      )}
    </ProgramFrame>
  );
}
