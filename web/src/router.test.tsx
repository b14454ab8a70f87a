// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { inviteTokenFromHash, matchPattern, matchRoute, navigate, safeReturnPath, useHash, useLocation } from './router';

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
    expect(matchRoute('/invite')).toEqual({ name: 'invite' });
  });

  it('extracts and decodes parameters', () => {
    expect(matchRoute('/people/3f2a-19')).toEqual({ name: 'person', personId: '3f2a-19' });
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
    // The token is never part of the path any more.
    expect(matchRoute('/invite/abc')).toEqual({ name: 'notFound' });
  });

  it('matchPattern returns null on a mismatch', () => {
    expect(matchPattern('/a/:id', '/b/1')).toBeNull();
    expect(matchPattern('/a/:id', '/a/1')).toEqual({ id: '1' });
  });
});

describe('inviteTokenFromHash', () => {
  it('strips the # and decodes', () => {
    expect(inviteTokenFromHash('#abc-DEF_123')).toBe('abc-DEF_123');
    expect(inviteTokenFromHash('#abc%2Fdef')).toBe('abc/def');
    expect(inviteTokenFromHash('abc')).toBe('abc');
  });

  it('gives an empty token for no fragment or one that cannot be decoded', () => {
    expect(inviteTokenFromHash('')).toBe('');
    expect(inviteTokenFromHash('#')).toBe('');
    expect(inviteTokenFromHash('#%E0%A4%A')).toBe('');
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

  it('useHash follows the fragment, also when only the fragment changes', async () => {
    function Hash() {
      return <p data-testid="hash">{useHash()}</p>;
    }
    window.history.replaceState(null, '', '/invite#first');
    render(<Hash />);
    expect(screen.getByTestId('hash').textContent).toBe('#first');
    await act(async () => {
      window.location.hash = 'second';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    });
    expect(screen.getByTestId('hash').textContent).toBe('#second');
    act(() => navigate('/', { replace: true }));
    expect(screen.getByTestId('hash').textContent).toBe('');
  });
});
