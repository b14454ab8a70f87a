// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, lastCallTo } from '../../test/fakeApi';
import { MODULES, PROGRAM, renderAt } from './fixtures';

const routes = {
  'GET /api/programs/prog-1': () => json(200, PROGRAM),
  'GET /api/programs/prog-1/training': () => json(200, MODULES),
  'PUT /api/programs/prog-1/training/m-1': () => json(200, MODULES[0]),
  'POST /api/programs/prog-1/training': () => json(201, { ...MODULES[1], id: 'm-3' }),
  'DELETE /api/programs/prog-1/training/m-2': () => json(204),
};

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('ProgramTrainingPage', () => {
  it('groups the modules by role', async () => {
    renderAt('/programs/prog-1/training', routes);
    const mentors = await screen.findByRole('region', { name: /Junior mentors/ });
    expect(within(mentors).getByRole('heading', { name: 'Teaching upward' })).toBeTruthy();
    const mentees = screen.getByRole('region', { name: /Senior mentees/ });
    expect(within(mentees).getByRole('heading', { name: 'Learning from a junior colleague' })).toBeTruthy();
  });

  it('edits a module and its questions and PUTs the whole module', async () => {
    const { calls } = renderAt('/programs/prog-1/training', routes);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Teaching upward”' }));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Teaching a senior colleague' } });
    fireEvent.change(screen.getByLabelText('Option 3 of question 1'), { target: { value: 'Their manager' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add an option to question 1' }));
    fireEvent.change(screen.getByLabelText('Option 4 of question 1'), { target: { value: 'Nobody' } });
    fireEvent.click(screen.getByLabelText('Option 1 of question 1 is correct'));
    fireEvent.click(screen.getByLabelText('Option 2 of question 1 is correct'));
    fireEvent.change(screen.getByLabelText('Question 1: why the answer is right'), { target: { value: 'The learner drives the agenda.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save module' }));
    expect(await screen.findByText('Saved “Teaching a senior colleague”.')).toBeTruthy();
    expect(lastCallTo(calls, 'PUT /api/programs/prog-1/training/m-1')?.body).toEqual({
      role: 'mentor',
      title: 'Teaching a senior colleague',
      summary: 'How to teach a senior colleague as a peer.',
      body: 'Start from their goals.',
      questions: [{ prompt: 'Who sets the agenda?', options: ['You', 'Your partner', 'Their manager', 'Nobody'], correct: 1, explanation: 'The learner drives the agenda.' }],
    });
  });

  it('shows the server’s message under the question field it names', async () => {
    renderAt('/programs/prog-1/training', {
      ...routes,
      'PUT /api/programs/prog-1/training/m-1': () => json(400, { error: { code: 'validation_failed', message: 'Invalid questions.0.options.2', fields: [{ path: 'questions.0.options.2', message: 'Write the option' }] } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Teaching upward”' }));
    fireEvent.change(screen.getByLabelText('Option 3 of question 1'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save module' }));
    expect(await screen.findByText('Write the option')).toBeTruthy();
    expect(screen.getByLabelText('Option 3 of question 1').getAttribute('aria-invalid')).toBe('true');
  });

  it('adds a module for a role with POST', async () => {
    const { calls } = renderAt('/programs/prog-1/training', routes);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a module for senior mentees' }));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Confidentiality' } });
    fireEvent.change(screen.getByLabelText('Summary'), { target: { value: 'What is said stays in the pair.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    fireEvent.change(screen.getByLabelText('Question 1: prompt'), { target: { value: 'May you share?' } });
    fireEvent.change(screen.getByLabelText('Option 1 of question 1'), { target: { value: 'Yes' } });
    fireEvent.change(screen.getByLabelText('Option 2 of question 1'), { target: { value: 'Only if both agree' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove option 3 of question 1' }));
    fireEvent.click(screen.getByLabelText('Option 2 of question 1 is correct'));
    fireEvent.click(screen.getByRole('button', { name: 'Add module' }));
    await screen.findByText('Saved “Confidentiality”.');
    expect(lastCallTo(calls, 'POST /api/programs/prog-1/training')?.body).toEqual({
      role: 'mentee',
      title: 'Confidentiality',
      summary: 'What is said stays in the pair.',
      body: '',
      questions: [{ prompt: 'May you share?', options: ['Yes', 'Only if both agree'], correct: 1, explanation: '' }],
    });
  });

  it('deletes a module only after confirming', async () => {
    const { calls } = renderAt('/programs/prog-1/training', routes);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete “Learning from a junior colleague”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Learning from a junior colleague”?' });
    expect(lastCallTo(calls, 'DELETE /api/programs/prog-1/training/m-2')).toBeUndefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete module' }));
    await waitFor(() => expect(lastCallTo(calls, 'DELETE /api/programs/prog-1/training/m-2')).toBeDefined());
    expect(await screen.findByText('Deleted “Learning from a junior colleague”.')).toBeTruthy();
  });
});
