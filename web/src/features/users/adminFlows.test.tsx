// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import { fakeApi, json, lastCallTo, meWith } from '../../test/fakeApi';

const PERSON = {
  id: 'p-1',
  employeeId: 'E001',
  name: 'Grace Hopper',
  email: 'grace@acme.test',
  department: 'Engineering',
  jobTitle: 'Engineer',
  level: 3,
  status: 'active',
  location: null,
  timeZone: 'Europe/Paris',
  hireDate: '2020-02-01',
  terminationDate: null,
  generationBand: null,
  manager: { id: 'p-0', name: 'Boss Person', employeeId: 'E000' },
  directReports: [{ id: 'p-2', name: 'Alan Turing', employeeId: 'E002', jobTitle: null }],
  user: null,
};

const session = () => json(200, { user: meWith(['org_admin']), csrfToken: 'csrf-1' });

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // The API client keeps the CSRF token in module state; never let one test's token leak into the next.
  setCsrfToken(null);
});

describe('admin flows', () => {
  it('invites a person from their page with email and personId prefilled', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': session,
      'GET /api/people/p-1': () => json(200, PERSON),
      'POST /api/invitations': (call) =>
        json(201, { id: 'i-1', email: (call.body as { email: string }).email, roles: ['participant'], status: 'pending', expiresAt: '2030-01-01T00:00:00Z', createdAt: '2029-12-25T00:00:00Z' }),
    });
    window.history.replaceState(null, '', '/people/p-1');
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' });
    expect(screen.getByRole('link', { name: 'Boss Person' }).getAttribute('href')).toBe('/people/p-0');
    expect(screen.getByRole('link', { name: 'Alan Turing' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Invite as user' }));
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('grace@acme.test');
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Invitation sent to grace@acme.test'));
    expect(lastCallTo(calls, 'POST /api/invitations')?.body).toEqual({ email: 'grace@acme.test', roles: ['participant'], personId: 'p-1' });
  });

  it('shows the server message when a role change is refused', async () => {
    fakeApi({
      'GET /api/auth/session': session,
      'GET /api/users': () =>
        json(200, { items: [{ id: 'u-1', email: 'ada@acme.test', name: 'Ada Admin', roles: ['org_admin'], status: 'active', personId: null, lastLoginAt: null }], page: 1, pageSize: 25, total: 1 }),
      'GET /api/invitations': () => json(200, { items: [], page: 1, pageSize: 10, total: 0 }),
      'PUT /api/users/u-1/roles': () => json(409, { error: { code: 'conflict', message: 'You cannot remove your own org admin role' } }),
    });
    window.history.replaceState(null, '', '/users');
    render(<App />);
    const roles = await screen.findByRole('group', { name: 'Roles for Ada Admin' });
    fireEvent.click(within(roles).getByLabelText('Org admin'));
    fireEvent.click(screen.getByRole('button', { name: 'Save roles for Ada Admin' }));
    expect((await screen.findByRole('alert')).textContent).toBe('You cannot remove your own org admin role');
  });

  it('signs out to the sign-in page', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': session,
      'GET /api/outbox': () => json(200, { items: [], page: 1, pageSize: 20, total: 0 }),
      'POST /api/auth/logout': () => json(204),
    });
    window.history.replaceState(null, '', '/outbox');
    render(<App />);
    // The Sign out button shows as soon as the session is known, but the outbox GET starts in an
    // effect that may run later under load. Wait for the page to load, so the click is the last
    // thing that happens, and check the logout call itself rather than whichever call came last.
    await screen.findByText('No emails yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    expect(window.location.pathname + window.location.search).toBe('/sign-in');
    const logout = calls.filter((call) => call.method === 'POST' && call.url.pathname === '/api/auth/logout');
    expect(logout).toHaveLength(1);
    expect(logout[0]?.headers['x-csrf-token']).toBe('csrf-1');
    // The notification bell's count is the only other call.
    expect(calls.map((call) => `${call.method} ${call.url.pathname}`).sort()).toEqual(['GET /api/auth/session', 'GET /api/notifications', 'GET /api/outbox', 'POST /api/auth/logout']);
  });
});
