// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import type { MyPrograms, Profile } from '../../api/programs';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { enrollment, match, OPEN_PROGRAM, participantSession, PROGRAM } from './testFixtures';

const PROFILE: Profile = {
  knows: [{ skillKey: 'generative-ai-tools', level: 4 }],
  wants: [],
  timeZone: 'Europe/London',
  availability: null,
  motivation: null,
  prefer: [],
  avoid: [],
  locked: false,
  updatedAt: '2030-01-01T10:00:00.000Z',
};

beforeEach(() => window.history.replaceState(null, '', '/my/programs'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

function programs(data: Partial<MyPrograms>) {
  return () => json(200, { enrollments: [], open: [], hasPerson: true, ...data });
}

describe('my programs', () => {
  it('shows each program with its next step and links', async () => {
    fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/programs': programs({
        enrollments: [
          enrollment(),
          enrollment({
            id: 'enr-2',
            program: { ...PROGRAM, id: 'prog-3', name: 'Offered Program' },
            pairStatus: 'offered',
          }),
          enrollment({
            id: 'enr-3',
            program: { ...PROGRAM, id: 'prog-4', name: 'Waiting Program' },
            status: 'applied',
            approval: { ...enrollment().approval!, status: 'pending' },
          }),
        ],
      }),
      'GET /api/me/profile': () => json(200, PROFILE),
      'GET /api/me/matches': () =>
        json(200, [match({ program: { id: 'prog-3', name: 'Offered Program', mode: 'reverse' } })]),
    });
    render(<App />);
    const card = await screen.findByRole('listitem', { name: PROGRAM.name });
    expect(within(card).getByText('Approved — complete your training (2 of 5)')).toBeTruthy();
    expect(within(card).getByText(PROGRAM.objectives)).toBeTruthy();
    expect(within(card).getByText('About 4 hours a month · a 60-minute meeting every 2 weeks')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Open your training' }).getAttribute('href')).toBe(
      '/my/programs/prog-1/training',
    );

    const offered = screen.getByRole('listitem', { name: 'Offered Program' });
    await within(offered).findByText(/^Matched — respond by /);
    expect(within(offered).getByRole('link', { name: 'See your match and respond' }).getAttribute('href')).toBe(
      '/my/matches',
    );
    expect(
      within(screen.getByRole('listitem', { name: 'Waiting Program' })).getByText(
        'Waiting for your manager’s approval',
      ),
    ).toBeTruthy();
    expect(document.title).toBe('My programs · Tandem');
  });

  it('applies to an open program with side, capacity and motivation', async () => {
    let applied = false;
    const { calls } = fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/programs': () =>
        applied
          ? json(200, {
              enrollments: [
                enrollment({
                  program: OPEN_PROGRAM,
                  status: 'applied',
                  approval: { ...enrollment().approval!, status: 'pending' },
                }),
              ],
              open: [],
              hasPerson: true,
            })
          : json(200, { enrollments: [], open: [OPEN_PROGRAM], hasPerson: true }),
      'GET /api/me/profile': () => json(200, PROFILE),
      'POST /api/me/programs/prog-2/apply': () => {
        applied = true;
        return json(201, enrollment({ program: OPEN_PROGRAM, status: 'applied' }));
      },
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Apply to Mutual Exchange' }));
    const form = screen.getByRole('form', { name: 'Apply to Mutual Exchange' });
    // Mutual mode explains that both teach, and the side is still a half of the pair.
    expect(within(form).getByText(/both of you teach and both of you learn/)).toBeTruthy();

    fireEvent.click(within(form).getByRole('button', { name: 'Send application' }));
    expect(within(form).getByText('Choose your side of the pair.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/me/programs/prog-2/apply')).toBeUndefined();

    fireEvent.click(within(form).getByLabelText('Junior mentor — I teach'));
    fireEvent.change(within(form).getByLabelText('How many mentees at once (optional)'), { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText('Why do you want to take part? (optional)'), {
      target: { value: '  I love teaching tools.  ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Send application' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Your application to Mutual Exchange is sent.'),
    );
    expect(lastCallTo(calls, 'POST /api/me/programs/prog-2/apply')?.body).toEqual({
      side: 'mentor',
      capacity: 2,
      motivation: 'I love teaching tools.',
    });
    expect(await screen.findByText('Waiting for your manager’s approval')).toBeTruthy();
  });

  it('sends no capacity for a mentee and shows field errors', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/programs': programs({
        enrollments: [enrollment({ status: 'invited', side: 'mentee', approval: null })],
      }),
      'GET /api/me/profile': () => json(200, { ...PROFILE, knows: [] }),
      'POST /api/me/programs/prog-1/apply': () =>
        json(400, {
          error: {
            code: 'validation_failed',
            message: 'Check the form.',
            fields: [{ path: 'motivation', message: 'Too long.' }],
          },
        }),
    });
    render(<App />);
    // The profile has no skills: point to it before applying.
    expect((await screen.findByRole('link', { name: 'complete your profile' })).getAttribute('href')).toBe(
      '/my/profile',
    );
    const card = screen.getByRole('listitem', { name: PROGRAM.name });
    expect(within(card).getByText('Invited — apply')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: `Apply to ${PROGRAM.name}` }));
    // The invitation's side is preselected.
    expect((within(card).getByLabelText('Senior mentee — I learn') as HTMLInputElement).checked).toBe(true);
    expect(within(card).queryByLabelText('How many mentees at once (optional)')).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Send application' }));
    expect(await within(card).findByText('Too long.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/me/programs/prog-1/apply')?.body).toEqual({ side: 'mentee' });
  });

  it('withdraws after confirmation', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/programs': programs({ enrollments: [enrollment()] }),
      'GET /api/me/profile': () => json(200, PROFILE),
      'POST /api/me/enrollments/enr-1/withdraw': () => json(204),
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: `Withdraw from ${PROGRAM.name}` }));
    const panel = screen.getByRole('group', { name: `Withdraw from ${PROGRAM.name}?` });
    expect(document.activeElement).toBe(panel);
    fireEvent.click(within(panel).getByRole('button', { name: 'Keep my place' }));
    expect(screen.queryByRole('group', { name: `Withdraw from ${PROGRAM.name}?` })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Withdraw from ${PROGRAM.name}` }));

    fireEvent.click(screen.getByRole('button', { name: `Withdraw from ${PROGRAM.name}` }));
    fireEvent.click(
      within(screen.getByRole('group', { name: `Withdraw from ${PROGRAM.name}?` })).getByRole('button', {
        name: 'Withdraw',
      }),
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`You withdrew from ${PROGRAM.name}.`));
    expect(lastCallTo(calls, 'POST /api/me/enrollments/enr-1/withdraw')?.method).toBe('POST');
  });

  it('explains an account that is not linked to the directory', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/programs': programs({ hasPerson: false }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Your account is not linked to the directory' })).toBeTruthy();
    expect(calls.some((call) => call.url.pathname === '/api/me/profile')).toBe(false);
  });

  it('shows progress while loading', async () => {
    const { fetchMock } = fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/programs': programs({}),
    });
    // Hold the programs answer until the test has seen the loading state.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const answer = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input, init) => {
      if (String(input).startsWith('/api/me/programs')) await gate;
      return answer(input, init);
    });
    render(<App />);
    const heading = await screen.findByRole('heading', { level: 1, name: 'My programs' });
    const section = heading.closest('section');
    expect(section?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Loading…')).toBeTruthy();
    release();
    expect(await screen.findByText('You are not in any program yet.')).toBeTruthy();
    expect(section?.getAttribute('aria-busy')).toBeNull();
    expect(screen.queryByText('Loading…')).toBeNull();
  });
});
