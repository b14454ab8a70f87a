// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import type { PersonBrief, Profile, Skill } from '../../api/programs';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { participantSession } from './testFixtures';

const SKILLS: Skill[] = [
  { id: 's-1', key: 'generative-ai-tools', label: 'Generative AI tools', category: 'technology' },
  { id: 's-2', key: 'linkedin-presence', label: 'Building a LinkedIn presence', category: 'social_media' },
  { id: 's-3', key: 'financial-acumen', label: 'P&L and financial acumen', category: 'business_industry' },
];
const GRACE: PersonBrief = {
  id: 'p-7',
  name: 'Grace Hopper',
  email: 'grace@acme.test',
  department: 'Engineering',
  jobTitle: 'Engineer',
  level: 3,
};
const ALAN: PersonBrief = {
  id: 'p-8',
  name: 'Alan Turing',
  email: 'alan@acme.test',
  department: 'Research',
  jobTitle: null,
  level: 5,
};
const PROFILE: Profile = {
  knows: [{ skillKey: 'generative-ai-tools', level: 4 }],
  wants: [],
  timeZone: null,
  availability: null,
  motivation: null,
  prefer: [],
  avoid: [ALAN],
  locked: false,
  updatedAt: null,
};

beforeEach(() => window.history.replaceState(null, '', '/my/profile'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  setCsrfToken(null);
});

describe('my profile', () => {
  it('edits skills, people and practicalities, and saves them', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/profile': () => json(200, PROFILE),
      'GET /api/skills': () => json(200, SKILLS),
      'GET /api/me/people-search': () => json(200, { items: [GRACE, ALAN] }),
      'PUT /api/me/profile': (call) =>
        json(200, { ...PROFILE, updatedAt: '2030-01-02T10:00:00.000Z', knows: (call.body as Profile).knows }),
    });
    render(<App />);
    const teach = await screen.findByRole('region', { name: 'Skills I can teach' });
    // The picked skill's group is open and shows its level.
    expect((within(teach).getByLabelText('Generative AI tools') as HTMLInputElement).checked).toBe(true);
    expect((within(teach).getByLabelText('Level for Generative AI tools') as HTMLSelectElement).value).toBe('4');
    expect(within(teach).getByText('Technology').closest('details')?.open).toBe(true);
    expect(within(teach).getByText('Social media').closest('details')?.open).toBe(false);

    fireEvent.change(within(teach).getByLabelText('Level for Generative AI tools'), { target: { value: '5' } });
    const learn = screen.getByRole('region', { name: 'Skills I want to learn' });
    fireEvent.click(within(learn).getByLabelText('P&L and financial acumen'));
    fireEvent.change(within(learn).getByLabelText('Priority for P&L and financial acumen'), { target: { value: '3' } });

    // The browser's zone is the default, with IANA suggestions when the browser lists them.
    const zone = screen.getByLabelText('Time zone') as HTMLInputElement;
    expect(zone.value).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    fireEvent.change(zone, { target: { value: 'Europe/Paris' } });
    fireEvent.change(screen.getByLabelText('Availability'), { target: { value: 'Tuesday mornings' } });

    const prefer = screen.getByRole('group', { name: 'People I would like to be paired with' });
    fireEvent.change(within(prefer).getByLabelText('Find a colleague'), { target: { value: 'gr' } });
    const results = await within(prefer).findByRole('list', {
      name: 'Search results for people i would like to be paired with',
    });
    expect(lastCallTo(calls, 'GET /api/me/people-search')?.url.searchParams.get('q')).toBe('gr');
    // Alan is on the private avoid list, so he cannot be added here too.
    expect(within(results).getByText('On your other list')).toBeTruthy();
    fireEvent.click(within(results).getByRole('button', { name: 'Add Grace Hopper' }));
    expect(within(prefer).getByRole('list', { name: 'People I would like to be paired with' }).textContent).toContain(
      'Grace Hopper',
    );

    const avoid = screen.getByRole('group', { name: 'People I should not be paired with' });
    expect(within(avoid).getByText(/never shown to anyone/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    expect(lastCallTo(calls, 'PUT /api/me/profile')?.body).toEqual({
      knows: [{ skillKey: 'generative-ai-tools', level: 5 }],
      wants: [{ skillKey: 'financial-acumen', priority: 3 }],
      timeZone: 'Europe/Paris',
      availability: 'Tuesday mornings',
      motivation: null,
      preferPersonIds: ['p-7'],
      avoidPersonIds: ['p-8'],
    });
  });

  it('shows the field messages of a refused save', async () => {
    fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/profile': () => json(200, PROFILE),
      'GET /api/skills': () => json(200, SKILLS),
      'PUT /api/me/profile': () =>
        json(400, {
          error: {
            code: 'validation_failed',
            message: 'Check the highlighted fields.',
            fields: [
              { path: 'timeZone', message: '"Mars/Olympus" is not a time zone.' },
              { path: 'knows.0.level', message: 'Levels go from 1 to 5.' },
            ],
          },
        }),
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('"Mars/Olympus" is not a time zone.')).toBeTruthy();
    expect(screen.getByLabelText('Time zone').getAttribute('aria-invalid')).toBe('true');
    expect(
      within(screen.getByRole('region', { name: 'Skills I can teach' })).getByText('Levels go from 1 to 5.'),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Check the highlighted fields.');
  });

  it('is read-only with the reason while a match holds it', async () => {
    fakeApi({
      'GET /api/auth/session': participantSession,
      'GET /api/me/profile': () => json(200, { ...PROFILE, locked: true, timeZone: 'Europe/Paris' }),
      'GET /api/skills': () => json(200, SKILLS),
    });
    render(<App />);
    expect(await screen.findByText('Your profile is locked while you have a match')).toBeTruthy();
    expect(screen.getByText('Generative AI tools — level 4 — Advanced')).toBeTruthy();
    expect(screen.getByText('Europe/Paris')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save profile' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
