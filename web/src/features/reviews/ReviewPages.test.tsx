// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import { fakeApi, json, lastCallTo, meWith, type FakeCall } from '../../test/fakeApi';
import { cycleList, cycleReview, ENGAGEMENT, FUNNEL } from './reviewFixtures';

type Handler = (call: FakeCall) => { status: number; body?: unknown };

function renderAt(path: string, roles: string[], routes: Record<string, Handler>) {
  const api = fakeApi({
    'GET /api/auth/session': () => json(200, { user: meWith(roles), csrfToken: 'csrf-1' }),
    ...routes,
  });
  window.history.replaceState(null, '', path);
  render(<App />);
  return api;
}

const LIST = 'GET /api/programs/prog-1/review-cycles';
const REVIEW = 'GET /api/review-cycles/cyc-1';
const FIGURES = {
  'GET /api/programs/prog-1/outcomes/funnel': () => json(200, FUNNEL),
  'GET /api/programs/prog-1/outcomes/engagement': () => json(200, ENGAGEMENT),
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setCsrfToken(null);
});

describe('the program’s reviews', () => {
  it('lists the cycles with how many pairs submitted; a manager closes an open one', async () => {
    let list = cycleList();
    const { calls } = renderAt('/programs/prog-1/reviews', ['program_manager'], {
      [LIST]: () => json(200, list),
      'POST /api/review-cycles/cyc-1/close': () => {
        list = cycleList({ cycles: [{ ...list.cycles[0]!, status: 'closed', closedAt: '2027-04-01T00:00:00Z' }] });
        return json(200, list.cycles[0]);
      },
    });
    // The first render of the app in this file can be slow on a busy machine.
    const link = await screen.findByRole('link', { name: 'Q1 review' }, { timeout: 5000 });
    expect(link.getAttribute('href')).toBe('/reviews/cyc-1');
    expect(screen.getByText('1 of 4 pairs')).toBeTruthy();
    const tabs = screen.getByRole('navigation', { name: 'Program sections' });
    expect(within(tabs).getByRole('link', { name: 'Reviews' }).getAttribute('aria-current')).toBe('page');
    // One open cycle at a time: no form while one is open.
    expect(screen.queryByRole('button', { name: 'Open the review' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close Q1 review' }));
    await waitFor(() => expect(lastCallTo(calls, 'POST /api/review-cycles/cyc-1/close')).toBeTruthy());
    expect(await screen.findByRole('button', { name: 'Open the review' })).toBeTruthy();
  });

  it('opens a cycle with a title and due date, and shows the field the server names', async () => {
    let answered = false;
    const { calls } = renderAt('/programs/prog-1/reviews', ['program_manager'], {
      [LIST]: () => json(200, cycleList({ cycles: [] })),
      'POST /api/programs/prog-1/review-cycles': () => {
        if (answered) return json(201, {});
        answered = true;
        return json(400, {
          error: {
            code: 'validation_failed',
            message: 'dueDate: The due date cannot be in the past.',
            fields: [{ path: 'dueDate', message: 'The due date cannot be in the past.' }],
          },
        });
      },
    });
    fireEvent.change(await screen.findByLabelText('Title'), { target: { value: 'Q1 review' } });
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2020-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the review' }));
    expect(await screen.findByText('The due date cannot be in the past.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/programs/prog-1/review-cycles')?.body).toEqual({
      title: 'Q1 review',
      dueDate: '2020-01-01',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open the review' }));
    expect(await screen.findByText(/every active pair has been asked/)).toBeTruthy();
  });

  it('sponsors read the list: no form, no close button, no program sections', async () => {
    renderAt('/programs/prog-1/reviews', ['sponsor'], {
      [LIST]: () => json(200, cycleList({ as: 'sponsor', canManage: false, cycles: cycleList().cycles })),
    });
    expect(await screen.findByRole('link', { name: 'Q1 review' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Close/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open the review' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Program sections' })).toBeNull();
  });
});

describe('the review page', () => {
  it('shows the figures, the submitted summaries and comments; a manager comments back', async () => {
    let review = cycleReview();
    const { calls } = renderAt('/reviews/cyc-1', ['program_manager'], {
      [REVIEW]: () => json(200, review),
      ...FIGURES,
      'POST /api/review-summaries/sum-1/comments': (call) => {
        const body = (call.body as { body: string }).body;
        review = cycleReview();
        review.summaries[0]!.comments.push({
          id: 'c-2',
          authorName: 'Pat Manager',
          body,
          createdAt: '2027-03-12T08:00:00Z',
        });
        return json(201, {});
      },
    });
    const card = within(
      (await screen.findByRole('heading', { name: 'Jo Junior & Sam Senior' })).closest('article') as HTMLElement,
    );
    expect(card.getByText('Use AI assistants')).toBeTruthy();
    expect(card.getByText(/Sam Senior learns · 40% · Active/)).toBeTruthy();
    expect(card.getByText('Meetings: 3 held of 4 due so far')).toBeTruthy();
    expect(card.getByText('We meet every other week and it helps.')).toBeTruthy();
    expect(card.getByText('Great start.')).toBeTruthy();
    expect(screen.getByText(/pairs submitted a summary/).textContent).toBe('1 of 4 pairs submitted a summary.');
    // Figures from the outcomes API, suppressed ones labelled.
    expect(await screen.findByText('20')).toBeTruthy();
    expect(screen.getByText('12 / 16')).toBeTruthy();
    expect(screen.getAllByText('Fewer than 5 people').length).toBe(2);
    fireEvent.change(card.getByLabelText('Comment to Jo Junior & Sam Senior'), { target: { value: 'Keep going.' } });
    fireEvent.click(card.getByRole('button', { name: 'Send comment' }));
    expect(await screen.findByText('Keep going.')).toBeTruthy();
    expect(lastCallTo(calls, 'POST /api/review-summaries/sum-1/comments')?.body).toEqual({ body: 'Keep going.' });
  });

  it('prints through the browser and links the CSV', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderAt('/reviews/cyc-1', ['program_manager'], { [REVIEW]: () => json(200, cycleReview()), ...FIGURES });
    fireEvent.click(await screen.findByRole('button', { name: 'Print report' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/api/review-cycles/cyc-1/report.csv',
    );
  });

  it('sponsors read without a comment form; the page stands when the figures are not there yet', async () => {
    renderAt('/reviews/cyc-1', ['sponsor'], {
      [REVIEW]: () => json(200, cycleReview({ as: 'sponsor', canComment: false })),
    });
    expect(await screen.findByRole('heading', { name: 'Jo Junior & Sam Senior' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send comment' })).toBeNull();
    expect(await screen.findByText('The program’s figures are not available right now.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Program sections' })).toBeNull();
  });

  it('participants cannot open it', async () => {
    renderAt('/reviews/cyc-1', ['participant'], {});
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Print report' })).toBeNull();
  });
});
