// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import type { Agreement } from '../../api/programs';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { participantSession } from '../participation/testFixtures';
import { GOALS_ROUTE } from './goalsFixtures';
import { NOTES_ROUTE } from './notesFixtures';
import { MEETINGS_ROUTE } from './meetingsFixtures';
import { CHECKINS_ROUTE } from './checkinsFixtures';

const SECTIONS: Agreement['sections'] = {
  cadenceDays: 14,
  meetingMinutes: 45,
  channel: '',
  topics: ['Generative AI tools'],
  offLimits: ['Pay and ratings'],
  confidentiality: 'What we discuss stays between us.',
  concernsAndEnding: 'Either of us can end it.',
  endDate: '2027-12-31',
  reviewDate: '2027-04-01',
};
const PATH = '/api/me/pairs/pair-1/agreement';

beforeEach(() => window.history.replaceState(null, '', '/my/pairs/pair-1'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('pair workspace: the agreement', () => {
  it('saves the suggested draft, then signs the version it shows', async () => {
    let agreement: Agreement = { state: 'none', sections: SECTIONS, version: null, mySide: 'mentor', history: [] };
    const version = (signed: boolean) => ({ version: 1, sections: SECTIONS, createdAt: '2027-01-10T10:00:00Z', updatedAt: '2027-01-10T10:00:00Z', mentorSignedAt: signed ? '2027-01-10T11:00:00Z' : null, menteeSignedAt: null });
    const { calls } = fakeApi({
      'GET /api/auth/session': participantSession,
      ...GOALS_ROUTE,
      ...NOTES_ROUTE,
      ...MEETINGS_ROUTE,
      ...CHECKINS_ROUTE,
      [`GET ${PATH}`]: () => json(200, agreement),
      [`PUT ${PATH}`]: () => {
        agreement = { ...agreement, state: 'draft', version: 1, history: [version(false)] };
        return json(200, agreement);
      },
      [`POST ${PATH}/sign`]: () => {
        agreement = { ...agreement, state: 'partly_signed', history: [version(true)] };
        return json(200, agreement);
      },
    });
    render(<App />);
    expect(await screen.findByText(/Suggested draft/)).toBeTruthy();
    expect(screen.getByText('Pay and ratings')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save this draft' }));
    const sign = await screen.findByRole('button', { name: 'Sign version 1' });
    expect(lastCallTo(calls, `PUT ${PATH}`)?.body).toEqual({ sections: SECTIONS });
    fireEvent.click(sign);
    await waitFor(() => expect(screen.getByText(/Signed by one of you/)).toBeTruthy());
    expect(lastCallTo(calls, `POST ${PATH}/sign`)?.body).toEqual({ version: 1 });
    expect(screen.queryByRole('button', { name: 'Sign version 1' })).toBeNull();
  });

  it('edits lists one item per line and shows the field the server refused', async () => {
    const agreement: Agreement = { state: 'signed', sections: SECTIONS, version: 1, mySide: 'mentee', history: [] };
    const { calls } = fakeApi({
      'GET /api/auth/session': participantSession,
      ...GOALS_ROUTE,
      ...NOTES_ROUTE,
      ...MEETINGS_ROUTE,
      ...CHECKINS_ROUTE,
      [`GET ${PATH}`]: () => json(200, agreement),
      [`PUT ${PATH}`]: () => json(400, { error: { code: 'validation_failed', message: 'x', fields: [{ path: 'sections.reviewDate', message: 'must be on or before the end date' }] } }),
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change the agreement' }));
    expect(screen.getByText(/makes a new version that you both sign again/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Off-limits topics (one per line)'), { target: { value: 'Pay\n\n  Other teams  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(await screen.findByText('must be on or before the end date')).toBeTruthy();
    expect((lastCallTo(calls, `PUT ${PATH}`)?.body as { sections: Agreement['sections'] }).sections.offLimits).toEqual(['Pay', 'Other teams']);
  });
});
