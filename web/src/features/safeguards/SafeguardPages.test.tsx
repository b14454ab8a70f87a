// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canOpen } from '../../access';
import { setCsrfToken } from '../../api/client';
import type { Concern, ConcernSummary, MyPulse, PulseResults } from '../../api/safeguards';
import { json, lastCallTo } from '../../test/fakeApi';
import { matchRoute } from '../../router';
import { programWith, renderAt } from '../programs/fixtures';

const QUESTIONS: MyPulse['questions'] = [
  { key: 'engaged', question: 'Is your mentee engaged?', low: 'Not at all engaged', high: 'Fully engaged' },
  { key: 'candid', question: 'Do you feel able to be candid?', low: 'Not at all', high: 'Completely' },
  { key: 'pressure', question: 'Is there any pressure you are uncomfortable with?', low: 'None at all', high: 'A lot of pressure' },
];
const PULSE: MyPulse = {
  id: 'pu-1',
  program: { id: 'prog-1', name: 'Digital Leaders' },
  partnerName: 'Maria Senior',
  number: 1,
  dueAt: '2027-02-01T09:00:00Z',
  openUntil: '2027-03-01T09:00:00Z',
  state: 'open',
  answers: null,
  comment: null,
  shareMode: null,
  answeredAt: null,
  questions: QUESTIONS,
};
const CONCERN: Concern = {
  id: 'c-1',
  status: 'open',
  createdAt: '2027-02-03T10:00:00Z',
  closedAt: null,
  program: { id: 'prog-1', name: 'Digital Leaders' },
  pair: { id: 'pair-1', status: 'active', mentor: { id: 'p-j', name: 'Jo Junior' }, mentee: { id: 'p-s', name: 'Maria Senior' } },
  raisedBy: { id: 'p-j', name: 'Jo Junior', side: 'mentor' },
  messages: [{ id: 'm-1', fromProgramManager: false, authorName: 'Jo Junior', body: 'She asks me about my team’s ratings.', createdAt: '2027-02-03T10:00:00Z' }],
};
const SUMMARY: ConcernSummary = {
  id: 'c-1',
  status: 'open',
  createdAt: CONCERN.createdAt,
  closedAt: null,
  program: CONCERN.program,
  pairId: 'pair-1',
  raisedBy: CONCERN.raisedBy,
  partnerName: 'Maria Senior',
  messages: 1,
  lastMessageAt: CONCERN.createdAt,
  awaitingManager: true,
};
const PARTICIPANT = ['participant'];

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('the junior’s mentor check-in', () => {
  it('needs the three answers and a sharing choice, then sends them', async () => {
    let pulse = PULSE;
    const { calls } = renderAt(
      '/my/pulse/pu-1',
      {
        'GET /api/me/pulses/pu-1': () => json(200, pulse),
        'POST /api/me/pulses/pu-1': (call) => {
          const body = call.body as { answers: MyPulse['answers']; comment: string | null; shareMode: MyPulse['shareMode'] };
          pulse = { ...pulse, state: 'answered', answers: body.answers, comment: body.comment, shareMode: body.shareMode, answeredAt: '2027-02-02T10:00:00Z' };
          return json(200, pulse);
        },
      },
      PARTICIPANT,
    );
    expect(await screen.findByText(/Maria Senior never sees them, in any form/)).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: 'Is your mentee engaged?' })).getByLabelText(/^4/));
    fireEvent.click(within(screen.getByRole('group', { name: 'Do you feel able to be candid?' })).getByLabelText(/^2/));
    fireEvent.click(within(screen.getByRole('group', { name: 'Is there any pressure you are uncomfortable with?' })).getByLabelText(/^5/));
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText('Answer the three questions and choose how your answers are shown.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/me/pulses/pu-1')).toBeUndefined();
    fireEvent.click(screen.getByLabelText(/Only in a group average/));
    fireEvent.change(screen.getByLabelText('Anything else? (optional)'), { target: { value: ' Feels like a test of loyalty. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText(/Thank you — answered/)).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/me/pulses/pu-1')?.body).toEqual({ answers: { engaged: 4, candid: 2, pressure: 5 }, comment: 'Feels like a test of loyalty.', shareMode: 'aggregate' });
    expect(screen.getByText(/Shared only in a group average/)).toBeTruthy();
  });

  it('says so when the check-in is not the viewer’s', async () => {
    renderAt('/my/pulse/pu-9', { 'GET /api/me/pulses/pu-9': () => json(404, { error: { code: 'not_found', message: 'Check-in not found.' } }) }, PARTICIPANT);
    expect(await screen.findByText('This check-in does not exist, or it is not yours.')).toBeTruthy();
  });
});

describe('my concerns', () => {
  it('lists what I raised and continues the conversation', async () => {
    let concern = { ...CONCERN, messages: [...CONCERN.messages, { id: 'm-2', fromProgramManager: true, authorName: 'Pam Manager', body: 'Thank you for telling me.', createdAt: '2027-02-04T10:00:00Z' }] };
    const { calls } = renderAt(
      '/my/concerns',
      {
        'GET /api/me/concerns': () => json(200, [SUMMARY]),
        'GET /api/me/concerns/c-1': () => json(200, concern),
        'POST /api/me/concerns/c-1/messages': (call) => {
          concern = { ...concern, messages: [...concern.messages, { id: 'm-3', fromProgramManager: false, authorName: 'Jo Junior', body: (call.body as { body: string }).body, createdAt: '2027-02-05T10:00:00Z' }] };
          return json(200, concern);
        },
      },
      PARTICIPANT,
    );
    fireEvent.click(await screen.findByRole('link', { name: 'About your pair with Maria Senior' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Concern about your pair with Maria Senior' })).toBeTruthy();
    expect(screen.getByText('Pam Manager, program manager')).toBeTruthy();
    expect(screen.getByText(/Maria Senior never sees it/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reply'), { target: { value: 'It happened again today.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('It happened again today.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/me/concerns/c-1/messages')?.body).toEqual({ body: 'It happened again today.' });
  });

  it('explains how to raise one when there is none', async () => {
    renderAt('/my/concerns', { 'GET /api/me/concerns': () => json(200, []) }, PARTICIPANT);
    expect(await screen.findByText('You have not raised a concern.')).toBeTruthy();
  });
});

describe('the program manager’s concerns', () => {
  const program = () => json(200, programWith({ status: 'active' }));

  it('lists the program’s concerns from a program tab', async () => {
    renderAt('/programs/prog-1/concerns', { 'GET /api/programs/prog-1': program, 'GET /api/programs/prog-1/concerns': () => json(200, [SUMMARY]) });
    const link = await screen.findByRole('link', { name: 'Jo Junior' });
    expect(link.getAttribute('href')).toBe('/concerns/c-1');
    expect(screen.getByText('Awaiting your reply')).toBeTruthy();
    const tabs = screen.getByRole('navigation', { name: 'Program sections' });
    expect(within(tabs).getByRole('link', { name: 'Concerns' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows why an org admin who is not a manager of the program sees nothing', async () => {
    renderAt('/programs/prog-1/concerns', { 'GET /api/programs/prog-1': program, 'GET /api/programs/prog-1/concerns': () => json(403, { error: { code: 'forbidden', message: 'Only the managers listed on this program read its concerns and mentor check-ins.' } }) }, ['org_admin']);
    expect(await screen.findByText('Only the managers listed on this program read its concerns and mentor check-ins.')).toBeTruthy();
  });

  it('replies, closes, and ends the pair with no fault through the existing route', async () => {
    let concern = CONCERN;
    const { calls } = renderAt('/concerns/c-1', {
      'GET /api/concerns/c-1': () => json(200, concern),
      'POST /api/concerns/c-1/messages': () => {
        concern = { ...concern, messages: [...concern.messages, { id: 'm-2', fromProgramManager: true, authorName: 'Pam Manager', body: 'Let us talk on Monday.', createdAt: '2027-02-04T10:00:00Z' }] };
        return json(200, concern);
      },
      'POST /api/concerns/c-1/close': () => {
        concern = { ...concern, status: 'closed', closedAt: '2027-02-05T10:00:00Z' };
        return json(200, concern);
      },
      'POST /api/pairs/pair-1/end': () => {
        concern = { ...concern, pair: { ...concern.pair, status: 'ended' } };
        return json(204);
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Concern raised by Jo Junior' })).toBeTruthy();
    expect(screen.getByText(/Maria Senior cannot see this concern/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reply'), { target: { value: 'Let us talk on Monday.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText(/Jo Junior is told there is a reply, without its text/)).toBeTruthy();
    expect(await screen.findByText('Pam Manager (program manager)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'End this pair (no fault)' }));
    const dialog = await screen.findByRole('dialog', { name: 'End the pair Jo Junior and Maria Senior?' });
    fireEvent.change(within(dialog).getByLabelText('Reason (optional)'), { target: { value: 'After a concern' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'End pair' }));
    expect(await screen.findByText('The pair has ended. Both can be matched again.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/pairs/pair-1/end')?.body).toEqual({ reason: 'After a concern' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'End this pair (no fault)' })).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Close this concern' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Close this concern?' })).getByRole('button', { name: 'Close concern' }));
    expect(await screen.findByText('The concern is closed.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/concerns/c-1/close')?.body).toEqual({});
    await waitFor(() => expect(screen.queryByLabelText('Reply')).toBeNull());
  });

  it('is not open to a participant', async () => {
    renderAt('/concerns/c-1', {}, PARTICIPANT);
    expect(await screen.findByRole('heading', { name: 'Not available to you' })).toBeTruthy();
  });
});

describe('the program manager’s view of the mentor check-ins', () => {
  it('shows group averages only over five people, and named answers per person', async () => {
    const results: PulseResults = {
      sent: 9,
      answered: 7,
      minPeople: 5,
      questions: QUESTIONS,
      named: [{ personId: 'p-j', personName: 'Jo Junior', answers: [{ partnerName: 'Maria Senior', number: 2, answers: { engaged: 4, candid: 5, pressure: 1 }, comment: 'All good.', answeredAt: '2027-03-01T10:00:00Z' }] }],
      aggregate: [
        { number: 1, suppressed: false, people: 5, answers: 5, means: { engaged: 3.8, candid: 4, pressure: 1.6 } },
        { number: 2, suppressed: true, people: null, answers: null, means: null },
      ],
    };
    renderAt('/programs/prog-1/pulse', { 'GET /api/programs/prog-1': () => json(200, programWith({ status: 'active' })), 'GET /api/programs/prog-1/pulse-results': () => json(200, results) });
    expect(await screen.findByText('9 check-ins sent, 7 answered.')).toBeTruthy();
    const rows = screen.getAllByRole('row');
    expect(rows[1]!.textContent).toContain('3.8');
    expect(rows[2]!.textContent).toContain('Too few answers to show (fewer than 5 people).');
    expect(screen.getByRole('heading', { name: 'Jo Junior' })).toBeTruthy();
    expect(screen.getByText('All good.')).toBeTruthy();
  });
});

describe('the safeguard addresses', () => {
  it('match their routes, and only program managers and admins may open the manager pages', () => {
    expect(matchRoute('/my/pulse/pu-1')).toEqual({ name: 'myPulse', pulseId: 'pu-1' });
    expect(matchRoute('/my/concerns')).toEqual({ name: 'myConcerns' });
    expect(matchRoute('/my/concerns/c-1')).toEqual({ name: 'myConcern', concernId: 'c-1' });
    expect(matchRoute('/concerns/c-1')).toEqual({ name: 'concern', concernId: 'c-1' });
    expect(matchRoute('/programs/prog-1/concerns')).toEqual({ name: 'programConcerns', programId: 'prog-1' });
    expect(matchRoute('/programs/prog-1/pulse')).toEqual({ name: 'programPulse', programId: 'prog-1' });
    for (const route of ['concern', 'programConcerns', 'programPulse'] as const) {
      expect(canOpen(route, ['participant', 'manager'])).toBe(false);
      expect(canOpen(route, ['program_manager'])).toBe(true);
    }
    for (const route of ['myPulse', 'myConcerns', 'myConcern'] as const) expect(canOpen(route, ['participant'])).toBe(true);
  });
});
