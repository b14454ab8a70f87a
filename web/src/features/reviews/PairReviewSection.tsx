import { useState } from 'react';
import { api } from '../../api/client';
import {
  pairReviewApi,
  pairReviewsApi,
  type PairReview,
  type PairReviews,
  type ReviewDraft,
  type ReviewSide,
} from '../../api/reviews';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, formatDateTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { ReviewComments } from './ReviewComments';
import { ReviewContentView } from './ReviewContentView';
import { ReviewDraftForm } from './ReviewDraftForm';
import '../../styles/reviews.css';

/**
 * The pair's side of management reviews, in the workspace: for each review the program asked
 * for, what to share, both confirmations, and the reviewers' comments. Nothing leaves the pair
 * until both have confirmed.
 */
export function PairReviewSection({ pairId }: { pairId: string }) {
  const [version, setVersion] = useState(0);
  const reviews = useApi<PairReviews>(pairReviewsApi(pairId), { refreshKey: version });
  const action = useAction({ onDone: () => setVersion((v) => v + 1) });
  const v = reviews.data;
  // Not a member (the workspace page shows its own "not found"): nothing here either.
  if (reviews.error?.status === 404) return null;
  const names: Record<ReviewSide, string> | undefined =
    v &&
    (v.mySide === 'mentor'
      ? { mentor: v.me.name, mentee: v.partner.name }
      : { mentor: v.partner.name, mentee: v.me.name });

  // A refusal usually means the partner changed something meanwhile: read it again (the form
  // keeps what was typed, since its key — the draft's token — is unchanged by a failed save).
  const send = async (work: () => Promise<unknown>, notice: string) => {
    if (!(await action.run(work, notice))) setVersion((n) => n + 1);
  };
  const url = (r: PairReview) => pairReviewApi(pairId, r.cycle.id);
  const save = (r: PairReview, draft: ReviewDraft) =>
    void send(() => api(url(r), { method: 'PUT', body: draft }), 'Draft saved.');
  const confirm = (r: PairReview) =>
    void send(() => api(`${url(r)}/confirm`, { method: 'POST', body: { draftToken: r.draftToken } }), 'Confirmed.');
  const withdraw = (r: PairReview) =>
    void send(() => api(`${url(r)}/withdraw`, { method: 'POST' }), 'Taken back to draft.');

  return (
    <section className="workspace-section" id="review" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <p className="lead">
        The program asks each pair for a short progress summary. You choose together what to share; it is sent only when
        you have both confirmed it.
      </p>
      <ErrorBanner error={reviews.error} title="Could not load the reviews" />
      {v === undefined && reviews.error === undefined && <Loading />}
      <ErrorBanner error={action.error} title="That did not work" />
      {action.notice !== undefined && <p role="status">{action.notice}</p>}
      {v !== undefined && v.reviews.length === 0 && (
        <p className="field-hint">The program has not asked for a review yet.</p>
      )}
      {v !== undefined &&
        names !== undefined &&
        v.reviews.map((r) => (
          <article
            key={r.summaryId}
            className="card pair-review"
            aria-labelledby={`review-${r.summaryId}`}
            aria-busy={action.busy || undefined}
          >
            <h3 id={`review-${r.summaryId}`}>
              {r.cycle.title}{' '}
              <StatusBadge
                status={r.status === 'submitted' ? 'submitted' : r.cycle.status === 'closed' ? 'closed' : 'draft'}
              />
            </h3>
            <p className="field-hint">
              Due {formatDate(r.cycle.dueDate)}
              {r.submittedAt !== null && ` · submitted ${formatDateTime(r.submittedAt)}`}
            </p>
            <ul className="review-confirmations">
              <li>
                {r.myConfirmedAt ? `You confirmed ${formatDateTime(r.myConfirmedAt)}` : 'You have not confirmed yet'}
              </li>
              <li>
                {r.partnerConfirmedAt
                  ? `${v.partner.name} confirmed ${formatDateTime(r.partnerConfirmedAt)}`
                  : `${v.partner.name} has not confirmed yet`}
              </li>
            </ul>
            {r.canEdit && (
              <ReviewDraftForm
                key={r.draftToken}
                review={r}
                names={names}
                busy={action.busy}
                error={action.error}
                onSave={(d) => save(r, d)}
              />
            )}
            <section
              className="review-preview"
              aria-label={r.status === 'submitted' ? 'What the program sees' : 'What the program will see'}
            >
              <h4>
                {r.status === 'submitted' ? 'What the program sees' : 'What the program will see once you both confirm'}
              </h4>
              <ReviewContentView content={r.preview} names={names} />
            </section>
            <div className="review-buttons">
              {r.canEdit && r.myConfirmedAt === null && (
                <button type="button" disabled={action.busy} onClick={() => confirm(r)}>
                  Confirm this summary
                </button>
              )}
              {r.canWithdraw && (
                <button type="button" className="button-secondary" disabled={action.busy} onClick={() => withdraw(r)}>
                  {r.status === 'submitted' ? 'Withdraw to draft' : 'Withdraw confirmation'}
                </button>
              )}
            </div>
            <ReviewComments comments={r.comments} />
          </article>
        ))}
    </section>
  );
}
