import { PERSON_STATUSES, type Facets } from '../../api/types';
import { SelectField } from '../../components/Field';
import { statusLabel } from '../../format';
import type { DirectoryQuery } from './directoryQuery';
import { DebouncedSearch } from '../../components/DebouncedSearch';

interface DirectoryFiltersProps {
  query: DirectoryQuery;
  facets: Facets | undefined;
  onSearch(text: string): void;
  onChange(changes: Partial<DirectoryQuery>): void;
}

/** Search box plus department, level and status filters. */
export function DirectoryFilters({ query, facets, onSearch, onChange }: DirectoryFiltersProps) {
  const departments = withCurrent(facets?.departments ?? [], query.department);
  const levels = withCurrent((facets?.levels ?? []).map(String), query.level);
  return (
    <form className="filters" role="search" aria-label="Directory filters" onSubmit={(event) => event.preventDefault()}>
      <div className="filters-search">
        <DebouncedSearch hint="Name, email, employee ID or job title" value={query.q} onCommit={onSearch} />
      </div>
      <SelectField label="Department" name="department" value={query.department} onChange={(event) => onChange({ department: event.target.value })}>
        <option value="">All departments</option>
        {departments.map((department) => (
          <option key={department} value={department}>
            {department}
          </option>
        ))}
      </SelectField>
      <SelectField label="Level" name="level" value={query.level} onChange={(event) => onChange({ level: event.target.value })}>
        <option value="">All levels</option>
        {levels.map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </SelectField>
      <SelectField label="Status" name="status" value={query.status} onChange={(event) => onChange({ status: event.target.value as DirectoryQuery['status'] })}>
        <option value="">Any status</option>
        {PERSON_STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </SelectField>
    </form>
  );
}

/** Keeps a value from the URL selectable even before (or if never) the facets list it. */
function withCurrent(options: string[], current: string): string[] {
  return current === '' || options.includes(current) ? options : [current, ...options];
}
