// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import { fakeApi, json, ORG } from '../../test/fakeApi';

const TOKEN = 'Zm9vYmFy-token_123';
const PREVIEW = {
  email: 'new.person@acme.test',
  orgName: 'Acme',
  roles: ['participant'],
  expiresAt: '2030-01-08T09:00:00.000Z',
};
const signedOut = () => json(401, { error: { code: 'unauthenticated', message: 'Sign in to continue.' } });
const NEW_USER = { id: 'u-9', email: PREVIEW.email, name: 'New Person', roles: ['participant'], org: ORG };

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setCsrfToken(null);
});

function tokenInAnyUrl(calls: Array<{ url: URL }>): boolean {
  return calls.some((call) => call.url.href.includes(TOKEN));
}

describe('accept an invitation', () => {
  it('reads the token from the fragment, creates the account, signs in and drops the token from the URL', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/invitations/lookup': () => json(200, PREVIEW),
      'POST /api/invitations/accept': () => json(200, { user: NEW_USER, csrfToken: 'csrf-new' }),
      'GET /api/me/programs': () => json(200, { enrollments: [], open: [], hasPerson: true }),
    });
    window.history.replaceState(null, '', `/invite#${encodeURIComponent(TOKEN)}`);
    const replaced: string[] = [];
    const replaceState = window.history.replaceState.bind(window.history);
    vi.spyOn(window.history, 'replaceState').mockImplementation((data, unused, url) => {
      replaced.push(String(url));
      replaceState(data, unused, url);
    });
    const pushState = vi.spyOn(window.history, 'pushState');

    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Accept your invitation' });
    await screen.findByText(/new\.person@acme\.test/);
    expect(screen.getByText('Acme')).toBeTruthy();
    const lookup = calls.find((call) => call.url.pathname === '/api/invitations/lookup');
    expect(lookup?.method).toBe('POST');
    expect(lookup?.body).toEqual({ token: TOKEN });

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: '  New Person ' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'a long enough password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));

    // A participant's home is My programs.
    expect(await screen.findByRole('heading', { level: 1, name: 'My programs' })).toBeTruthy();
    expect(calls.find((call) => call.url.pathname === '/api/invitations/accept')?.body).toEqual({
      token: TOKEN,
      name: 'New Person',
      password: 'a long enough password',
    });
    // The token is gone from the address bar, and the entry that held it was replaced, not kept in history.
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/my/programs');
    expect(pushState).not.toHaveBeenCalled();
    // Straight to the signed-in home page (`/`, which leads to /my/programs): never a detour through sign-in.
    expect(replaced).toEqual(['/', '/my/programs']);
    expect(tokenInAnyUrl(calls)).toBe(false);
  });

  it('shows the server message for a link that was used, revoked or has expired', async () => {
    const message = 'This invitation has already been used. Sign in with your email and password instead.';
    const { calls } = fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/invitations/lookup': () => json(410, { error: { code: 'gone', message } }),
    });
    window.history.replaceState(null, '', `/invite#${TOKEN}`);
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Invitation unavailable' });
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(tokenInAnyUrl(calls)).toBe(false);
  });

  it('explains an unknown link', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/invitations/lookup': () =>
        json(404, { error: { code: 'not_found', message: 'This invitation link is not valid.' } }),
    });
    window.history.replaceState(null, '', `/invite#${TOKEN}`);
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Invitation unavailable' });
    expect(screen.getByRole('alert').textContent).toBe('This invitation link is not valid.');
  });

  it('does not call the server for a link without a token', async () => {
    const { calls } = fakeApi({ 'GET /api/auth/session': signedOut });
    window.history.replaceState(null, '', '/invite');
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Invitation unavailable' });
    expect(screen.getByRole('alert').textContent).toBe('This invitation link is incomplete.');
    expect(calls.map((call) => call.url.pathname)).toEqual(['/api/auth/session']);
  });

  it('keeps the form and shows the field problem when the password is refused', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/invitations/lookup': () => json(200, PREVIEW),
      'POST /api/invitations/accept': () =>
        json(400, {
          error: {
            code: 'validation_failed',
            message: 'This password is too common.',
            fields: [{ path: 'password', message: 'This password is too common.' }],
          },
        }),
    });
    window.history.replaceState(null, '', `/invite#${TOKEN}`);
    render(<App />);
    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'New Person' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'password1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));
    await waitFor(() => expect(screen.getAllByText('This password is too common.')).toHaveLength(2));
    expect((screen.getByRole('button', { name: 'Create my account' }) as HTMLButtonElement).disabled).toBe(false);
    expect(window.location.hash).toBe(`#${TOKEN}`);
  });

  it('switches to the unavailable page when the link stops working before the form is sent', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/invitations/lookup': () => json(200, PREVIEW),
      'POST /api/invitations/accept': () =>
        json(410, {
          error: { code: 'gone', message: 'This invitation has been withdrawn. Ask your administrator for a new one.' },
        }),
    });
    window.history.replaceState(null, '', `/invite#${TOKEN}`);
    render(<App />);
    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'New Person' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'a long enough password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));
    await screen.findByRole('heading', { level: 1, name: 'Invitation unavailable' });
    expect(screen.getByRole('alert').textContent).toContain('withdrawn');
  });
});
