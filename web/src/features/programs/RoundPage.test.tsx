// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, lastCallTo, type FakeCall } from '../../test/fakeApi';
import { PAIRS, ROUND, page, programWith, renderAt } from './fixtures';

const ROUND_PATH = '/programs/prog-1/rounds/round-1';
// Who is free: the unmatched people of the summary (the server works it out live).
const AVAILABLE = {
  mentors: ROUND.summary.unmatched.filter((u) => u.side === 'mentor').map((u) => ({ enrollmentId: u.enrollmentId, person: u.person, side: u.side, room: 1 })),
  mentees: ROUND.summary.unmatched.filter((u) => u.side === 'mentee').map((u) => ({ enrollmentId: u.enrollmentId, person: u.person, side: u.side, room: 1 })),
};

function routes(overrides: Record<string, (call: FakeCall) => { status: number; body?: unknown }> = {}) {
  return {
    'GET /api/programs/prog-1': () => json(200, programWith({ status: 'matching', allowedTransitions: ['enrolling', 'closed'] })),
    'GET /api/rounds/round-1': () => json(200, ROUND),
    'GET /api/rounds/round-1/pairs': () => json(200, page(PAIRS)),
    'GET /api/rounds/round-1/available': () => json(200, AVAILABLE),
    ...overrides,
  };
}

const pairsCalls = (calls: FakeCall[]) => calls.filter((call) => call.method === 'GET' && call.url.pathname === '/api/rounds/round-1/pairs');
const pairsTable = () => within(screen.getByRole('table', { name: /^Pairs, sorted by/ }));
const lastPairsQuery = (calls: FakeCall[]) => Object.fromEntries(pairsCalls(calls).at(-1)?.url.searchParams ?? []);

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('RoundPage', () => {
  it('shows the summary, warnings, unmatched people and flagged pairs', async () => {
    renderAt(ROUND_PATH, routes());
    expect(await screen.findByRole('heading', { level: 1, name: 'Matching round 2' })).toBeTruthy();
    expect(await screen.findByText(/Optimal: no other pairing/)).toBeTruthy();
    expect(screen.getByText('A kept pair now breaks a rule: Cid Moss and Dee Park.')).toBeTruthy();
    expect(screen.getByText('Every senior mentee is excluded by a rule.')).toBeTruthy();
    expect(screen.getByText(/Not trained/).textContent).toContain('2');
    // The histogram is a table: score band → count.
    expect(screen.getByRole('rowheader', { name: '1,000–1,499' })).toBeTruthy();

    const flaggedRow = (await screen.findByRole('rowheader', { name: /Cid Moss/ })).closest('tr')!;
    expect(flaggedRow.className).toContain('row-flagged');
    expect(within(flaggedRow).getByText('Flagged')).toBeTruthy();
    expect(within(flaggedRow).getByText(/Breaks a rule: one is in the other’s reporting line/)).toBeTruthy();
    expect(within(flaggedRow).getByText('Reason given: “They asked for it”')).toBeTruthy();
  });

  it('reads sort, search, flagged and page from the URL and sends them to the API', async () => {
    const { calls } = renderAt(`${ROUND_PATH}?sort=mentee&dir=desc&q=ana&flagged=true&page=2`, routes({ 'GET /api/rounds/round-1/pairs': () => json(200, page(PAIRS, { page: 2, total: 30 })) }));
    await screen.findByRole('rowheader', { name: /Ana Lee/ });
    expect(lastPairsQuery(calls)).toEqual({ sort: 'mentee', dir: 'desc', q: 'ana', flagged: 'true', page: '2', pageSize: '25' });
    expect(pairsTable().getByRole('columnheader', { name: /Senior mentee/ }).getAttribute('aria-sort')).toBe('descending');
    expect((screen.getByLabelText('Flagged only') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('ana');
  });

  it('sorts by clicking a column and filters, through the query string', async () => {
    const { calls } = renderAt(ROUND_PATH, routes());
    await screen.findByRole('rowheader', { name: /Ana Lee/ });
    expect(lastPairsQuery(calls)).toMatchObject({ sort: 'score', dir: 'desc', page: '1' });
    expect(pairsTable().getByRole('columnheader', { name: /Score/ }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByRole('button', { name: /^Score/ }));
    await waitFor(() => expect(window.location.search).toBe('?sort=score&dir=asc'));
    await waitFor(() => expect(lastPairsQuery(calls)).toMatchObject({ sort: 'score', dir: 'asc' }));
    expect(pairsTable().getByRole('columnheader', { name: /Score/ }).getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(screen.getByRole('button', { name: /^Junior mentor/ }));
    await waitFor(() => expect(window.location.search).toBe('?sort=mentor&dir=asc'));

    fireEvent.click(screen.getByLabelText('Flagged only'));
    await waitFor(() => expect(window.location.search).toBe('?sort=mentor&dir=asc&flagged=true'));
    await waitFor(() => expect(lastPairsQuery(calls)).toMatchObject({ sort: 'mentor', dir: 'asc', flagged: 'true' }));

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'bob' } });
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('bob'));
    await waitFor(() => expect(lastPairsQuery(calls)).toMatchObject({ q: 'bob', flagged: 'true', page: '1' }));
  });

  it('opens a row onto its reasons and points', async () => {
    renderAt(ROUND_PATH, routes());
    const why = await screen.findByRole('button', { name: 'Why Ana Lee and Bob Ray' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const detail = document.getElementById(why.getAttribute('aria-controls') ?? '')!;
    expect(within(detail).getByText('Ana teaches Bob Generative AI tools (level 4).')).toBeTruthy();
    expect(within(detail).getByRole('row', { name: 'Teaches Generative AI tools 900' })).toBeTruthy();
    expect(within(detail).getByRole('row', { name: 'Score 1,200' })).toBeTruthy();
  });

  it('removes a pair with DELETE and reloads the summary and the table', async () => {
    const { calls } = renderAt(ROUND_PATH, routes({ 'DELETE /api/rounds/round-1/pairs/pair-1': () => json(204) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove the pair Ana Lee and Bob Ray' }));
    expect(await screen.findByText('Removed the pair Ana Lee and Bob Ray. Both are now unmatched.')).toBeTruthy();
    expect(lastCallTo(calls, 'DELETE /api/rounds/round-1/pairs/pair-1')).toBeDefined();
    await waitFor(() => expect(calls.filter((call) => call.method === 'GET' && call.url.pathname === '/api/rounds/round-1')).toHaveLength(2));
    await waitFor(() => expect(pairsCalls(calls)).toHaveLength(2));
  });

  it('offers for hand pairing whoever the server says is free, mentors with room for more included', async () => {
    const { calls } = renderAt(ROUND_PATH, routes({ 'GET /api/rounds/round-1/available': () => json(200, { mentors: [{ ...AVAILABLE.mentors[0], room: 2 }], mentees: AVAILABLE.mentees }) }));
    const handPair = (await screen.findByRole('heading', { name: 'Pair two people by hand' })).parentElement!;
    const mentor = (await within(handPair).findByLabelText('Junior mentor')) as HTMLSelectElement;
    expect([...mentor.options].map((o) => o.text).join('|')).toMatch(/room for 2/);
    expect(calls.some((call) => call.url.pathname === '/api/rounds/round-1/available')).toBe(true);
    fireEvent.change(within(handPair).getByLabelText('Find people to pair'), { target: { value: 'Eve' } });
    await waitFor(() => expect(lastCallTo(calls, 'GET /api/rounds/round-1/available')?.url.searchParams.get('q')).toBe('Eve'));
  });

  it('asks for a reason when a hand pairing breaks a rule, then sends it again confirmed', async () => {
    let attempts = 0;
    const { calls } = renderAt(
      ROUND_PATH,
      routes({
        'POST /api/rounds/round-1/pairs': (call) => {
          attempts += 1;
          if ((call.body as { confirmRuleBreak?: boolean }).confirmRuleBreak !== true) {
            return json(409, { error: { code: 'confirmation_required', message: 'This pairing breaks a rule: Eve Stone and Fay Wong are in the same department.' } });
          }
          return json(201, PAIRS[0]);
        },
      }),
    );
    const handPair = (await screen.findByRole('heading', { name: 'Pair two people by hand' })).parentElement!;
    fireEvent.change(await within(handPair).findByLabelText('Junior mentor'), { target: { value: 'e-eve' } });
    fireEvent.change(within(handPair).getByLabelText('Senior mentee'), { target: { value: 'e-fay' } });
    fireEvent.click(within(handPair).getByRole('button', { name: 'Pair them' }));

    const dialog = await screen.findByRole('dialog', { name: 'Pair Eve Stone and Fay Wong anyway?' });
    expect(within(dialog).getByText('This pairing breaks a rule: Eve Stone and Fay Wong are in the same department.')).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Pair anyway' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Reason (required)'), { target: { value: 'Both asked for each other' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);

    expect(await screen.findByText('Paired Eve Stone and Fay Wong.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(attempts).toBe(2);
    expect(lastCallTo(calls, 'POST /api/rounds/round-1/pairs')?.body).toEqual({
      mentorEnrollmentId: 'e-eve',
      menteeEnrollmentId: 'e-fay',
      confirmRuleBreak: true,
      reason: 'Both asked for each other',
    });
  });

  it('swaps the mentees of the two selected pairs', async () => {
    const { calls } = renderAt(ROUND_PATH, routes({ 'POST /api/rounds/round-1/swap': () => json(200, {}) }));
    const swap = (await screen.findByRole('button', { name: 'Swap the mentees' })) as HTMLButtonElement;
    expect(swap.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Select the pair Ana Lee and Bob Ray for a swap'));
    fireEvent.click(screen.getByLabelText('Select the pair Cid Moss and Dee Park for a swap'));
    expect(swap.disabled).toBe(false);
    fireEvent.click(swap);
    expect(await screen.findByText(/Swapped the mentees of Ana Lee and Bob Ray/)).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/rounds/round-1/swap')?.body).toEqual({ pairA: 'pair-1', pairB: 'pair-2' });
  });

  it('publishes after a confirmation that says both people have N days to respond', async () => {
    const { calls } = renderAt(ROUND_PATH, routes({ 'POST /api/rounds/round-1/publish': () => json(200, { ...ROUND, status: 'published' }) }));
    await screen.findByRole('rowheader', { name: /Ana Lee/ });
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish round 2?' });
    expect(dialog.textContent).toContain('Both people in each of the 2 pairs will be told about their match now, and have 7 days to accept or decline.');
    expect(lastCallTo(calls, 'POST /api/rounds/round-1/publish')).toBeUndefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish 2 pairs' }));
    expect(await screen.findByText(/Published\. Everyone in a pair has been told/)).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/rounds/round-1/publish')).toBeDefined();
  });

  it('discards after a confirmation, and nobody is told', async () => {
    const { calls } = renderAt(ROUND_PATH, routes({ 'POST /api/rounds/round-1/discard': () => json(200, { ...ROUND, status: 'discarded' }) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Discard' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard round 2?' });
    // The explanation is the dialog's description; focus starts on Cancel, not on the action.
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Nobody was told about it.');
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard the round' }));
    expect(await screen.findByText('Discarded. Nobody was told about this proposal.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/rounds/round-1/discard')).toBeDefined();
  });

  it('re-solves keeping the edits and shows progress while it runs', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { calls, fetchMock } = renderAt(ROUND_PATH, routes({ 'POST /api/rounds/round-1/resolve': () => json(200, ROUND) }));
    const answer = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input, init) => {
      if (String(input).endsWith('/resolve')) await gate;
      return answer(input, init);
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Re-solve keeping my edits' }));
    expect(await screen.findByText(/Re-solving, keeping your edits/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Round 2 Proposed' }).getAttribute('aria-busy')).toBe('true');
    release();
    expect(await screen.findByText(/Re-solved\. Your hand pairs and swaps were kept/)).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/rounds/round-1/resolve')).toBeDefined();
  });

  it('offers no edits on a published round', async () => {
    renderAt(ROUND_PATH, routes({ 'GET /api/rounds/round-1': () => json(200, { ...ROUND, status: 'published', publishedAt: '2030-01-11T09:00:00Z' }) }));
    await screen.findByRole('rowheader', { name: /Ana Lee/ });
    expect(screen.getByText(/This round is published/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove the pair/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Pair two people by hand' })).toBeNull();
  });
});
