// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { directoryHref, parseDirectoryQuery, peopleApiPath } from './directoryQuery';

describe('directory query', () => {
  it('round-trips through the URL', () => {
    const query = parseDirectoryQuery('?q=ann&department=Sales&level=3&status=on_leave&page=2');
    expect(query).toEqual({ q: 'ann', department: 'Sales', level: '3', status: 'on_leave', page: 2 });
    expect(directoryHref(query)).toBe('/people?q=ann&department=Sales&level=3&status=on_leave&page=2');
  });

  it('drops invalid values and defaults', () => {
    expect(parseDirectoryQuery('?status=fired&page=-4&level=abc')).toEqual({ q: '', department: '', level: '', status: '', page: 1 });
    expect(directoryHref(parseDirectoryQuery(''))).toBe('/people');
  });

  it('builds the API path with the page size', () => {
    expect(peopleApiPath(parseDirectoryQuery('?q=%20bo%20'), 25)).toBe('/api/people?q=bo&page=1&pageSize=25');
  });
});
