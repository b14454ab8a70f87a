// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, lastCallTo } from '../../test/fakeApi';
import { programWith, renderAt } from './fixtures';

const SPONSORS = '/api/programs/prog-1/sponsors';
const CANDIDATES = '/api/programs/prog-1/sponsor-candidates';
const sam = { id: 'u-7', name: 'Sam Sponsor', email: 'sam@acme.test' };
const vera = { id: 'u-8', name: 'Vera Board', email: 'vera@acme.test' };
const gone = { id: 'u-9', name: 'Ex Sponsor', email: 'ex@acme.test' };

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const picker = () => within(screen.getByTestId('sponsor-picker'));

describe('SponsorPicker on the program overview', () => {
  it('lists the users with the sponsor role, ticks the current sponsors and saves the choice with PUT', async () => {
    const { calls } = renderAt('/programs/prog-1', {
      'GET /api/programs/prog-1': () => json(200, programWith({ status: 'closed', allowedTransitions: [] })),
      [`GET ${SPONSORS}`]: () => json(200, [sam, gone]),
      [`GET ${CANDIDATES}`]: () => json(200, [vera, sam]),
      [`PUT ${SPONSORS}`]: () => json(200, [vera]),
    });
    await screen.findByTestId('sponsor-picker');
    const box = (name: string) => picker().getByRole('checkbox', { name: new RegExp(name) }) as HTMLInputElement;
    await waitFor(() => expect(box('Sam Sponsor').checked).toBe(true));
    // A sponsor who lost the role is still listed, so they can be taken off.
    expect(
      picker()
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual(['Ex Sponsor (ex@acme.test)', 'Sam Sponsor (sam@acme.test)', 'Vera Board (vera@acme.test)']);
    const save = picker().getByRole('button', { name: 'Save sponsors' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.click(box('Sam Sponsor'));
    fireEvent.click(box('Ex Sponsor'));
    fireEvent.click(box('Vera Board'));
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    expect(await picker().findByText('Sponsors saved.')).toBeTruthy();
    expect(lastCallTo(calls, `PUT ${SPONSORS}`)?.body).toEqual({ userIds: ['u-8'] });
    expect(lastCallTo(calls, `PUT ${SPONSORS}`)?.headers['x-csrf-token']).toBe('csrf-1');
    expect(box('Vera Board').checked).toBe(true);
    expect(box('Sam Sponsor').checked).toBe(false);
  });

  it('shows the server’s refusal and keeps the choice', async () => {
    renderAt('/programs/prog-1', {
      'GET /api/programs/prog-1': () => json(200, programWith({ status: 'active', allowedTransitions: [] })),
      [`GET ${SPONSORS}`]: () => json(200, []),
      [`GET ${CANDIDATES}`]: () => json(200, [sam]),
      [`PUT ${SPONSORS}`]: () =>
        json(400, { error: { code: 'invalid', message: 'Sam Sponsor does not have the sponsor role.' } }),
    });
    await screen.findByTestId('sponsor-picker');
    const box = (await picker().findByRole('checkbox', { name: /Sam Sponsor/ })) as HTMLInputElement;
    fireEvent.click(box);
    fireEvent.click(picker().getByRole('button', { name: 'Save sponsors' }));
    expect(await picker().findByText('Sam Sponsor does not have the sponsor role.')).toBeTruthy();
    expect(box.checked).toBe(true);
  });

  it('says how to get sponsors when no user has the role', async () => {
    renderAt('/programs/prog-1', {
      'GET /api/programs/prog-1': () => json(200, programWith({ status: 'active', allowedTransitions: [] })),
      [`GET ${SPONSORS}`]: () => json(200, []),
      [`GET ${CANDIDATES}`]: () => json(200, []),
    });
    await screen.findByTestId('sponsor-picker');
    expect(await picker().findByText(/No user has the sponsor role yet/)).toBeTruthy();
    expect(picker().queryByRole('button', { name: 'Save sponsors' })).toBeNull();
  });
});
