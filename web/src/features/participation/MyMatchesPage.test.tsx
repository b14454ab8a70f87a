// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import type { MyMatch } from '../../api/programs';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { match, participantSession } from './testFixtures';

beforeEach(() => window.history.replaceState(null, '', '/my/matches'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

function routes(matches: () => MyMatch[], extra = {}) {
  return fakeApi({
    'GET /api/auth/session': participantSession,
    'GET /api/me/matches': () => json(200, matches()),
    ...extra,
  });
}

describe('my matches', () => {
  it('shows an offered match without the email, and accepts it', async () => {
    let mine: MyMatch['myResponse'] = null;
    const { calls } = routes(() => [match({ myResponse: mine, partnerResponse: 'accepted' })], {
      'POST /api/me/matches/pair-1/respond': () => {
        mine = 'accepted';
        return json(204);
      },
    });
    render(<App />);
    const card = await screen.findByRole('listitem', { name: /Maria Senior/ });
    expect(within(card).getByText('VP Sales · Sales')).toBeTruthy();
    expect(within(card).getByText('P&L and financial acumen')).toBeTruthy();
    expect(within(card).getByText('Generative AI tools for everyday work')).toBeTruthy();
    expect(within(card).getByText('(most wanted)')).toBeTruthy();
    expect(within(card).getByText('Tuesday mornings')).toBeTruthy();
    expect(within(card).getByText(/her top wish/)).toBeTruthy();
    expect(within(card).getByText(/Respond by/)).toBeTruthy();
    expect(within(card).queryByText(/maria@acme\.test/)).toBeNull();
    expect(within(card).getByText('Maria Senior:', { exact: false }).textContent).toBe('Maria Senior: accepted');

    fireEvent.click(within(card).getByRole('button', { name: 'Accept' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('You accepted the match with Maria Senior.'),
    );
    expect(lastCallTo(calls, 'POST /api/me/matches/pair-1/respond')?.body).toEqual({ response: 'accept' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull());
  });

  it('declines only after confirming', async () => {
    let declined = false;
    const { calls } = routes(() => [match(declined ? { status: 'declined', myResponse: 'declined' } : {})], {
      'POST /api/me/matches/pair-1/respond': () => {
        declined = true;
        return json(204);
      },
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    const panel = screen.getByRole('group', { name: 'Decline the match with Maria Senior?' });
    expect(
      within(panel).getByText('You go back into the pool and will not be paired with this person again.'),
    ).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/me/matches/pair-1/respond')).toBeUndefined();
    fireEvent.click(within(panel).getByRole('button', { name: 'Decline the match' }));
    await screen.findByRole('heading', { name: 'Past matches' });
    expect(lastCallTo(calls, 'POST /api/me/matches/pair-1/respond')?.body).toEqual({ response: 'decline' });
    expect(screen.getByText('Declined')).toBeTruthy();
  });

  it('shows an active pair with the email and ends it with a reason', async () => {
    const { calls } = routes(() => [match({ status: 'active', myResponse: 'accepted', partnerResponse: 'accepted' })], {
      'POST /api/me/matches/pair-1/end': () => json(204),
    });
    render(<App />);
    const email = await screen.findByRole('link', { name: 'maria@acme.test' });
    expect(email.getAttribute('href')).toBe('mailto:maria@acme.test');
    fireEvent.click(screen.getByRole('button', { name: 'End this pair (no fault)' }));
    fireEvent.change(screen.getByLabelText('Reason (optional)'), { target: { value: ' We changed teams. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'End the pair' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Your pair with Maria Senior has ended.'),
    );
    expect(lastCallTo(calls, 'POST /api/me/matches/pair-1/end')?.body).toEqual({ reason: 'We changed teams.' });
  });

  it('has an empty state', async () => {
    routes(() => []);
    render(<App />);
    expect(await screen.findByText('You have no match yet.')).toBeTruthy();
  });
});
