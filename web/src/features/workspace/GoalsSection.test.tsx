// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import type { Goal, Goals } from '../../api/goals';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { App } from '../../App';
import { participantSession } from '../participation/testFixtures';
import { GoalsSection } from './GoalsSection';
import { EMPTY_GOALS } from './goalsFixtures';

const PATH = '/api/me/pairs/pair-1/goals';
const ME = { personId: 'p-s', name: 'Sam Senior' };
const PARTNER = { personId: 'p-j', name: 'Jo Junior' };
const EMPTY = { total: 0, byStatus: { active: 0, achieved: 0, paused: 0, dropped: 0 }, shared: 0, meanProgress: null };

const goal = (over: Partial<Goal> = {}): Goal => ({
  id: 'g-1',
  learnerSide: 'mentee',
  learner: ME,
  helper: PARTNER,
  title: 'Use AI assistants',
  why: 'My team does.',
  success: 'A memo drafted alone.',
  targetDate: '2027-06-30',
  milestones: [
    { title: 'Try three tools', done: true },
    { title: 'Write a prompt library', done: false },
  ],
  progress: 50,
  status: 'active',
  sharedWithProgram: false,
  createdAt: '2027-01-10T10:00:00Z',
  updatedAt: '2027-01-10T10:00:00Z',
  mine: true,
  ...over,
});

const view = (over: Partial<Goals> = {}): Goals => ({
  mode: 'reverse',
  mySide: 'mentee',
  me: ME,
  partner: PARTNER,
  canWrite: true,
  targetDates: { earliest: '2027-01-10', latest: '2027-12-31' },
  goals: [],
  missing: [],
  summary: { mentor: EMPTY, mentee: EMPTY },
  ...over,
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('goals section', () => {
  it('shows both directions and asks the senior for a goal in reverse mode', async () => {
    fakeApi({ [`GET ${PATH}`]: () => json(200, view({ missing: ['mentee'] })) });
    render(<GoalsSection pairId="pair-1" />);
    expect(await screen.findByRole('heading', { name: 'What I’m learning from Jo Junior' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What Jo Junior is learning from me' })).toBeTruthy();
    expect(screen.getByText(/Write what you want to learn from Jo Junior\. In reverse mentoring the senior’s learning goals lead the pair/)).toBeTruthy();
    expect(screen.queryByText(/Jo Junior has not written a goal yet/)).toBeNull();
  });

  it('in mutual mode prompts for the partner’s side too', async () => {
    fakeApi({ [`GET ${PATH}`]: () => json(200, view({ mode: 'mutual', goals: [goal()], missing: ['mentor'] })) });
    render(<GoalsSection pairId="pair-1" />);
    expect(await screen.findByText(/Jo Junior has not written a goal yet\. In mutual mentoring you both learn/)).toBeTruthy();
    expect(screen.queryByText(/Write what you want to learn/)).toBeNull();
  });

  it('shows who learns and who helps, the progress bar, and lets me tick a milestone, set the status and share', async () => {
    const { calls } = fakeApi({ [`GET ${PATH}`]: () => json(200, view({ goals: [goal()] })), [`PATCH ${PATH}/g-1`]: () => json(200, goal()) });
    render(<GoalsSection pairId="pair-1" />);
    const card = within((await screen.findByRole('heading', { name: 'Use AI assistants' })).closest('article') as HTMLElement);
    expect(card.getByText('You learn')).toBeTruthy();
    expect(card.getByText('Jo Junior helps')).toBeTruthy();
    expect((card.getByLabelText('Progress 50%') as HTMLProgressElement).value).toBe(50);
    fireEvent.click(card.getByLabelText('Write a prompt library'));
    await waitFor(() => expect(lastCallTo(calls, `PATCH ${PATH}/g-1`)?.body).toEqual({ milestones: [{ title: 'Try three tools', done: true }, { title: 'Write a prompt library', done: true }] }));
    fireEvent.change(card.getByLabelText('Status'), { target: { value: 'achieved' } });
    await waitFor(() => expect(lastCallTo(calls, `PATCH ${PATH}/g-1`)?.body).toEqual({ status: 'achieved' }));
    expect(card.getByText(/Only the two of you see this goal/)).toBeTruthy();
    fireEvent.click(card.getByLabelText('Share with the program'));
    await waitFor(() => expect(lastCallTo(calls, `PATCH ${PATH}/g-1`)?.body).toEqual({ sharedWithProgram: true }));
  });

  it('lets me help with my partner’s goal but not change what it is or whether it is shared', async () => {
    const theirs = goal({ id: 'g-2', learnerSide: 'mentor', learner: PARTNER, helper: ME, mine: false, sharedWithProgram: true, title: 'Read a P&L' });
    const { calls } = fakeApi({ [`GET ${PATH}`]: () => json(200, view({ goals: [theirs] })), [`PATCH ${PATH}/g-2`]: () => json(200, theirs) });
    render(<GoalsSection pairId="pair-1" />);
    const section = within((await screen.findByRole('heading', { name: 'What Jo Junior is learning from me' })).closest('section') as HTMLElement);
    expect(section.getByText('Jo Junior learns')).toBeTruthy();
    expect(section.getByText('you help')).toBeTruthy();
    expect(section.getByText('Shared with the program')).toBeTruthy();
    expect(section.getByText(/only in the program’s periodic reviews/)).toBeTruthy();
    expect(section.queryByLabelText('Share with the program')).toBeNull();
    expect(section.queryByRole('button', { name: 'Edit' })).toBeNull();
    fireEvent.click(section.getByLabelText('Write a prompt library'));
    await waitFor(() => expect(lastCallTo(calls, `PATCH ${PATH}/g-2`)).toBeTruthy());
    expect(screen.getByText('No goal of yours yet.')).toBeTruthy();
  });

  it('adds a goal with milestones one per line, and shows the field the server refused', async () => {
    let answer = json(400, { error: { code: 'validation_failed', message: 'targetDate: must be on or before 2027-12-31', fields: [{ path: 'targetDate', message: 'must be on or before 2027-12-31, when the program ends' }] } });
    const { calls } = fakeApi({ [`GET ${PATH}`]: () => json(200, view()), [`POST ${PATH}`]: () => answer });
    render(<GoalsSection pairId="pair-1" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a goal' }));
    fireEvent.change(screen.getByLabelText('What do you want to learn?'), { target: { value: 'Post on LinkedIn' } });
    fireEvent.change(screen.getByLabelText('Target date'), { target: { value: '2028-01-05' } });
    fireEvent.change(screen.getByLabelText('Milestones (one per line)'), { target: { value: 'Profile\n\n  First post  ' } });
    expect(screen.queryByLabelText('Progress (%)')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add the goal' }));
    expect(await screen.findByText('must be on or before 2027-12-31, when the program ends')).toBeTruthy();
    expect(lastCallTo(calls, `POST ${PATH}`)?.body).toEqual({
      title: 'Post on LinkedIn',
      why: '',
      success: '',
      targetDate: '2028-01-05',
      milestones: [
        { title: 'Profile', done: false },
        { title: 'First post', done: false },
      ],
      sharedWithProgram: false,
    });
    answer = json(201, goal());
    fireEvent.change(screen.getByLabelText('Target date'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the goal' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Add the goal' })).toBeNull());
    expect((lastCallTo(calls, `POST ${PATH}`)?.body as { targetDate: unknown }).targetDate).toBeNull();
  });

  it('deletes a goal with nothing tracked after a second click; a tracked one offers no delete', async () => {
    const fresh = goal({ id: 'g-3', title: 'Fresh', progress: 0, milestones: [] });
    const { calls } = fakeApi({ [`GET ${PATH}`]: () => json(200, view({ goals: [goal(), fresh] })), [`DELETE ${PATH}/g-3`]: () => json(204) });
    render(<GoalsSection pairId="pair-1" />);
    const tracked = within((await screen.findByRole('heading', { name: 'Use AI assistants' })).closest('article') as HTMLElement);
    expect(tracked.queryByRole('button', { name: 'Delete' })).toBeNull();
    const card = within(screen.getByRole('heading', { name: 'Fresh' }).closest('article') as HTMLElement);
    fireEvent.click(card.getByRole('button', { name: 'Delete' }));
    expect(lastCallTo(calls, `DELETE ${PATH}/g-3`)).toBeUndefined();
    fireEvent.click(card.getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(lastCallTo(calls, `DELETE ${PATH}/g-3`)).toBeTruthy());
  });

  it('is a section of the pair page, in its jump list', async () => {
    window.history.replaceState(null, '', '/my/pairs/pair-1');
    fakeApi({ 'GET /api/auth/session': participantSession, [`GET ${PATH}`]: () => json(200, EMPTY_GOALS) });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'What I’m learning from Sam Senior' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Goals' }).getAttribute('href')).toBe('#goals');
    expect(document.getElementById('goals')?.tagName).toBe('SECTION');
  });

  it('keeps an ended pair’s goals as read-only history', async () => {
    fakeApi({ [`GET ${PATH}`]: () => json(200, view({ canWrite: false, goals: [goal()], missing: ['mentee'] })) });
    render(<GoalsSection pairId="pair-1" />);
    expect(await screen.findByText(/This pair has ended/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a goal' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect((screen.getByLabelText('Status') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText('Try three tools') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByText(/Write what you want to learn/)).toBeNull();
  });
});
