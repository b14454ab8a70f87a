// The directory's filters live in the URL query string, so back/forward and reload keep them.
import { withQuery } from '../../api/client';
import { PERSON_STATUSES, type PersonStatus } from '../../api/types';

export interface DirectoryQuery {
  q: string;
  department: string;
  /** The level as typed in the URL ('' = any); kept as text to round-trip exactly. */
  level: string;
  status: PersonStatus | '';
  page: number;
}

export const EMPTY_QUERY: DirectoryQuery = { q: '', department: '', level: '', status: '', page: 1 };

export function parseDirectoryQuery(search: string): DirectoryQuery {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  const level = params.get('level') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    q: params.get('q') ?? '',
    department: params.get('department') ?? '',
    level: /^-?\d+$/.test(level) ? level : '',
    status: (PERSON_STATUSES as readonly string[]).includes(status) ? (status as PersonStatus) : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The browser URL for a query: /people?q=…&page=2 (defaults left out). */
export function directoryHref(query: DirectoryQuery): string {
  return withQuery('/people', {
    q: query.q.trim(),
    department: query.department,
    level: query.level,
    status: query.status,
    page: query.page > 1 ? query.page : undefined,
  });
}

/** The API path for a query. */
export function peopleApiPath(query: DirectoryQuery, pageSize: number): string {
  return withQuery('/api/people', {
    q: query.q.trim(),
    department: query.department,
    level: query.level,
    status: query.status,
    page: query.page,
    pageSize,
  });
}

export function hasFilters(query: DirectoryQuery): boolean {
  return query.q.trim() !== '' || query.department !== '' || query.level !== '' || query.status !== '';
}
