// The round review table's sort, search, "flagged only" and page live in the query string, so a
// reload or a shared link shows the same view, and the API gets the same parameters.
import { withQuery } from '../../api/client';
import type { RoundPairsQuery } from '../../api/programs';
import { listHref, readPage } from './listQuery';
import { roundApi, roundHref } from './paths';

export type PairSort = NonNullable<RoundPairsQuery['sort']>;
export type SortDir = NonNullable<RoundPairsQuery['dir']>;

export interface RoundQuery {
  sort: PairSort;
  dir: SortDir;
  q: string;
  flagged: boolean;
  page: number;
}

export const PAIR_SORTS: readonly PairSort[] = ['score', 'mentor', 'mentee'];
/** Best pairs first; names from A. */
export const NATURAL_DIR: Record<PairSort, SortDir> = { score: 'desc', mentor: 'asc', mentee: 'asc' };
export const DEFAULT_ROUND_QUERY: RoundQuery = { sort: 'score', dir: 'desc', q: '', flagged: false, page: 1 };

export function parseRoundQuery(search: string): RoundQuery {
  const params = new URLSearchParams(search);
  const sortText = params.get('sort') ?? '';
  const sort = (PAIR_SORTS as readonly string[]).includes(sortText) ? (sortText as PairSort) : DEFAULT_ROUND_QUERY.sort;
  const dirText = params.get('dir');
  const dir: SortDir = dirText === 'asc' || dirText === 'desc' ? dirText : NATURAL_DIR[sort];
  const flagged = params.get('flagged');
  return { sort, dir, q: params.get('q') ?? '', flagged: flagged === 'true' || flagged === '1', page: readPage(params) };
}

/** The browser address: the default sort and empty filters are left out. */
export function roundQueryHref(programId: string, roundId: string, query: RoundQuery): string {
  const isDefaultSort = query.sort === DEFAULT_ROUND_QUERY.sort && query.dir === DEFAULT_ROUND_QUERY.dir;
  return listHref(roundHref(programId, roundId), {
    sort: isDefaultSort ? undefined : query.sort,
    dir: isDefaultSort ? undefined : query.dir,
    q: query.q.trim(),
    flagged: query.flagged,
    page: query.page,
  });
}

/** The API path: the sort is always sent, so the table's arrows and the server agree. */
export function roundPairsApiPath(roundId: string, query: RoundQuery, pageSize: number): string {
  return withQuery(`${roundApi(roundId)}/pairs`, {
    sort: query.sort,
    dir: query.dir,
    q: query.q.trim(),
    flagged: query.flagged ? 'true' : undefined,
    page: query.page,
    pageSize,
  });
}

/** Clicking a column: the same column flips the direction, another starts in its natural one. */
export function sortBy(query: RoundQuery, sort: PairSort): RoundQuery {
  const dir = query.sort === sort ? (query.dir === 'asc' ? 'desc' : 'asc') : NATURAL_DIR[sort];
  return { ...query, sort, dir, page: 1 };
}
