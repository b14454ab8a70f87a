// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import type { MySurvey, ProgramSurveys, Survey, SurveyResults } from '../../api/surveys';
import { json, lastCallTo } from '../../test/fakeApi';
import { programWith, renderAt } from '../programs/fixtures';

const PULSE_QUESTIONS: Survey['questions'] = [
  { key: 'morale', kind: 'scale', prompt: 'How is your morale at work this month?', required: true, low: 'Very low', high: 'Very high' },
  { key: 'nps', kind: 'nps', prompt: 'How likely are you to recommend this program to a colleague?', required: true },
  { key: 'again', kind: 'yes_no', prompt: 'Would you do it again?', required: false },
  { key: 'comment', kind: 'text', prompt: 'Anything else?', required: false },
];
const FIT_QUESTIONS: Survey['questions'] = [
  {
    key: 'fit',
    kind: 'choice',
    prompt: 'After your first meeting, how does the pairing feel?',
    required: true,
    options: [
      { value: 'good_fit', label: 'A good fit' },
      { value: 'too_early', label: 'Too early to say' },
      { value: 'not_a_fit', label: 'Not a good fit' },
    ],
  },
];
const MINE: MySurvey = {
  id: 'sr-1',
  program: { id: 'prog-1', name: 'Digital Leaders' },
  pairId: 'pair-1',
  partnerName: 'Maria Senior',
  kind: 'pulse',
  side: 'mentor',
  occurrence: 1,
  title: 'Monthly pulse',
  intro: 'Three quick questions.',
  questions: PULSE_QUESTIONS,
  dueAt: '2027-02-01T09:00:00Z',
  closesAt: '2027-02-15T09:00:00Z',
  state: 'open',
  answers: null,
  answeredAt: null,
  rematchAvailable: false,
};
const PARTICIPANT = ['participant'];
const SUPPRESSED = { suppressed: true, people: null, value: null } as const;
const shown = <T,>(people: number, value: T) => ({ suppressed: false as const, people, value });

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('my surveys', () => {
  it('lists them with their state and a link to each', async () => {
    renderAt('/my/surveys', { 'GET /api/me/surveys': () => json(200, [MINE, { ...MINE, id: 'sr-0', state: 'answered', title: 'After your first meeting' }]) }, PARTICIPANT);
    expect(await screen.findByRole('link', { name: 'Monthly pulse' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'After your first meeting' }).getAttribute('href')).toBe('/my/surveys/sr-0');
    expect(screen.getByText('Answered')).toBeTruthy();
  });

  it('asks each question with the control of its kind, shows field errors, then sends the answers', async () => {
    let survey = MINE;
    let first = true;
    const { calls } = renderAt(
      '/my/surveys/sr-1',
      {
        'GET /api/me/surveys/sr-1': () => json(200, survey),
        'POST /api/me/surveys/sr-1': (call) => {
          if (first) {
            first = false;
            return json(400, { error: { code: 'validation_failed', message: 'Check your answers.', fields: [{ path: 'answers.nps', message: 'Please answer this question.' }] } });
          }
          survey = { ...survey, state: 'answered', answers: (call.body as { answers: MySurvey['answers'] }).answers, answeredAt: '2027-02-02T10:00:00Z' };
          return json(200, survey);
        },
      },
      PARTICIPANT,
    );
    const morale = await screen.findByRole('group', { name: 'How is your morale at work this month?' });
    expect(within(morale).getAllByRole('radio')).toHaveLength(5);
    expect(within(screen.getByRole('group', { name: /recommend this program/ })).getAllByRole('radio')).toHaveLength(11);
    fireEvent.click(within(morale).getByLabelText(/^4/));
    fireEvent.click(within(screen.getByRole('group', { name: 'Would you do it again? (optional)' })).getByLabelText('Yes'));
    fireEvent.change(screen.getByLabelText('Anything else? (optional)'), { target: { value: '  Going well  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText('Please answer this question.')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: /recommend this program/ })).getByLabelText(/^9/));
    fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText(/Thank you — answered/)).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/me/surveys/sr-1')?.body).toEqual({ answers: { morale: 4, nps: 9, again: true, comment: 'Going well' } });
    expect(screen.getByText('4 of 5')).toBeTruthy();
  });

  it('after "not a good fit" offers a no-fault re-match, confirmed before it ends the pair', async () => {
    const fit: MySurvey = { ...MINE, id: 'sr-2', kind: 'fit_check', title: 'Is it a good fit?', questions: FIT_QUESTIONS, state: 'answered', answers: { fit: 'not_a_fit' }, answeredAt: '2027-02-02T10:00:00Z', rematchAvailable: true };
    let current = fit;
    const { calls } = renderAt(
      '/my/surveys/sr-2',
      {
        'GET /api/me/surveys/sr-2': () => json(200, current),
        'POST /api/me/surveys/sr-2/rematch': () => {
          current = { ...fit, rematchAvailable: false };
          return json(204);
        },
      },
      PARTICIPANT,
    );
    expect(await screen.findByText('Not a good fit')).toBeTruthy();
    expect(screen.getByText(/Maria Senior will only be told that the pair has ended/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ask for a new match' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, end the pair and match me again' }));
    expect(await screen.findByText(/Your pair has ended, with no fault on anyone/)).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/me/surveys/sr-2/rematch')).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ask for a new match' })).toBeNull());
  });

  it('someone else’s survey is not found', async () => {
    renderAt('/my/surveys/sr-9', { 'GET /api/me/surveys/sr-9': () => json(404, { error: { code: 'not_found', message: 'Survey not found.' } }) }, PARTICIPANT);
    expect(await screen.findByText('This survey does not exist, or it is not yours.')).toBeTruthy();
  });
});

describe('the program’s surveys', () => {
  const pulse: Survey = { id: 'sv-1', kind: 'pulse', audience: 'both', title: 'Monthly pulse', intro: '', questions: PULSE_QUESTIONS, enabled: true, everyDays: 30, daysBeforeEnd: null, openDays: 14, version: 1, updatedAt: '2027-01-01T00:00:00Z' };
  const list: ProgramSurveys = { program: { id: 'prog-1', name: 'Digital Leaders', endDate: '2027-12-31' }, canEdit: true, surveys: [pulse] };
  const q = (key: string, prompt: string, kind: Survey['questions'][number]['kind']) => ({ key, kind, prompt, respondents: SUPPRESSED, mean: null, nps: null, counts: null, texts: null });
  const results: SurveyResults = {
    survey: pulse,
    minPeople: 5,
    sent: shown(6, 6),
    respondents: shown(5, 5),
    questions: [
      { ...q('morale', 'How is your morale at work this month?', 'scale'), respondents: shown(5, 5), mean: shown(5, 3.4), counts: shown(5, [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n), count: n === 3 ? 3 : n === 4 ? 2 : 0 }))) },
      { ...q('nps', 'Recommend?', 'nps'), mean: SUPPRESSED, nps: SUPPRESSED, counts: SUPPRESSED },
      { ...q('comment', 'Anything else?', 'text'), respondents: shown(5, 5), texts: shown(5, ['apple', 'banana']) },
    ],
  };

  it('has a Surveys tab; shows the schedule and the results, suppressed groups labelled', async () => {
    renderAt('/programs/prog-1/surveys', { 'GET /api/programs/prog-1': () => json(200, programWith({ status: 'active' })), 'GET /api/programs/prog-1/surveys': () => json(200, list), 'GET /api/programs/prog-1/surveys/sv-1/results': () => json(200, results) });
    const tab = await screen.findByRole('link', { name: 'Surveys' });
    expect(tab.getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText(/every 30 days from the pair’s start/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show the results' }));
    expect(await screen.findByText('Mean:')).toBeTruthy();
    expect(screen.getByText('3.40')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '3: 3 of 5' })).toBeTruthy();
    expect(screen.getAllByText('Fewer than 5 people').length).toBeGreaterThan(0);
    expect(within(screen.getByRole('list', { name: /Written answers, without names/ })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['apple', 'banana']);
    expect(screen.getByRole('link', { name: 'Download the results (CSV)' }).getAttribute('href')).toBe('/api/programs/prog-1/surveys/sv-1/results.csv');
  });

  it('edits a prompt and adds a question; field errors from the server show by their field', async () => {
    let saves = 0;
    const { calls } = renderAt('/programs/prog-1/surveys', {
      'GET /api/programs/prog-1': () => json(200, programWith({ status: 'active' })),
      'GET /api/programs/prog-1/surveys': () => json(200, list),
      'PUT /api/programs/prog-1/surveys/sv-1': () => {
        saves += 1;
        return saves === 1 ? json(400, { error: { code: 'validation_failed', message: 'Check the survey.', fields: [{ path: 'everyDays', message: 'Send the pulse every 7 to 180 days.' }] } }) : json(200, { ...pulse, version: 2 });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit questions and schedule' }));
    // Standard questions have no remove button.
    expect(screen.queryByRole('button', { name: 'Remove question 1' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Question 1'), { target: { value: 'How is your energy?' } });
    fireEvent.change(screen.getByLabelText('New question'), { target: { value: 'Does your team support you?' } });
    fireEvent.change(screen.getByLabelText('Kind of answer'), { target: { value: 'yes_no' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the question' }));
    expect(screen.getByRole('button', { name: 'Remove question 5' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Send every/), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the survey' }));
    expect(await screen.findByText('Send the pulse every 7 to 180 days.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Send every/), { target: { value: '28' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the survey' }));
    await waitFor(() => expect(saves).toBe(2));
    const body = lastCallTo(calls, 'PUT /api/programs/prog-1/surveys/sv-1')?.body as { questions: Array<{ key: string; prompt: string; kind: string }>; everyDays: number };
    expect(body.everyDays).toBe(28);
    expect(body.questions[0]!.prompt).toBe('How is your energy?');
    expect(body.questions.at(-1)).toEqual({ key: 'does_your_team_support_you', kind: 'yes_no', prompt: 'Does your team support you?', required: false });
  });

  it('without the right to edit (a sponsor, through the API) there is no editor', async () => {
    renderAt('/programs/prog-1/surveys', { 'GET /api/programs/prog-1': () => json(200, programWith({ status: 'active' })), 'GET /api/programs/prog-1/surveys': () => json(200, { ...list, canEdit: false }) }, ['org_admin']);
    expect(await screen.findByRole('button', { name: 'Show the results' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit questions and schedule' })).toBeNull();
  });
});
