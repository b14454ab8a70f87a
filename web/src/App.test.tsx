// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { setCsrfToken } from './api/client';
import { FACETS, fakeApi, json, lastCallTo, meWith, PEOPLE_PAGE } from './test/fakeApi';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const signedIn = (roles: string[]) => () => json(200, { user: meWith(roles), csrfToken: 'csrf-1' });
const peopleRoutes = { 'GET /api/people': () => json(200, PEOPLE_PAGE), 'GET /api/people/facets': () => json(200, FACETS) };

function navLinks(): string[] {
  const nav = screen.queryByRole('navigation', { name: 'Main' });
  return nav === null ? [] : within(nav).getAllByRole('link').map((link) => link.textContent ?? '');
}

describe('App', () => {
  it('sends a signed-out visitor to sign-in, then back to the page they wanted', async () => {
    window.history.replaceState(null, '', '/people?q=gr');
    const { calls } = fakeApi({
      'GET /api/auth/session': () => json(401, { error: { code: 'unauthenticated', message: 'Sign in' } }),
      'POST /api/auth/login': (call) =>
        (call.body as { password: string }).password === 'right'
          ? json(200, { user: meWith(['org_admin']), csrfToken: 'csrf-9' })
          : json(401, { error: { code: 'invalid_credentials', message: 'Wrong email or password' } }),
      ...peopleRoutes,
    });
    render(<App />);
    await screen.findByRole('button', { name: 'Sign in' });
    expect(window.location.pathname).toBe('/sign-in');

    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@acme.test' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Wrong email or password');

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'right' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('link', { name: 'Grace Hopper' });
    expect(window.location.pathname + window.location.search).toBe('/people?q=gr');
    expect(navLinks()).toEqual(['Programs', 'My programs', 'My match', 'My surveys', 'Approvals', 'Outcomes', 'People', 'Import', 'Users & invitations', 'Outbox', 'Audit log']);
    expect(document.title).toBe('People · Tandem');
    expect(calls.find((call) => call.url.pathname === '/api/people')?.url.searchParams.get('q')).toBe('gr');
  });

  it('sends program managers home to Programs and everyone else to My programs', async () => {
    fakeApi({
      'GET /api/auth/session': signedIn(['program_manager']),
      'GET /api/programs': () => json(200, { items: [], page: 1, pageSize: 25, total: 0 }),
      ...peopleRoutes,
    });
    render(<App />);
    await waitFor(() => expect(window.location.pathname).toBe('/programs'));
    await screen.findByRole('heading', { level: 1 });
    expect(navLinks()).toEqual(['Programs', 'My programs', 'My match', 'My surveys', 'Approvals', 'Outcomes', 'People']);
    cleanup();

    window.history.replaceState(null, '', '/');
    fakeApi({
      'GET /api/auth/session': signedIn(['participant']),
      'GET /api/me/programs': () => json(200, { enrollments: [], open: [], hasPerson: true }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'My programs' })).toBeTruthy();
    expect(window.location.pathname).toBe('/my/programs');
    expect(navLinks()).toEqual(['My programs', 'My match', 'My surveys']);
  });

  it('keeps directory filters in the URL and debounces the search', async () => {
    const { calls } = fakeApi({ 'GET /api/auth/session': signedIn(['org_admin']), ...peopleRoutes });
    window.history.replaceState(null, '', '/people');
    render(<App />);
    await screen.findByRole('link', { name: 'Grace Hopper' });
    fireEvent.change(screen.getByLabelText('Department'), { target: { value: 'Research' } });
    expect(window.location.search).toBe('?department=Research');
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'alan' } });
    expect(window.location.search).toBe('?department=Research');
    await waitFor(() => expect(window.location.search).toBe('?q=alan&department=Research'));
    await waitFor(() => expect(calls.at(-1)?.url.search).toBe('?q=alan&department=Research&page=1&pageSize=25'));
  });

  it('imports a CSV: shows the problem report, then the summary, with the CSRF token', async () => {
    let attempt = 0;
    const { calls } = fakeApi({
      'GET /api/auth/session': signedIn(['org_admin']),
      'POST /api/people/import': () =>
        ++attempt === 1
          ? json(422, { error: { code: 'import_invalid', message: 'The file has problems', rows: [{ row: 3, column: 'email', message: 'email "x" is not a valid email address' }] } })
          : json(200, { dryRun: false, created: 2, updated: 0, unchanged: 1, markedDeparted: 0, missing: [{ employeeId: 'E9', name: 'Old Timer' }], missingTotal: 1, warnings: [] }),
    });
    window.history.replaceState(null, '', '/import');
    render(<App />);
    const input = await screen.findByLabelText('CSV file');
    const file = new File(['\uFEFFemployee_id,name\nE1,Ann\n'], 'people.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await screen.findByText('people.csv');
    fireEvent.click(screen.getByLabelText('Mark people missing from this file as departed'));
    fireEvent.click(screen.getByRole('button', { name: 'Check file' }));
    const table = await screen.findByRole('table', { name: /nothing was imported/ });
    expect(within(table).getByText('email "x" is not a valid email address')).toBeTruthy();
    const check = lastCallTo(calls, 'POST /api/people/import');
    expect(check?.body).toEqual({ csv: 'employee_id,name\nE1,Ann\n', markMissingAsDeparted: true, dryRun: true });
    expect(check?.headers['x-csrf-token']).toBe('csrf-1');

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('created'));
    expect(screen.getByText('Old Timer')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 person in the directory is missing from this file' })).toBeTruthy();
    expect(screen.queryByText(/nothing was imported/)).toBeNull();
  });

  it('returns to sign-in when a call answers 401', async () => {
    fakeApi({
      'GET /api/auth/session': signedIn(['org_admin']),
      'GET /api/audit': () => json(401, { error: { code: 'unauthenticated', message: 'Session expired' } }),
    });
    window.history.replaceState(null, '', '/audit');
    render(<App />);
    await screen.findByRole('button', { name: 'Sign in' });
    expect(window.location.pathname + window.location.search).toBe('/sign-in?next=%2Faudit');
  });
});
