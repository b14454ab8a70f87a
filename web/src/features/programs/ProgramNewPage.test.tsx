// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { FACETS, json, lastCallTo } from '../../test/fakeApi';
import { PROGRAM, renderAt, SKILLS, TEMPLATES } from './fixtures';

// GET /api/program-managers lists only those who may run a program.
const MANAGERS = [
  { id: 'u-1', email: 'ada@acme.test', name: 'Ada Admin' },
  { id: 'u-2', email: 'pat@acme.test', name: 'Pat Manager' },
];

const routes = {
  'GET /api/program-templates': () => json(200, TEMPLATES),
  'GET /api/skills': () => json(200, SKILLS),
  'GET /api/people/facets': () => json(200, FACETS),
  'GET /api/program-managers': () => json(200, MANAGERS),
  'POST /api/programs': () => json(201, PROGRAM),
  'GET /api/programs/prog-1': () => json(200, PROGRAM),
};

const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('ProgramNewPage', () => {
  it('creates a program from the reverse template with the right body, then opens it', async () => {
    const { calls } = renderAt('/programs/new', routes, ['org_admin']);
    fireEvent.click(await screen.findByRole('radio', { name: 'Reverse mentoring' }));

    // The template fills the form: name, numbers, skills; the signed-in user manages.
    expect(input('Name').value).toBe('Reverse mentoring: digital fluency for leaders');
    expect(input('Minimum level gap').value).toBe('2');
    expect(((await screen.findByLabelText('Generative AI tools for everyday work')) as HTMLInputElement).checked).toBe(true);
    expect(input('P&L and financial acumen').checked).toBe(false);
    expect(input(/Ada Admin/).checked).toBe(true);
    // Only users who may run a program are offered.
    expect(screen.getByLabelText(/Pat Manager/)).toBeTruthy();
    expect(screen.queryByLabelText(/Sam Participant/)).toBeNull();

    fireEvent.change(input('Start date'), { target: { value: '2030-01-01' } });
    fireEvent.change(input('End date'), { target: { value: '2030-06-30' } });
    fireEvent.change(input('Meet every (days)'), { target: { value: '21' } });
    fireEvent.click(input('Pairs must cross departments'));
    fireEvent.click(input('Career planning'));
    fireEvent.click(input(/Pat Manager/));
    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));

    await screen.findByRole('heading', { level: 1, name: 'Digital fluency pilot' });
    expect(window.location.pathname).toBe('/programs/prog-1');
    expect(lastCallTo(calls, 'POST /api/programs')?.body).toEqual({
      template: 'reverse',
      name: 'Reverse mentoring: digital fluency for leaders',
      objectives: 'Help senior leaders use digital tools\nBreak down status barriers',
      mode: 'reverse',
      scope: { kind: 'organization' },
      requireCrossDepartment: true,
      startDate: '2030-01-01',
      endDate: '2030-06-30',
      hoursPerMonth: 2,
      cadenceDays: 21,
      meetingMinutes: 45,
      mentorCapacity: 1,
      minLevelGap: 2,
      responseDays: 7,
      requireTraining: true,
      autoRematch: false,
      selfEnrollment: false,
      skillKeys: ['generative-ai-tools', 'linkedin-presence', 'career-planning'],
      managerUserIds: ['u-1', 'u-2'],
    });
  });

  it('sends a department scope without "template" for a blank program', async () => {
    const { calls } = renderAt('/programs/new', routes, ['org_admin']);
    fireEvent.click(await screen.findByRole('radio', { name: 'Blank program' }));
    fireEvent.change(input('Name'), { target: { value: 'Finance pilot' } });
    fireEvent.click(screen.getByRole('radio', { name: 'One department (a pilot)' }));
    await screen.findByRole('option', { name: 'Research' });
    fireEvent.change(screen.getByLabelText('Department'), { target: { value: 'Research' } });
    fireEvent.change(input('Start date'), { target: { value: '2030-02-01' } });
    fireEvent.change(input('End date'), { target: { value: '2030-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));

    await waitFor(() => expect(lastCallTo(calls, 'POST /api/programs')).toBeDefined());
    const body = lastCallTo(calls, 'POST /api/programs')?.body as Record<string, unknown>;
    expect(body.template).toBeUndefined();
    expect(body.scope).toEqual({ kind: 'department', department: 'Research' });
    expect(body.requireCrossDepartment).toBe(false);
    expect(body.skillKeys).toEqual([]);
  });

  it('checks missing dates in the browser before sending anything', async () => {
    const { calls } = renderAt('/programs/new', routes, ['org_admin']);
    fireEvent.click(await screen.findByRole('radio', { name: 'Mutual mentoring' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));
    expect(await screen.findByText('Choose the start date.')).toBeTruthy();
    expect(input('End date').getAttribute('aria-invalid')).toBe('true');
    expect(lastCallTo(calls, 'POST /api/programs')).toBeUndefined();
  });

  it('shows the server’s field messages under the fields', async () => {
    renderAt('/programs/new', {
      ...routes,
      'POST /api/programs': () =>
        json(400, { error: { code: 'validation_failed', message: 'Invalid name: already used', fields: [{ path: 'name', message: 'A program with this name exists' }, { path: 'skillKeys.1', message: 'Unknown skill' }] } }),
    }, ['org_admin']);
    fireEvent.click(await screen.findByRole('radio', { name: 'Reverse mentoring' }));
    fireEvent.change(input('Start date'), { target: { value: '2030-01-01' } });
    fireEvent.change(input('End date'), { target: { value: '2030-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Invalid name: already used');
    const name = input('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe('A program with this name exists');
    expect(within(screen.getByRole('group', { name: 'Skills' })).getByText('Unknown skill')).toBeTruthy();
  });

  it('offers the program managers and org admins to run it, the signed-in user chosen', async () => {
    renderAt('/programs/new', routes, ['program_manager']);
    fireEvent.click(await screen.findByRole('radio', { name: 'Blank program' }));
    const managers = screen.getByRole('group', { name: 'Program managers' });
    expect(await within(managers).findByLabelText(/Pat Manager/)).toBeTruthy();
    expect((within(managers).getByLabelText(/Ada Admin/) as HTMLInputElement).checked).toBe(true);
    expect(within(managers).queryByLabelText(/Sam Participant/)).toBeNull();
  });

  it('still lets them run it themselves when the list cannot be loaded', async () => {
    renderAt('/programs/new', { ...routes, 'GET /api/program-managers': () => json(500, { error: { code: 'internal', message: 'x' } }) }, ['program_manager']);
    fireEvent.click(await screen.findByRole('radio', { name: 'Blank program' }));
    expect(await screen.findByText(/could not be loaded/)).toBeTruthy();
    const managers = screen.getByRole('group', { name: 'Program managers' });
    expect(within(managers).getAllByRole('checkbox')).toHaveLength(1);
  });
});
