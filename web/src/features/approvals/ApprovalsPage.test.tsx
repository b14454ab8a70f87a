// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import type { ApprovalRequest } from '../../api/programs';
import { fakeApi, json, lastCallTo, meWith } from '../../test/fakeApi';

const REQUEST: ApprovalRequest = {
  enrollmentId: 'enr-1',
  person: {
    id: 'p-2',
    name: 'Sam Junior',
    email: 'sam@acme.test',
    department: 'Marketing',
    jobTitle: 'Analyst',
    level: 2,
  },
  program: { id: 'prog-1', name: 'Digital Leaders 2030', mode: 'reverse' },
  side: 'mentor',
  motivation: 'I want to teach our leaders short-form video.',
  requestedAt: '2030-01-03T09:00:00.000Z',
  status: 'pending',
  decidedAt: null,
  reason: null,
  asProgramManager: false,
};
const ORPHAN: ApprovalRequest = {
  ...REQUEST,
  enrollmentId: 'enr-2',
  person: { ...REQUEST.person, id: 'p-3', name: 'Noa Newhire' },
  motivation: null,
  asProgramManager: true,
};

beforeEach(() => window.history.replaceState(null, '', '/approvals'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('approvals', () => {
  it('lists pending requests and decides one with a reason', async () => {
    const decided = new Set<string>();
    const { calls } = fakeApi({
      'GET /api/auth/session': () => json(200, { user: meWith(['manager', 'program_manager']), csrfToken: 'csrf-1' }),
      'GET /api/approvals': (call) =>
        json(
          200,
          call.url.searchParams.get('status') === 'decided'
            ? [{ ...REQUEST, status: 'declined', decidedAt: '2030-01-04T09:00:00.000Z', reason: 'Quarter end.' }]
            : [REQUEST, ORPHAN].filter((request) => !decided.has(request.enrollmentId)),
        ),
      'POST /api/approvals/enr-1/decide': () => {
        decided.add('enr-1');
        return json(204);
      },
    });
    render(<App />);
    const card = await screen.findByRole('listitem', { name: 'Sam Junior · Digital Leaders 2030' });
    expect(lastCallTo(calls, 'GET /api/approvals')?.url.searchParams.get('status')).toBe('pending');
    expect(within(card).getByText('Junior mentor')).toBeTruthy();
    expect(within(card).getByText('I want to teach our leaders short-form video.')).toBeTruthy();
    expect(within(card).queryByText(/you decide as program manager/)).toBeNull();
    const orphan = screen.getByRole('listitem', { name: 'Noa Newhire · Digital Leaders 2030' });
    expect(
      within(orphan).getByText('Noa Newhire has no manager in the directory — you decide as program manager.'),
    ).toBeTruthy();

    fireEvent.change(within(card).getByLabelText('Reason (optional)'), {
      target: { value: ' Busy quarter, next round. ' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Decline Sam Junior for Digital Leaders 2030' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Declined: Sam Junior in Digital Leaders 2030.'),
    );
    expect(lastCallTo(calls, 'POST /api/approvals/enr-1/decide')?.body).toEqual({
      decision: 'declined',
      reason: 'Busy quarter, next round.',
    });
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Sam Junior · Digital Leaders 2030' })).toBeNull(),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Decided' }));
    expect(window.location.search).toBe('?status=decided');
    const past = await screen.findByRole('listitem', { name: 'Sam Junior · Digital Leaders 2030' });
    expect(within(past).getByText('Reason given: Quarter end.')).toBeTruthy();
    expect(within(past).queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Decided' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('approves without a reason and shows a refusal', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': () => json(200, { user: meWith(['manager']), csrfToken: 'csrf-1' }),
      'GET /api/approvals': () => json(200, [REQUEST]),
      'POST /api/approvals/enr-1/decide': () =>
        json(409, { error: { code: 'conflict', message: 'This request was already approved.' } }),
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Approve Sam Junior for Digital Leaders 2030' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This request was already approved.');
    expect(lastCallTo(calls, 'POST /api/approvals/enr-1/decide')?.body).toEqual({ decision: 'approved' });
  });

  it('has an empty state', async () => {
    fakeApi({
      'GET /api/auth/session': () => json(200, { user: meWith(['manager']), csrfToken: 'csrf-1' }),
      'GET /api/approvals': () => json(200, []),
    });
    render(<App />);
    expect(await screen.findByText('Nothing is waiting for your decision.')).toBeTruthy();
  });
});
