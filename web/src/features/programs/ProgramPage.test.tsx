// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import type { Program } from '../../api/programs';
import { FACETS, json, lastCallTo } from '../../test/fakeApi';
import { PAIRS, PROGRAM, ROUND, SKILLS, page, programWith, renderAt } from './fixtures';

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const stage = () => within(screen.getByRole('region', { name: 'Stage' }));

describe('ProgramPage', () => {
  it('offers buttons only for the allowed transitions and posts the move', async () => {
    let program: Program = programWith({ status: 'enrolling', allowedTransitions: ['matching'] });
    const { calls } = renderAt('/programs/prog-1', {
      'GET /api/programs/prog-1': () => json(200, program),
      'POST /api/programs/prog-1/status': () => {
        program = programWith({ status: 'matching', allowedTransitions: ['enrolling', 'active', 'closed'] });
        return json(200, program);
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Digital fluency pilot' });
    expect(stage().getAllByRole('button').map((button) => button.textContent)).toEqual(['Start matching']);
    expect(stage().getByRole('listitem', { current: 'step' }).textContent).toContain('Enrolling');

    fireEvent.click(stage().getByRole('button', { name: 'Start matching' }));
    await waitFor(() => expect(stage().getAllByRole('button').map((button) => button.textContent)).toEqual(['Reopen enrollment', 'Start the program', 'Close the program']));
    expect(lastCallTo(calls, 'POST /api/programs/prog-1/status')?.body).toEqual({ to: 'matching' });
    expect(stage().getByText('The program is now matching.')).toBeTruthy();
    expect(stage().getByRole('listitem', { current: 'step' }).textContent).toContain('Matching');
  });

  it('shows no stage buttons when nothing is allowed', async () => {
    renderAt('/programs/prog-1', { 'GET /api/programs/prog-1': () => json(200, programWith({ status: 'closed', allowedTransitions: [] })) });
    await screen.findByText('The program is closed.');
    expect(stage().queryAllByRole('button')).toHaveLength(0);
  });

  it('asks before closing, and closes only when confirmed', async () => {
    const { calls } = renderAt('/programs/prog-1', {
      'GET /api/programs/prog-1': () => json(200, programWith({ status: 'active', allowedTransitions: ['matching', 'closed'] })),
      'POST /api/programs/prog-1/status': () => json(200, programWith({ status: 'closed', allowedTransitions: [] })),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Close the program' }));
    let dialog = await screen.findByRole('dialog', { name: 'Close “Digital fluency pilot”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(lastCallTo(calls, 'POST /api/programs/prog-1/status')).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Close the program' }));
    dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close the program' }));
    await waitFor(() => expect(lastCallTo(calls, 'POST /api/programs/prog-1/status')?.body).toEqual({ to: 'closed' }));
  });

  it('shows the server’s reason when a move is refused', async () => {
    renderAt('/programs/prog-1', {
      'GET /api/programs/prog-1': () => json(200, programWith({ status: 'draft', allowedTransitions: ['enrolling'] })),
      'POST /api/programs/prog-1/status': () => json(409, { error: { code: 'conflict', message: 'Choose at least one skill before opening enrollment.' } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Open enrollment' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Choose at least one skill before opening enrollment.');
  });

  it('edits the settings with the same form and PATCHes only what changed', async () => {
    const { calls } = renderAt('/programs/prog-1', {
      'GET /api/programs/prog-1': () => json(200, PROGRAM),
      'GET /api/skills': () => json(200, SKILLS),
      'GET /api/people/facets': () => json(200, FACETS),
      'GET /api/program-managers': () => json(200, []),
      'PATCH /api/programs/prog-1': () => json(200, PROGRAM),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit settings' }));
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Digital fluency pilot');
    expect((screen.getByLabelText('Pairs must cross departments') as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Days to respond to a match'), { target: { value: '10' } });
    fireEvent.click(await screen.findByLabelText('P&L and financial acumen'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(lastCallTo(calls, 'PATCH /api/programs/prog-1')?.body).toEqual({ responseDays: 10, skillKeys: ['generative-ai-tools', 'linkedin-presence', 'financial-acumen'] });
  });

  it('has section links, with the current one marked', async () => {
    renderAt('/programs/prog-1/enrollment', {
      'GET /api/programs/prog-1': () => json(200, PROGRAM),
      'GET /api/programs/prog-1/enrollments': () => json(200, page([])),
      'GET /api/people/facets': () => json(200, FACETS),
    });
    const nav = await screen.findByRole('navigation', { name: 'Program sections' });
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/programs/prog-1',
      '/programs/prog-1/enrollment',
      '/programs/prog-1/training',
      '/programs/prog-1?tab=rounds',
      '/programs/prog-1/pairs',
      '/programs/prog-1/pulse',
      '/programs/prog-1/concerns',
      '/programs/prog-1/surveys',
      '/programs/prog-1/outcomes',
      '/programs/prog-1/reviews',
    ]);
    expect(within(nav).getByRole('link', { name: 'Enrollment' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Enrollment' })).toBeTruthy();
  });

  it('runs a matching round, shows progress while it runs, then opens the round', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { calls, fetchMock } = renderAt('/programs/prog-1?tab=rounds', {
      'GET /api/programs/prog-1': () => json(200, programWith({ status: 'matching', allowedTransitions: ['active'] })),
      'GET /api/programs/prog-1/rounds': () => json(200, [{ id: 'round-0', number: 1, status: 'discarded', createdAt: '2030-01-05T09:00:00Z', publishedAt: null, pairCount: 3 }]),
      'POST /api/programs/prog-1/rounds': () => json(201, ROUND),
      'GET /api/rounds/round-1': () => json(200, ROUND),
      'GET /api/rounds/round-1/pairs': () => json(200, page(PAIRS)),
    });
    const answer = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input, init) => {
      if (init?.method === 'POST' && String(input).endsWith('/rounds')) await gate;
      return answer(input, init);
    });
    expect(await screen.findByRole('link', { name: 'Round 1' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Run a matching round' }));
    expect(await screen.findByText(/Running the matching…/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Run a round' }).getAttribute('aria-busy')).toBe('true');
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Matching round 2' })).toBeTruthy();
    expect(window.location.pathname).toBe('/programs/prog-1/rounds/round-1');
    expect(lastCallTo(calls, 'POST /api/programs/prog-1/rounds')).toBeDefined();
  });

  it('does not offer a round outside the matching and active stages', async () => {
    renderAt('/programs/prog-1?tab=rounds', {
      'GET /api/programs/prog-1': () => json(200, PROGRAM),
      'GET /api/programs/prog-1/rounds': () => json(200, []),
    });
    expect(((await screen.findByRole('button', { name: 'Run a matching round' })) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Rounds run while the program is in the Matching or Active stage.')).toBeTruthy();
  });
});
