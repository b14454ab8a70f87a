// Filters and page numbers of the program lists live in the query string, like the directory's,
// so back/forward and reload keep them.
import { withQuery } from '../../api/client';

/** A page number from the URL: a positive integer, else 1. */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** One value from a closed list, else ''. */
export function readChoice<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | '' {
  const value = params.get(name) ?? '';
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** The browser address for a list: defaults (page 1, empty filters) are left out. */
export function listHref(path: string, params: Record<string, string | number | boolean | undefined>): string {
  const cleaned: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === false || value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    cleaned[key] = value === true ? 'true' : value;
  }
  return withQuery(path, cleaned);
}
