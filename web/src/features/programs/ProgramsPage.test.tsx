// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import type { ProgramSummary } from '../../api/programs';
import { json, lastCallTo } from '../../test/fakeApi';
import { ME_BRIEF, PROGRAM, page, renderAt } from './fixtures';

const SUMMARY: ProgramSummary = {
  id: PROGRAM.id,
  name: PROGRAM.name,
  mode: 'reverse',
  status: 'enrolling',
  startDate: PROGRAM.startDate,
  endDate: PROGRAM.endDate,
  managers: [ME_BRIEF],
  counts: PROGRAM.counts,
};

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('ProgramsPage', () => {
  it('lists programs with status, counts and a link to create one', async () => {
    renderAt('/programs', { 'GET /api/programs': () => json(200, page([SUMMARY], { pageSize: 20 })) });
    const row = (await screen.findByRole('rowheader', { name: /Digital fluency pilot/ })).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Digital fluency pilot' }).getAttribute('href')).toBe('/programs/prog-1');
    expect(within(row).getByText('Enrolling')).toBeTruthy();
    expect(within(row).getByText('Ada Admin')).toBeTruthy();
    expect(row.querySelector('[data-label="Approved"]')?.textContent).toBe('4');
    expect(screen.getByRole('link', { name: 'New program' }).getAttribute('href')).toBe('/programs/new');
  });

  it('filters by status and pages through the query string', async () => {
    const { calls } = renderAt('/programs', { 'GET /api/programs': () => json(200, page([SUMMARY], { pageSize: 20, total: 45 })) });
    await screen.findByRole('rowheader', { name: /Digital fluency pilot/ });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(window.location.search).toBe('?page=2'));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'active' } });
    await waitFor(() => expect(window.location.search).toBe('?status=active'));
    await waitFor(() => expect(Object.fromEntries(lastCallTo(calls, 'GET /api/programs')!.url.searchParams)).toEqual({ status: 'active', page: '1', pageSize: '20' }));
  });

  it('invites to create the first program when there is none', async () => {
    renderAt('/programs', { 'GET /api/programs': () => json(200, page([], { pageSize: 20 })) });
    expect(await screen.findByText('No programs yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create the first program' }).getAttribute('href')).toBe('/programs/new');
  });
});
