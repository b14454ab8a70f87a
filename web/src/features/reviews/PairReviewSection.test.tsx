// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import type { PairReview } from '../../api/reviews';
import { fakeApi, json, lastCallTo } from '../../test/fakeApi';
import { PairReviewSection } from './PairReviewSection';
import { pairReview, pairReviews } from './reviewFixtures';

const PATH = '/api/me/pairs/pair-1/reviews';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('the pair’s review section', () => {
  it('offers the shared goals and meeting counts, saves the draft, then confirms the draft as read', async () => {
    let review: PairReview = pairReview();
    const { calls } = fakeApi({
      [`GET ${PATH}`]: () => json(200, pairReviews([review])),
      [`PUT ${PATH}/cyc-1`]: (call) => {
        const body = call.body as { goalIds: string[]; includeMeetings: boolean; statement: string };
        review = pairReview({
          ...body,
          draftToken: 'tok-2',
          preview: { goals: [pairReview().shareable[0]!], meetings: null, statement: body.statement },
        });
        return json(200, pairReviews([review]));
      },
      [`POST ${PATH}/cyc-1/confirm`]: () => {
        review = { ...review, myConfirmedAt: '2027-03-02T10:00:00Z', canWithdraw: true };
        return json(200, pairReviews([review]));
      },
    });
    render(<PairReviewSection pairId="pair-1" />);
    const senior = await screen.findByLabelText('Use AI assistants (Sam Senior learns, 40%)');
    expect(screen.getByLabelText('Read a P&L (Jo Junior learns, 0%)')).toBeTruthy();
    expect(screen.getByText('Jo Junior has not confirmed yet')).toBeTruthy();
    fireEvent.click(senior);
    fireEvent.click(screen.getByLabelText('Include our meeting counts (3 held of 4 due so far)'));
    fireEvent.change(screen.getByLabelText('Our statement (optional)'), { target: { value: 'It helps.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the draft' }));
    await waitFor(() =>
      expect(lastCallTo(calls, `PUT ${PATH}/cyc-1`)?.body).toEqual({
        goalIds: ['g-1'],
        includeMeetings: false,
        statement: 'It helps.',
      }),
    );
    // The preview is what the program will see once both confirm.
    const preview = within(await screen.findByRole('region', { name: 'What the program will see' }));
    expect(await preview.findByText('It helps.')).toBeTruthy();
    expect(preview.getByText('Use AI assistants')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm this summary' }));
    await waitFor(() => expect(lastCallTo(calls, `POST ${PATH}/cyc-1/confirm`)?.body).toEqual({ draftToken: 'tok-2' }));
    expect(await screen.findByText(/^You confirmed/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Withdraw confirmation' })).toBeTruthy();
  });

  it('shows the server’s refusal of a goal that is not shared', async () => {
    fakeApi({
      [`GET ${PATH}`]: () => json(200, pairReviews([pairReview()])),
      [`PUT ${PATH}/cyc-1`]: () =>
        json(400, {
          error: {
            code: 'validation_failed',
            message: 'goalIds: A goal is not shared with the program.',
            fields: [{ path: 'goalIds', message: 'A goal is not shared with the program.' }],
          },
        }),
    });
    render(<PairReviewSection pairId="pair-1" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save the draft' }));
    expect(await screen.findByText('A goal is not shared with the program.')).toBeTruthy();
  });

  it('a submitted summary is read-only, shows the partner’s confirmation and the reviewers’ comments, and can be withdrawn', async () => {
    const submitted = pairReview({
      status: 'submitted',
      canEdit: false,
      canWithdraw: true,
      myConfirmedAt: '2027-03-02T10:00:00Z',
      partnerConfirmedAt: '2027-03-03T10:00:00Z',
      submittedAt: '2027-03-03T10:00:00Z',
      preview: { goals: [], meetings: { held: 3, due: 4 }, statement: 'We meet often.' },
      comments: [{ id: 'c-1', authorName: 'Pat Manager', body: 'Great start.', createdAt: '2027-03-04T08:00:00Z' }],
    });
    let current = submitted;
    const { calls } = fakeApi({
      [`GET ${PATH}`]: () => json(200, pairReviews([current])),
      [`POST ${PATH}/cyc-1/withdraw`]: () => {
        current = pairReview({ statement: 'We meet often.' });
        return json(200, pairReviews([current]));
      },
    });
    render(<PairReviewSection pairId="pair-1" />);
    expect(await screen.findByText(/^Jo Junior confirmed/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the draft' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Confirm this summary' })).toBeNull();
    expect(screen.getByRole('region', { name: 'What the program sees' })).toBeTruthy();
    expect(screen.getByText('Great start.')).toBeTruthy();
    expect(screen.getByText(/Pat Manager/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw to draft' }));
    await waitFor(() => expect(lastCallTo(calls, `POST ${PATH}/cyc-1/withdraw`)).toBeTruthy());
    expect(await screen.findByRole('button', { name: 'Save the draft' })).toBeTruthy();
  });

  it('reads the draft again when a confirmation is refused because the partner changed it', async () => {
    let gets = 0;
    fakeApi({
      [`GET ${PATH}`]: () => {
        gets += 1;
        return json(
          200,
          pairReviews([gets === 1 ? pairReview() : pairReview({ statement: 'Changed by Jo.', draftToken: 'tok-9' })]),
        );
      },
      [`POST ${PATH}/cyc-1/confirm`]: () =>
        json(409, {
          error: {
            code: 'conflict',
            message: 'The summary changed since you read it; read it again before you confirm.',
          },
        }),
    });
    render(<PairReviewSection pairId="pair-1" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm this summary' }));
    expect(await screen.findByText(/changed since you read it/)).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByLabelText('Our statement (optional)') as HTMLTextAreaElement).value).toBe('Changed by Jo.'),
    );
  });

  it('says so when the program has not asked for a review', async () => {
    fakeApi({ [`GET ${PATH}`]: () => json(200, pairReviews([])) });
    render(<PairReviewSection pairId="pair-1" />);
    expect(await screen.findByText('The program has not asked for a review yet.')).toBeTruthy();
  });
});
