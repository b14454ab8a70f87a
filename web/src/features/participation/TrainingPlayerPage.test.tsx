// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import type { TrainingAttemptResult, TrainingModuleForMe } from '../../api/programs';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { enrollment, participantSession } from './testFixtures';

const MODULES: TrainingModuleForMe[] = [
  {
    id: 'mod-1',
    title: 'Teaching upward',
    summary: 'How to teach a senior colleague as a peer.',
    body: 'Start from their goals.\n\nHabits that help:\n- Agree one small outcome.\n- Use their real work.',
    questions: [
      { prompt: 'Where do you start?', options: ['A syllabus', 'Their goals', 'Your goals'] },
      { prompt: 'How do you check understanding?', options: ['Ask "does that make sense?"', 'Ask them to show you'] },
    ],
    completed: false,
  },
  {
    id: 'mod-2',
    title: 'Confidentiality',
    summary: 'What stays in the pair.',
    body: 'It stays with the pair.',
    questions: [],
    completed: true,
  },
];

const FAILED: TrainingAttemptResult = {
  passed: false,
  correctCount: 1,
  total: 2,
  feedback: [
    { correct: true, correctOption: 1, explanation: 'Their goals drive the pair.' },
    { correct: false, correctOption: 1, explanation: 'Showing beats telling.' },
  ],
};
const PASSED: TrainingAttemptResult = {
  ...FAILED,
  passed: true,
  correctCount: 2,
  feedback: [FAILED.feedback[0]!, { correct: true, correctOption: 1, explanation: 'Showing beats telling.' }],
};

beforeEach(() => window.history.replaceState(null, '', '/my/programs/prog-1/training'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('training player', () => {
  it('shows progress, reads a module, sends only the chosen answers and shows the feedback', async () => {
    let attempts = 0;
    const { calls } = fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/programs': () => json(200, { enrollments: [enrollment()], open: [], hasPerson: true }),
      'GET /api/me/training/prog-1': () => json(200, MODULES),
      'POST /api/me/training/mod-1/attempt': () => json(200, ++attempts === 1 ? FAILED : PASSED),
    });
    render(<App />);
    expect(await screen.findByText('1 of 2 complete')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Training: Digital Leaders 2030' })).toBeTruthy();
    expect((screen.getByRole('progressbar', { name: '1 of 2 complete' }) as HTMLProgressElement).value).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Start Teaching upward' }));
    expect(window.location.search).toBe('?module=mod-1');
    const heading = screen.getByRole('heading', { level: 2, name: 'Teaching upward' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Start from their goals.').tagName).toBe('P');
    expect(screen.getByText('Use their real work.').tagName).toBe('LI');

    // Nothing is sent until every question has an answer.
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByText('Answer every question first (2 left).')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/me/training/mod-1/attempt')).toBeUndefined();

    const first = screen.getByRole('group', { name: '1. Where do you start?' });
    const second = screen.getByRole('group', { name: '2. How do you check understanding?' });
    fireEvent.click(within(first).getByLabelText('Their goals'));
    fireEvent.click(within(second).getByLabelText('Ask "does that make sense?"'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));

    await screen.findByText(/1 of 2 correct — not passed yet/);
    // Only the chosen option indexes leave the browser: no answer key, no module content.
    expect(lastCallTo(calls, 'POST /api/me/training/mod-1/attempt')?.body).toEqual({ answers: [1, 0] });
    expect(within(first).getByText('Correct.')).toBeTruthy();
    expect(within(first).getByText('Their goals drive the pair.')).toBeTruthy();
    expect(within(second).getByText('Not quite.')).toBeTruthy();
    expect(within(second).getByText('Showing beats telling.')).toBeTruthy();
    // The page never names the right option of a question answered wrongly.
    expect(screen.queryByText(/correct answer/i)).toBeNull();
    expect(screen.getByText('1 of 2 complete')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect((within(first).getByLabelText('Their goals') as HTMLInputElement).checked).toBe(true);
    expect((within(second).getByLabelText('Ask "does that make sense?"') as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText('Not quite.')).toBeNull();
    fireEvent.click(within(second).getByLabelText('Ask them to show you'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));

    await screen.findByText('You passed: 2 of 2 correct. This module is complete.');
    expect(lastCallTo(calls, 'POST /api/me/training/mod-1/attempt')?.body).toEqual({ answers: [1, 1] });
    expect(screen.getByText('2 of 2 complete')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'All modules' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(screen.getByRole('button', { name: 'Review Teaching upward' })).toBeTruthy();
    expect(screen.getByText('All the training for this program is complete.')).toBeTruthy();
  });

  it('marks a module without questions complete', async () => {
    window.history.replaceState(null, '', '/my/programs/prog-1/training?module=mod-2');
    const { calls } = fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/programs': () => json(200, { enrollments: [], open: [], hasPerson: true }),
      'GET /api/me/training/prog-1': () => json(200, MODULES),
      'POST /api/me/training/mod-2/attempt': () => json(200, { passed: true, correctCount: 0, total: 0, feedback: [] }),
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as complete' }));
    await screen.findByText('Done: this module is complete.');
    expect(lastCallTo(calls, 'POST /api/me/training/mod-2/attempt')?.body).toEqual({ answers: [] });
  });

  it('shows the server message when the training cannot be opened', async () => {
    fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/programs': () => json(200, { enrollments: [], open: [], hasPerson: true }),
      'GET /api/me/training/prog-1': () =>
        json(404, { error: { code: 'not_found', message: 'You are not enrolled in this program.' } }),
    });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('You are not enrolled in this program.');
  });
});
