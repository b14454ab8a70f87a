// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import type { Checkins } from '../../api/checkins';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { participantSession } from '../participation/testFixtures';
import { checkins, rating } from './checkinsFixtures';

// jsdom has no canvas: Chart.js is replaced by a recorder of what it was asked to draw.
const charts = vi.hoisted(() => [] as Array<{ labels: unknown; data: unknown; label: unknown }>);
vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    constructor(_canvas: unknown, config: { data: { labels: unknown; datasets: Array<{ data: unknown; label: unknown }> } }) {
      charts.push({ labels: config.data.labels, data: config.data.datasets[0]?.data, label: config.data.datasets[0]?.label });
    }
    destroy() {}
  }
  return { Chart, CategoryScale: {}, LinearScale: {}, LineController: {}, LineElement: {}, PointElement: {}, Tooltip: {} };
});

const PATH = '/api/me/pairs/pair-1/checkins';

beforeEach(() => {
  charts.length = 0;
  window.history.replaceState(null, '', '/my/pairs/pair-1');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

function renderWith(initial: Checkins, extra: Parameters<typeof fakeApi>[0] = {}) {
  let current = initial;
  const api = fakeApi({
    'GET /api/auth/session': participantSession,
    [`GET ${PATH}`]: () => json(200, current),
    ...extra,
  });
  render(<App />);
  return { ...api, set: (next: Checkins) => (current = next) };
}

describe('skill check-ins on the pair page', () => {
  it('rates my skills 1–5 with a line of evidence in the open phase, then charts the curve', async () => {
    const view = checkins();
    const { calls, set } = renderWith(view, {
      [`PUT ${PATH}`]: () => {
        const saved = { ...view, me: { ...view.me, ratings: [rating({ level: 3, evidence: 'Wrote prompts for the team' })] } };
        set(saved);
        return json(200, saved);
      },
    });
    const form = await screen.findByRole('form', { name: 'Your starting check-in' });
    expect(screen.getByText(/Open now/)).toBeTruthy();
    const skill = within(form).getByRole('group', { name: 'Generative AI tools' });
    fireEvent.click(within(skill).getByLabelText(/^3/));
    fireEvent.change(within(skill).getByLabelText('One line of evidence (optional)'), { target: { value: '  Wrote prompts for the team ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save my check-in' }));
    expect(await screen.findByText('Check-in saved.')).toBeTruthy();
    expect(lastCallTo(calls, `PUT ${PATH}`)?.body).toEqual({ phase: 'start', ratings: [{ skillKey: 'generative-ai-tools', level: 3, evidence: 'Wrote prompts for the team' }] });
    await waitFor(() => expect(charts).toContainEqual({ labels: ['Start', 'Midway', 'End'], data: [3, null, null], label: 'You' }));
    expect(screen.getByText('“Wrote prompts for the team”')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Generative AI tools, You: Start: 3, Midway: not rated, End: not rated' })).toBeTruthy();
  });

  it('asks for a level before saving, and shows the server’s refusal', async () => {
    const { calls } = renderWith(checkins(), { [`PUT ${PATH}`]: () => json(409, { error: { code: 'conflict', message: 'The starting check-in closed on 2027-01-24.' } }) });
    const form = await screen.findByRole('form', { name: 'Your starting check-in' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save my check-in' }));
    expect(await screen.findByText('Choose a level for at least one skill.')).toBeTruthy();
    expect(lastCallTo(calls, `PUT ${PATH}`)).toBeUndefined();
    fireEvent.click(within(form).getByLabelText(/^5/));
    fireEvent.click(within(form).getByRole('button', { name: 'Save my check-in' }));
    expect(await screen.findByText('The starting check-in closed on 2027-01-24.')).toBeTruthy();
  });

  it('adds an observation to my partner’s rating; my own rating shows what my partner observed', async () => {
    const view = checkins({
      me: { name: 'Ada Senior', side: 'mentee', learning: ['generative-ai-tools'], ratings: [rating({ id: 'mine', level: 2, observation: 'Ran the workshop alone.' })] },
      partner: { name: 'Jo Junior', side: 'mentor', learning: ['career-planning'], ratings: [rating({ id: 'theirs', skillKey: 'career-planning', level: 4, evidence: 'Wrote my plan' })] },
    });
    const { calls } = renderWith(view, { [`POST ${PATH}/theirs/observation`]: () => json(200, view) });
    expect(await screen.findByText('Jo Junior observed:')).toBeTruthy();
    expect(screen.getByText('Ran the workshop alone.')).toBeTruthy();
    const partner = screen.getByRole('region', { name: 'Jo Junior’s learning curve' });
    fireEvent.click(within(partner).getByRole('button', { name: 'Add an observation' }));
    fireEvent.change(within(partner).getByLabelText('Your observation'), { target: { value: 'Clear and ambitious plan. ' } });
    fireEvent.click(within(partner).getByRole('button', { name: 'Save observation' }));
    expect(await screen.findByText('Observation saved.')).toBeTruthy();
    expect(lastCallTo(calls, `POST ${PATH}/theirs/observation`)?.body).toEqual({ observation: 'Clear and ambitious plan.' });
    await waitFor(() => expect(charts.map((c) => c.label).sort()).toEqual(['Jo Junior', 'You']));
    // No observing my own rating.
    const mine = screen.getByRole('region', { name: 'Your learning curve' });
    expect(within(mine).queryByRole('button', { name: /observation/ })).toBeNull();
  });

  it('says when the next check-in opens, and that an ended pair only reads', async () => {
    renderWith(checkins({ openPhase: null, canRate: false, today: '2027-02-01' }));
    expect(await screen.findByText(/No check-in is open now. The next opens on Jun 22, 2027./)).toBeTruthy();
    expect(screen.queryByRole('form', { name: /check-in/ })).toBeNull();
    cleanup();
    renderWith(checkins({ pairActive: false, canRate: false, partner: { name: 'Jo Junior', side: 'mentor', learning: ['career-planning'], ratings: [rating({ skillKey: 'career-planning' })] } }));
    expect(await screen.findByText('This pair has ended: the check-ins stay here to read.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add an observation' })).toBeNull();
  });
});

describe('raising a concern from the pair page', () => {
  it('explains the partner never sees it, sends it, and links to the conversation', async () => {
    const { calls } = renderWith(checkins(), { 'POST /api/me/pairs/pair-1/concerns': () => json(200, { id: 'c-1' }) });
    const section = (await screen.findByRole('heading', { name: 'Raise a concern with the program manager' })).closest('section')!;
    expect(within(section).getByText(/Your partner will never see it and is not told that you wrote/)).toBeTruthy();
    const send = within(section).getByRole('button', { name: 'Send to the program manager' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.change(within(section).getByLabelText('Your message'), { target: { value: 'He keeps asking me about my team’s reviews.' } });
    fireEvent.click(send);
    const link = await within(section).findByRole('link', { name: 'Follow the conversation' });
    expect(link.getAttribute('href')).toBe('/my/concerns/c-1');
    expect(lastCallTo(calls, 'POST /api/me/pairs/pair-1/concerns')?.body).toEqual({ body: 'He keeps asking me about my team’s reviews.' });
    expect(within(section).getByRole('link', { name: 'My concerns' }).getAttribute('href')).toBe('/my/concerns');
    expect(screen.getByRole('navigation', { name: 'Sections' }).textContent).toContain('Raise a concern');
  });
});
