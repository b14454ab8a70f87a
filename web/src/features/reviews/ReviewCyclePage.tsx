import { reviewCycleApi, reviewReportCsv, type CycleReview } from '../../api/reviews';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { CommentForm } from './CommentForm';
import { programReviewsHref } from './paths';
import { ProgramFigures } from './ProgramFigures';
import { ReviewComments } from './ReviewComments';
import { ReviewContentView } from './ReviewContentView';
import { ReviewsFrame } from './ReviewsFrame';

/**
 * /reviews/:cycleId — the review page for management: program figures and the submitted
 * summaries. Managers comment; sponsors read. "Print report" lets the browser make the PDF
 * (styles/print.css hides everything that is not the report).
 */
export function ReviewCyclePage({ cycleId }: { cycleId: string }) {
  const review = useApi<CycleReview>(reviewCycleApi(cycleId));
  const data = review.data?.cycle.id === cycleId ? review.data : undefined;
  const notFound = review.error?.status === 404;
  const back = data ? { href: programReviewsHref(data.program.id), label: `Reviews: ${data.program.name}` } : undefined;
  const open = data?.cycle.status === 'open';

  return (
    <ReviewsFrame
      programId={data?.program.id}
      programName={data?.program.name}
      viewer={data?.as}
      title={notFound ? 'Review not found' : data ? data.cycle.title : 'Review'}
      {...(back ? { back } : {})}
    >
      {review.loading && data === undefined && <Loading />}
      {notFound ? (
        <p>There is no review with this id that you may see.</p>
      ) : (
        <ErrorBanner error={review.error} title="Could not load the review" />
      )}
      {data !== undefined && (
        <>
          <p className="program-header">
            <span>{data.program.name}</span>
            <StatusBadge status={data.cycle.status} />
            <span>Due {formatDate(data.cycle.dueDate)}</span>
          </p>
          <div className="review-actions no-print">
            <button type="button" onClick={() => window.print()}>
              Print report
            </button>
            <a className="button-like" href={reviewReportCsv(cycleId)} download>
              Download CSV
            </a>
          </div>
          <p className="review-counts">
            <strong>{data.counts.submitted}</strong> of <strong>{data.counts.asked}</strong> pairs submitted a summary.
          </p>
          <ProgramFigures programId={data.program.id} />
          <section aria-labelledby="review-summaries-heading">
            <h2 id="review-summaries-heading">Summaries</h2>
            {data.summaries.length === 0 && (
              <EmptyState title="No summary submitted yet.">
                {open && <p>A pair’s summary appears once both members confirm it.</p>}
              </EmptyState>
            )}
            {data.summaries.map((s) => {
              const label = `${s.mentorName} & ${s.menteeName}`;
              return (
                <article key={s.id} className="card review-summary" aria-labelledby={`summary-${s.id}`}>
                  <h3 id={`summary-${s.id}`}>{label}</h3>
                  <p className="field-hint">Submitted {formatDateTime(s.submittedAt)}</p>
                  <ReviewContentView content={s.content} names={{ mentor: s.mentorName, mentee: s.menteeName }} />
                  <ReviewComments comments={s.comments} />
                  {data.canComment && open && <CommentForm summaryId={s.id} pairLabel={label} onSent={review.reload} />}
                </article>
              );
            })}
          </section>
        </>
      )}
    </ReviewsFrame>
  );
}
