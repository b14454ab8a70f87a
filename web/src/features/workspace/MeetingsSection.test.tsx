// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import type { Meeting, Meetings } from '../../api/meetings';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { MeetingsSection } from './MeetingsSection';

const PATH = '/api/me/pairs/pair-1/meetings';
const meeting = (over: Partial<Meeting>): Meeting => ({
  id: 'm-1',
  seriesId: 's-1',
  uid: 'u-1@tandem',
  sequence: 0,
  startsAt: '2030-03-16T10:00:00.000Z',
  endsAt: '2030-03-16T10:45:00.000Z',
  minutes: 45,
  timeZone: 'Europe/London',
  place: 'Café, 3rd floor',
  status: 'scheduled',
  createdByMe: true,
  log: null,
  started: false,
  canChange: true,
  canLog: false,
  ...over,
});
const VIEW: Meetings = {
  meetings: [
    meeting({
      id: 'm-old',
      seriesId: null,
      startsAt: '2020-01-07T10:00:00.000Z',
      started: true,
      canChange: false,
      canLog: true,
      log: {
        outcome: 'held',
        heldMinutes: 50,
        topics: ['ai-tools'],
        drivenBy: 'learner',
        loggedAt: '2020-01-07T12:00:00Z',
        loggedByMe: false,
      },
    }),
    meeting({
      id: 'm-past',
      seriesId: null,
      startsAt: '2020-01-21T10:00:00.000Z',
      started: true,
      canChange: false,
      canLog: true,
    }),
    meeting({ id: 'm-1' }),
    meeting({ id: 'm-2', startsAt: '2030-03-30T09:00:00.000Z', place: '' }),
    meeting({ id: 'm-gone', status: 'cancelled', canChange: false }),
  ],
  health: {
    status: 'behind',
    held: 3,
    promised: 4,
    lastHeldAt: '2020-01-07T10:00:00Z',
    nextAt: '2030-03-16T10:00:00Z',
    daysSinceLast: 5,
    cadenceDays: 14,
  },
  defaults: { cadenceDays: 14, minutes: 45, timeZone: 'Europe/Paris' },
  topics: [
    { key: 'ai-tools', label: 'Generative AI tools' },
    { key: 'career', label: 'Career planning' },
  ],
  mySide: 'mentor',
  pairActive: true,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

function renderSection(routes: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({ [`GET ${PATH}`]: () => json(200, VIEW), ...routes });
  render(<MeetingsSection pairId="pair-1" />);
  return api;
}

describe('MeetingsSection', () => {
  it('shows the cadence health, what is coming with calendar files, and what is waiting for a log', async () => {
    renderSection();
    expect(await screen.findByText(/3 of 4 promised meetings held; last 5 days ago/)).toBeTruthy();
    expect(screen.getByText('Behind the cadence')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add to calendar (all upcoming)' }).getAttribute('href')).toBe(
      `${PATH}.ics`,
    );
    const coming = screen.getByRole('region', { name: 'Coming up' });
    const files = within(coming).getAllByRole('link', { name: /Download the calendar file/ });
    expect(files.map((a) => a.getAttribute('href'))).toEqual([`${PATH}/m-1/ics`, `${PATH}/m-2/ics`]);
    expect(within(coming).getByText('Café, 3rd floor')).toBeTruthy();
    const waiting = screen.getByRole('region', { name: 'Waiting for a log' });
    expect(within(waiting).getAllByRole('button', { name: /Log the meeting of/ })).toHaveLength(1);
    const past = screen.getByRole('region', { name: 'Past meetings' });
    expect(within(past).getByText(/Held, 50 min — the learner did the hands-on work/)).toBeTruthy();
    expect(within(past).getByText('Topics: Generative AI tools')).toBeTruthy();
    expect(screen.getByText('1 cancelled meeting is not shown.')).toBeTruthy();
  });

  it('schedules a series in my browser’s time zone with the agreed length', async () => {
    const { calls } = renderSection({ [`POST ${PATH}`]: () => json(201, { meetings: [] }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule meetings' }));
    const form = screen.getByRole('form', { name: 'Schedule meetings' });
    expect((within(form).getByLabelText('Time zone') as HTMLSelectElement).value).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    expect((within(form).getByLabelText('Length (minutes)') as HTMLInputElement).value).toBe('45');
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2030-04-02' } });
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '09:30' } });
    fireEvent.change(within(form).getByLabelText('Time zone'), { target: { value: 'Europe/Paris' } });
    fireEvent.change(within(form).getByLabelText('Place or link (optional)'), { target: { value: '  Video call ' } });
    fireEvent.change(within(form).getByLabelText('How many meetings'), { target: { value: '4' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule 4 meetings' }));
    expect(await screen.findByText(/4 meetings scheduled/)).toBeTruthy();
    expect(lastCallTo(calls, `POST ${PATH}`)?.body).toEqual({
      startsAtLocal: '2030-04-02T09:30',
      timeZone: 'Europe/Paris',
      minutes: 45,
      place: 'Video call',
      count: 4,
    });
  });

  it('shows the field the server refused', async () => {
    renderSection({
      [`POST ${PATH}`]: () =>
        json(400, {
          error: {
            code: 'validation_failed',
            message: 'Check the meeting details.',
            fields: [{ path: 'startsAtLocal', message: 'must be in the future' }],
          },
        }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule meetings' }));
    const form = screen.getByRole('form', { name: 'Schedule meetings' });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2020-04-02' } });
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '09:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule the meeting' }));
    expect(await screen.findByText('must be in the future')).toBeTruthy();
  });

  it('reschedules one meeting and cancels it with the following ones', async () => {
    const { calls } = renderSection({
      [`PATCH ${PATH}/m-1`]: () => json(200, VIEW.meetings[2]),
      [`POST ${PATH}/m-2/cancel`]: () => json(200, { meetings: [] }),
    });
    const coming = await screen.findByRole('region', { name: 'Coming up' });
    fireEvent.click(within(coming).getAllByRole('button', { name: 'Reschedule' })[0]!);
    const form = screen.getByRole('form', { name: 'Reschedule the meeting' });
    expect((within(form).getByLabelText('Place or link (optional)') as HTMLInputElement).value).toBe('Café, 3rd floor');
    fireEvent.change(within(form).getByLabelText('Time zone'), { target: { value: 'UTC' } });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2030-03-17' } });
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '15:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Move the meeting' }));
    expect(await screen.findByText(/Meeting moved/)).toBeTruthy();
    expect(lastCallTo(calls, `PATCH ${PATH}/m-1`)?.body).toEqual({
      startsAtLocal: '2030-03-17T15:00',
      timeZone: 'UTC',
      minutes: 45,
      place: 'Café, 3rd floor',
    });

    fireEvent.click(
      within(screen.getByRole('region', { name: 'Coming up' })).getAllByRole('button', { name: 'Cancel…' })[1]!,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel this and the following' }));
    expect(await screen.findByText('Meetings cancelled.')).toBeTruthy();
    expect(lastCallTo(calls, `POST ${PATH}/m-2/cancel`)?.body).toEqual({ scope: 'following' });
  });

  it('logs a past meeting: held, how long, topics from the catalogue, who drove', async () => {
    const { calls } = renderSection({ [`POST ${PATH}/m-past/log`]: () => json(200, VIEW.meetings[1]) });
    fireEvent.click(await screen.findByRole('button', { name: /Log the meeting of/ }));
    const form = screen.getByRole('form', { name: 'Log the meeting' });
    fireEvent.click(within(form).getByLabelText('We met'));
    fireEvent.change(within(form).getByLabelText('How long (minutes)'), { target: { value: '40' } });
    fireEvent.click(within(form).getByLabelText('Career planning'));
    fireEvent.click(within(form).getByLabelText('The learner did the hands-on work'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save the log' }));
    await waitFor(() =>
      expect(lastCallTo(calls, `POST ${PATH}/m-past/log`)?.body).toEqual({
        outcome: 'held',
        heldMinutes: 40,
        topics: ['career'],
        drivenBy: 'learner',
      }),
    );
    expect(await screen.findByText('Meeting logged.')).toBeTruthy();
  });

  it('logs a missed meeting with nothing else', async () => {
    const { calls } = renderSection({ [`POST ${PATH}/m-past/log`]: () => json(200, VIEW.meetings[1]) });
    fireEvent.click(await screen.findByRole('button', { name: /Log the meeting of/ }));
    const form = screen.getByRole('form', { name: 'Log the meeting' });
    fireEvent.click(within(form).getByLabelText('It did not happen'));
    expect(within(form).queryByLabelText('How long (minutes)')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Save the log' }));
    await waitFor(() => expect(lastCallTo(calls, `POST ${PATH}/m-past/log`)?.body).toEqual({ outcome: 'missed' }));
  });
  it('records a past meeting: when, my zone preselected, how long, place, topics and who drove', async () => {
    const { calls } = renderSection({ [`POST ${PATH}/past`]: () => json(201, VIEW.meetings[0]) });
    fireEvent.click(await screen.findByRole('button', { name: 'Record a past meeting' }));
    const form = screen.getByRole('form', { name: 'Record a past meeting' });
    expect(screen.queryByRole('button', { name: 'Schedule meetings' })).toBeNull();
    expect((within(form).getByLabelText('Time zone') as HTMLSelectElement).value).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    expect((within(form).getByLabelText('How long (minutes)') as HTMLInputElement).value).toBe('45');
    // It was held: the form does not ask, nor for the length twice.
    expect(within(form).queryByLabelText('It did not happen')).toBeNull();
    expect(within(form).getAllByLabelText(/minutes/)).toHaveLength(1);
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-11-24' } });
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '12:15' } });
    fireEvent.change(within(form).getByLabelText('Time zone'), { target: { value: 'Europe/Paris' } });
    fireEvent.change(within(form).getByLabelText('How long (minutes)'), { target: { value: '30' } });
    fireEvent.change(within(form).getByLabelText('Place or link (optional)'), { target: { value: ' Canteen ' } });
    fireEvent.click(within(form).getByLabelText('Generative AI tools'));
    fireEvent.click(within(form).getByLabelText('The helper showed'));
    fireEvent.click(within(form).getByRole('button', { name: 'Record the meeting' }));
    expect(await screen.findByText(/Meeting recorded/)).toBeTruthy();
    expect(lastCallTo(calls, `POST ${PATH}/past`)?.body).toEqual({
      startsAtLocal: '2026-11-24T12:15',
      timeZone: 'Europe/Paris',
      minutes: 30,
      place: 'Canteen',
      log: { outcome: 'held', heldMinutes: 30, topics: ['ai-tools'], drivenBy: 'helper' },
    });
    expect(screen.queryByRole('form', { name: 'Record a past meeting' })).toBeNull();
  });

  it('shows where a past meeting was refused: the date, and the log’s fields', async () => {
    renderSection({
      [`POST ${PATH}/past`]: () =>
        json(400, {
          error: {
            code: 'validation_failed',
            message: 'Check the meeting details.',
            fields: [
              { path: 'startsAtLocal', message: 'must be in the past (a meeting still ahead is scheduled instead)' },
              { path: 'log.drivenBy', message: 'say who drove: the learner, the helper, or shared' },
            ],
          },
        }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Record a past meeting' }));
    const form = screen.getByRole('form', { name: 'Record a past meeting' });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2031-01-01' } });
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '10:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the meeting' }));
    expect(await within(form).findByText(/must be in the past/)).toBeTruthy();
    expect(within(form).getByLabelText('Date').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByRole('group', { name: 'Who drove?' }).textContent).toContain('say who drove');
    expect(within(form).queryByRole('alert')).toBeNull();
  });
});
