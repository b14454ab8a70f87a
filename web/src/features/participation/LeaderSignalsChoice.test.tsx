// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import type { MyLeaderSignals } from '../../api/outcomes';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { enrollment, participantSession } from './testFixtures';

const LIST = '/api/me/leader-signals';
const CHOICE = '/api/me/programs/prog-1/leader-signals';
const signals = (optedIn: boolean): MyLeaderSignals => ({
  items: [
    {
      programId: 'prog-1',
      programName: 'Digital Leaders 2030',
      optedIn,
      optedInAt: optedIn ? '2030-02-01T10:00:00.000Z' : null,
    },
  ],
});

beforeEach(() => window.history.replaceState(null, '', '/my/programs'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

function renderWith(list: MyLeaderSignals, extra: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({
    'GET /api/auth/session': participantSession,
    'GET /api/me/programs': () =>
      json(200, { enrollments: [enrollment({ status: 'approved', pairStatus: 'active' })], open: [], hasPerson: true }),
    'GET /api/me/profile': () => json(200, { knows: ['x'], wants: [] }),
    [`GET ${LIST}`]: () => json(200, list),
    ...extra,
  });
  render(<App />);
  return api;
}

describe('the junior mentor’s leader-signal opt-in on My programs', () => {
  it('explains what is shared, is off by default, and turns on and off with PUT', async () => {
    let optedIn = false;
    const { calls } = renderWith(signals(false), {
      [`PUT ${CHOICE}`]: (call) => {
        optedIn = (call.body as { optIn: boolean }).optIn;
        return json(200, signals(optedIn));
      },
    });
    const section = within(await screen.findByTestId('leader-signals-choice'));
    expect(section.getByRole('heading', { name: 'Share my leadership signals' })).toBeTruthy();
    expect(section.getByText(/It is never a ranking/)).toBeTruthy();
    expect(section.getByText(/You can turn it off at any time/)).toBeTruthy();
    expect(section.getByText(/program’s managers/)).toBeTruthy();
    const box = section.getByRole('checkbox', {
      name: 'Share my leadership signals in Digital Leaders 2030',
    }) as HTMLInputElement;
    expect(box.checked).toBe(false);

    fireEvent.click(box);
    expect(await section.findByText('You now share your leadership signals in Digital Leaders 2030.')).toBeTruthy();
    expect(lastCallTo(calls, `PUT ${CHOICE}`)?.body).toEqual({ optIn: true });
    expect(box.checked).toBe(true);

    fireEvent.click(box);
    expect(
      await section.findByText('You no longer share your leadership signals in Digital Leaders 2030.'),
    ).toBeTruthy();
    expect(lastCallTo(calls, `PUT ${CHOICE}`)?.body).toEqual({ optIn: false });
    expect(box.checked).toBe(false);
  });

  it('shows nothing to someone who is not the junior member of a started pair', async () => {
    renderWith({ items: [] });
    await screen.findByRole('heading', { name: 'Your programs' });
    expect(screen.queryByTestId('leader-signals-choice')).toBeNull();
  });
});
