// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import type { ApprovalByToken } from '../../api/programs';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';

const TOKEN = 'appr0val-T0ken_xyz';
const LOOKUP: ApprovalByToken = {
  personName: 'Sam Junior',
  programName: 'Digital Leaders 2030',
  side: 'mentor',
  status: 'pending',
  motivation: 'I want to help leaders with AI tools.',
  hoursPerMonth: 2,
  cadenceDays: 14,
  meetingMinutes: 45,
  startDate: '2027-01-01',
  endDate: '2027-12-31',
};
const signedOut = () => json(401, { error: { code: 'unauthenticated', message: 'Sign in to continue.' } });

beforeEach(() => window.history.replaceState(null, '', `/approve#${encodeURIComponent(TOKEN)}`));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setCsrfToken(null);
});

function tokenInAnyUrl(calls: Array<{ url: URL }>): boolean {
  return calls.some((call) => call.url.href.includes(TOKEN));
}

describe('approve by token', () => {
  it('looks the request up, decides it with a reason and drops the token from the URL', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/approvals/lookup': () => json(200, LOOKUP),
      'POST /api/approvals/decide-by-token': () => json(204),
    });
    const pushState = vi.spyOn(window.history, 'pushState');
    render(<App />);
    await screen.findByText('Sam Junior');
    expect(screen.getByRole('heading', { level: 1, name: 'Approve a place in a mentoring program' })).toBeTruthy();
    expect(screen.getByText(/asked to join/).textContent).toBe(
      'Sam Junior asked to join Digital Leaders 2030 as junior mentor.',
    );
    expect(lastCallTo(calls, 'POST /api/approvals/lookup')?.body).toEqual({ token: TOKEN });
    // What it asks of their time, and why they applied: what a manager needs to decide.
    expect(screen.getByText(/About 2 hours a month · a 45-minute meeting every 2 weeks/)).toBeTruthy();
    expect(screen.getByText('I want to help leaders with AI tools.')).toBeTruthy();
    // Signed out, yet never sent to sign-in.
    expect(window.location.pathname).toBe('/approve');

    fireEvent.change(screen.getByLabelText('Reason (optional)'), { target: { value: 'Good fit.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve Sam Junior' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'You approved Sam Junior’s place in Digital Leaders 2030.',
      ),
    );
    expect(lastCallTo(calls, 'POST /api/approvals/decide-by-token')?.body).toEqual({
      token: TOKEN,
      decision: 'approved',
      reason: 'Good fit.',
    });
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/approve');
    expect(pushState).not.toHaveBeenCalled();
    expect(tokenInAnyUrl(calls)).toBe(false);
  });

  it('explains an expired link (410)', async () => {
    const message = 'This approval link has expired.';
    const { calls } = fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/approvals/lookup': () => json(410, { error: { code: 'gone', message } }),
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Approval link unavailable' });
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(screen.getByText(/Approval links work for a limited time/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(tokenInAnyUrl(calls)).toBe(false);
  });

  it('switches to "already decided" when someone decided first (409)', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/approvals/lookup': () => json(200, LOOKUP),
      'POST /api/approvals/decide-by-token': () =>
        json(409, { error: { code: 'conflict', message: 'This request was already approved.' } }),
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Decline Sam Junior' }));
    await screen.findByRole('heading', { level: 1, name: 'Already decided' });
    expect(screen.getByRole('alert').textContent).toBe('This request was already approved.');
  });

  it('says so when the lookup shows the request was decided', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/approvals/lookup': () => json(200, { ...LOOKUP, status: 'declined' }),
    });
    render(<App />);
    expect(await screen.findByText(/This request was already declined/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
  });

  it('explains an unknown link (404) and a link without a token', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/approvals/lookup': () =>
        json(404, { error: { code: 'not_found', message: 'This approval link is not valid.' } }),
    });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toBe('This approval link is not valid.');
    cleanup();

    const { calls } = fakeApi({ 'GET /api/auth/session': signedOut });
    window.history.replaceState(null, '', '/approve');
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toBe('This approval link is incomplete.');
    expect(calls.map((call) => call.url.pathname)).toEqual(['/api/auth/session']);
  });
});
