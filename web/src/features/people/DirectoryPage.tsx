import { useCallback } from 'react';
import type { Facets, Page, PersonSummary } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation } from '../../router';
import { DirectoryFilters } from './DirectoryFilters';
import { directoryHref, EMPTY_QUERY, hasFilters, parseDirectoryQuery, peopleApiPath, type DirectoryQuery } from './directoryQuery';
import { PeopleTable } from './PeopleTable';

const PAGE_SIZE = 25;

/** /people: searchable, filterable, paginated directory; all state is in the URL. */
export function DirectoryPage() {
  const { search } = useLocation();
  const query = parseDirectoryQuery(search);
  const facets = useApi<Facets>('/api/people/facets');
  const people = useApi<Page<PersonSummary>>(peopleApiPath(query, PAGE_SIZE));

  // Filters and pages add history entries; typing in the search box replaces the current one.
  const update = (changes: Partial<DirectoryQuery>) => navigate(directoryHref({ ...query, page: 1, ...changes }));
  const onSearch = useCallback((text: string) => {
    const latest = parseDirectoryQuery(window.location.search);
    navigate(directoryHref({ ...latest, q: text, page: 1 }), { replace: true });
  }, []);

  const data = people.data;
  const filtered = hasFilters(query);
  return (
    <section className="page">
      <PageHeading title="People" />
      <DirectoryFilters query={query} facets={facets.data} onSearch={onSearch} onChange={update} />
      {filtered && (
        <p>
          <button type="button" className="button-link" onClick={() => navigate(directoryHref(EMPTY_QUERY))}>
            Clear filters
          </button>
        </p>
      )}
      <ErrorBanner error={people.error} title="Could not load the directory" />
      <p className="results-status" role="status">
        {people.loading ? 'Loading…' : data ? resultsText(data, filtered) : ''}
      </p>
      {data && data.items.length > 0 && <PeopleTable people={data.items} busy={people.loading} />}
      {data && data.items.length === 0 && !people.loading && (data.total > 0 ? (
        <EmptyState title="There is nothing on this page.">
          <button type="button" className="button-secondary" onClick={() => update({ page: 1 })}>
            Go to the first page
          </button>
        </EmptyState>
      ) : (
        <EmptyState title={filtered ? 'No one matches these filters.' : 'The directory is empty.'}>
          {filtered ? <p>Try a shorter search or fewer filters.</p> : <p>An organization admin can add employees by importing a CSV file.</p>}
        </EmptyState>
      ))}
      {data && data.total > 0 && (
        <Pagination page={query.page} pageSize={PAGE_SIZE} total={data.total} noun="people" nounOne="person" disabled={people.loading} onPage={(page) => update({ page })} />
      )}
    </section>
  );
}

function resultsText(data: Page<PersonSummary>, filtered: boolean): string {
  if (data.total === 0) return filtered ? 'No matches.' : 'No people yet.';
  const first = (data.page - 1) * data.pageSize + 1;
  const last = Math.min(data.total, first + data.items.length - 1);
  if (data.items.length === 0) return `${plural(data.total, 'person', 'people')} found; this page is past the end.`;
  return `Showing ${first.toLocaleString()}–${last.toLocaleString()} of ${plural(data.total, 'person', 'people')}${filtered ? ' matching' : ''}.`;
}
