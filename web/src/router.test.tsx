// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { matchPattern, matchRoute, navigate, safeReturnPath, useLocation } from './router';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('matchRoute', () => {
  it('matches every static route', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/sign-in')).toEqual({ name: 'signIn' });
    expect(matchRoute('/people')).toEqual({ name: 'people' });
    expect(matchRoute('/import')).toEqual({ name: 'import' });
    expect(matchRoute('/users')).toEqual({ name: 'users' });
    expect(matchRoute('/outbox')).toEqual({ name: 'outbox' });
    expect(matchRoute('/audit')).toEqual({ name: 'audit' });
  });

  it('extracts and decodes parameters', () => {
    expect(matchRoute('/people/3f2a-19')).toEqual({ name: 'person', personId: '3f2a-19' });
    expect(matchRoute('/invite/abc%2Fdef')).toEqual({ name: 'invite', token: 'abc/def' });
  });

  it('ignores a trailing slash', () => {
    expect(matchRoute('/people/')).toEqual({ name: 'people' });
    expect(matchRoute('/people/42/')).toEqual({ name: 'person', personId: '42' });
  });

  it('falls back to notFound', () => {
    expect(matchRoute('/nope')).toEqual({ name: 'notFound' });
    expect(matchRoute('/people/1/extra')).toEqual({ name: 'notFound' });
    expect(matchRoute('/People')).toEqual({ name: 'notFound' });
    expect(matchRoute('/invite/%E0%A4%A')).toEqual({ name: 'notFound' });
  });

  it('matchPattern returns null on a mismatch', () => {
    expect(matchPattern('/a/:id', '/b/1')).toBeNull();
    expect(matchPattern('/a/:id', '/a/1')).toEqual({ id: '1' });
  });
});

describe('safeReturnPath', () => {
  it('keeps same-origin paths and rejects everything else', () => {
    expect(safeReturnPath('/people?q=ann')).toBe('/people?q=ann');
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('/sign-in')).toBe('/');
  });
});

describe('navigate + useLocation', () => {
  function Where() {
    const { pathname, search } = useLocation();
    return <p data-testid="where">{pathname + search}</p>;
  }

  it('re-renders on push, replace and back', async () => {
    render(<Where />);
    expect(screen.getByTestId('where').textContent).toBe('/');
    act(() => navigate('/people?q=ann'));
    expect(screen.getByTestId('where').textContent).toBe('/people?q=ann');
    act(() => navigate('/people?q=bob', { replace: true }));
    expect(screen.getByTestId('where').textContent).toBe('/people?q=bob');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(screen.getByTestId('where').textContent).toBe('/');
  });
});
