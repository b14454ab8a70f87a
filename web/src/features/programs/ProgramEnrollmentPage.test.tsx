// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { FACETS, json, lastCallTo, type FakeCall } from '../../test/fakeApi';
import { ENROLLMENTS, PROGRAM, page, programWith, renderAt } from './fixtures';

const INVITED = { invited: 3, alreadyEnrolled: 1, notFound: ['E404', 'E405'], outOfScope: 2 };

function routes(overrides: Record<string, (call: FakeCall) => { status: number; body?: unknown }> = {}) {
  return {
    'GET /api/programs/prog-1': () => json(200, PROGRAM),
    'GET /api/programs/prog-1/enrollments': () => json(200, page(ENROLLMENTS)),
    'GET /api/people/facets': () => json(200, FACETS),
    'POST /api/programs/prog-1/invitations': () => json(200, INVITED),
    ...overrides,
  };
}

const invite = () => within(screen.getByRole('region', { name: 'Invite people' }));

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('ProgramEnrollmentPage', () => {
  it('lists enrollments with status, approval, training and pair', async () => {
    renderAt('/programs/prog-1/enrollment', routes());
    const ana = (await screen.findByRole('rowheader', { name: /Ana Lee/ })).closest('tr')!;
    expect(within(ana).getByText('Junior mentor')).toBeTruthy();
    expect(within(ana).getByText('Applied')).toBeTruthy();
    expect(within(ana).getByText('Waiting for Boss Person')).toBeTruthy();
    const bob = screen.getByRole('rowheader', { name: /Bob Ray/ }).closest('tr')!;
    expect(within(bob).getByText('Not asked yet')).toBeTruthy();
    expect(within(bob).queryByRole('button', { name: /Override/ })).toBeNull();
  });

  it('filters by status and search through the query string', async () => {
    const { calls } = renderAt('/programs/prog-1/enrollment', routes());
    await screen.findByRole('rowheader', { name: /Ana Lee/ });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'approved' } });
    await waitFor(() => expect(window.location.search).toBe('?status=approved'));
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'ana' } });
    await waitFor(() => expect(window.location.search).toBe('?status=approved&q=ana'));
    await waitFor(() => expect(Object.fromEntries(lastCallTo(calls, 'GET /api/programs/prog-1/enrollments')!.url.searchParams)).toEqual({ status: 'approved', q: 'ana', page: '1', pageSize: '25' }));
  });

  it('invites by a directory filter and a side', async () => {
    const { calls } = renderAt('/programs/prog-1/enrollment', routes());
    await screen.findByRole('region', { name: 'Invite people' });
    // The departments arrive from the directory's facets: choosing one before they load would change nothing.
    await invite().findByRole('option', { name: 'Engineering' });
    fireEvent.change(invite().getByLabelText('Department'), { target: { value: 'Engineering' } });
    fireEvent.change(invite().getByLabelText('Lowest level'), { target: { value: '1' } });
    fireEvent.change(invite().getByLabelText('Highest level'), { target: { value: '3' } });
    fireEvent.change(invite().getByLabelText('Side'), { target: { value: 'mentor' } });
    fireEvent.click(invite().getByRole('button', { name: 'Send invitations' }));
    expect(await invite().findByText('3 people invited.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/programs/prog-1/invitations')?.body).toEqual({ filter: { department: 'Engineering', minLevel: 1, maxLevel: 3 }, side: 'mentor' });
    expect(invite().getByText('1 person was already enrolled.')).toBeTruthy();
    expect(invite().getByText('2 people are outside the program’s scope and not invited.')).toBeTruthy();
    expect(invite().getByText('E404, E405')).toBeTruthy();
  });

  it('invites from an uploaded CSV file, read in the browser and sent as text', async () => {
    const { calls } = renderAt('/programs/prog-1/enrollment', routes());
    await screen.findByRole('region', { name: 'Invite people' });
    fireEvent.click(invite().getByRole('radio', { name: 'A list of employee IDs (CSV)' }));
    const file = new File(['\uFEFFemployee_id,name\nE001,Grace\nE404,Nobody\n'], 'leaders.csv', { type: 'text/csv' });
    fireEvent.change(invite().getByLabelText('CSV file of employee IDs'), { target: { files: [file] } });
    expect(await invite().findByText('leaders.csv loaded below; you can edit it before sending.')).toBeTruthy();
    expect((invite().getByLabelText('Or paste the CSV') as HTMLTextAreaElement).value).toBe('employee_id,name\nE001,Grace\nE404,Nobody\n');
    fireEvent.click(invite().getByRole('button', { name: 'Send invitations' }));
    await invite().findByText('3 people invited.');
    expect(lastCallTo(calls, 'POST /api/programs/prog-1/invitations')?.body).toEqual({ csv: 'employee_id,name\nE001,Grace\nE404,Nobody\n' });
  });

  it('refuses a pasted CSV without an employee_id column before sending', async () => {
    const { calls } = renderAt('/programs/prog-1/enrollment', routes());
    await screen.findByRole('region', { name: 'Invite people' });
    fireEvent.click(invite().getByRole('radio', { name: 'A list of employee IDs (CSV)' }));
    fireEvent.change(invite().getByLabelText('Or paste the CSV'), { target: { value: 'E001\nE002' } });
    fireEvent.click(invite().getByRole('button', { name: 'Send invitations' }));
    expect(await invite().findByText('The first row must name the columns, one of them employee_id.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/programs/prog-1/invitations')).toBeUndefined();
  });

  it('explains that a draft cannot invite yet', async () => {
    renderAt('/programs/prog-1/enrollment', routes({ 'GET /api/programs/prog-1': () => json(200, programWith({ status: 'draft', allowedTransitions: ['enrolling'] })) }));
    expect(await screen.findByText(/Invitations can be sent once enrollment is open/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send invitations' })).toBeNull();
  });

  it('overrides an approval with a decision and a required reason', async () => {
    const { calls } = renderAt('/programs/prog-1/enrollment', routes({ 'POST /api/programs/prog-1/enrollments/e-ana/override': () => json(200, ENROLLMENTS[0]) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Override the approval for Ana Lee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decide for Ana Lee' });
    expect(dialog.textContent).toContain('You decide in place of Boss Person, their manager.');
    const record = within(dialog).getByRole('button', { name: 'Record the decision' }) as HTMLButtonElement;
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Approve' }));
    expect(record.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Reason (required)'), { target: { value: 'Manager on leave; HR agreed' } });
    fireEvent.click(record);
    expect(await screen.findByText('Ana Lee: approved; your reason is recorded.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/programs/prog-1/enrollments/e-ana/override')?.body).toEqual({ decision: 'approved', reason: 'Manager on leave; HR agreed' });
  });
});
