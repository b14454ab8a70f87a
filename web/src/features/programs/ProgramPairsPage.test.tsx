// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, lastCallTo } from '../../test/fakeApi';
import { PROGRAM_PAIRS, page, programWith, renderAt } from './fixtures';

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const routes = {
  'GET /api/programs/prog-1': () => json(200, programWith({ status: 'active', allowedTransitions: ['matching', 'closed'] })),
  'GET /api/programs/prog-1/pairs': () => json(200, page(PROGRAM_PAIRS)),
  'POST /api/pairs/pp-1/end': () => json(200, { ...PROGRAM_PAIRS[0], status: 'ended' }),
};

describe('ProgramPairsPage', () => {
  it('shows answers and deadlines, and ends a pair with an optional reason', async () => {
    const { calls } = renderAt('/programs/prog-1/pairs', routes);
    const row = (await screen.findByRole('rowheader', { name: /Ana Lee/ })).closest('tr')!;
    expect(within(row).getByText('Mentor: Accepted')).toBeTruthy();
    expect(within(row).getByText('Mentee: Waiting')).toBeTruthy();
    expect(within(row).getByText('Jan 20, 2030')).toBeTruthy();
    // An ended pair cannot be ended again.
    expect(screen.queryByRole('button', { name: 'End the pair Cid Moss and Dee Park' })).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: 'End the pair Ana Lee and Bob Ray' }));
    const dialog = await screen.findByRole('dialog', { name: 'End the pair Ana Lee and Bob Ray?' });
    fireEvent.change(within(dialog).getByLabelText('Reason (optional)'), { target: { value: 'Schedules never matched' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'End pair' }));
    expect(await screen.findByText('The pair Ana Lee and Bob Ray has ended.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/pairs/pp-1/end')?.body).toEqual({ reason: 'Schedules never matched' });
  });

  it('sends no reason when none is given, and filters by status in the URL', async () => {
    const { calls } = renderAt('/programs/prog-1/pairs', routes);
    fireEvent.click(await screen.findByRole('button', { name: 'End the pair Ana Lee and Bob Ray' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'End pair' }));
    await waitFor(() => expect(lastCallTo(calls, 'POST /api/pairs/pp-1/end')?.body).toEqual({}));

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'active' } });
    await waitFor(() => expect(window.location.search).toBe('?status=active'));
    await waitFor(() => expect(lastCallTo(calls, 'GET /api/programs/prog-1/pairs')?.url.searchParams.get('status')).toBe('active'));
  });

  it('shows each active pair’s meeting health (counts only) and filters the pairs at risk', async () => {
    const { calls } = renderAt('/programs/prog-1/pairs', routes);
    const risky = (await screen.findByRole('rowheader', { name: /Eve Quinn/ })).closest('tr')!;
    expect(within(risky).getByText('At risk')).toBeTruthy();
    expect(within(risky).getByText('1 of 4 held, every 14 days')).toBeTruthy();
    // An ended pair keeps its counts without a flag; an offered one has none yet.
    const ended = screen.getByRole('rowheader', { name: /Cid Moss/ }).closest('tr')!;
    expect(within(ended).getByText('2 held (2 due so far), every 14 days')).toBeTruthy();
    expect(within(ended).queryByText('On track')).toBeNull();
    fireEvent.change(screen.getByLabelText('Meetings'), { target: { value: 'at_risk' } });
    await waitFor(() => expect(window.location.search).toBe('?health=at_risk'));
    await waitFor(() => expect(lastCallTo(calls, 'GET /api/programs/prog-1/pairs')?.url.searchParams.get('health')).toBe('at_risk'));
  });
});
