import { api } from '../../api/client';
import { programReviewCyclesApi, reviewCycleApi, type CycleList } from '../../api/reviews';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { OpenCycleForm } from './OpenCycleForm';
import { reviewCycleHref } from './paths';
import { ReviewsFrame } from './ReviewsFrame';

/** /programs/:programId/reviews — the program's review cycles; managers open and close them. */
export function ProgramReviewsPage({ programId }: { programId: string }) {
  const list = useApi<CycleList>(programReviewCyclesApi(programId));
  const data = list.data?.program.id === programId ? list.data : undefined;
  const close = useAction({ onDone: list.reload });
  const notFound = list.error?.status === 404;
  const hasOpen = data?.cycles.some((c) => c.status === 'open') ?? false;

  return (
    <ReviewsFrame
      programId={programId}
      programName={data?.program.name}
      viewer={data?.as}
      title={notFound ? 'Program not found' : data ? `Reviews: ${data.program.name}` : 'Reviews'}
    >
      {list.loading && data === undefined && <Loading />}
      {notFound ? (
        <p>There is no program with this id whose reviews you may see.</p>
      ) : (
        <ErrorBanner error={list.error} title="Could not load the reviews" />
      )}
      {data !== undefined && (
        <>
          <p className="lead">
            Periodic reviews built from what each pair chooses to share. A pair’s summary appears here only once both
            members have confirmed it.
          </p>
          {data.canManage && !hasOpen && <OpenCycleForm programId={programId} onOpened={list.reload} />}
          <ErrorBanner error={close.error} title="The review was not closed" />
          {data.cycles.length === 0 ? (
            <EmptyState title="No review yet.">
              {data.canManage && <p>Open one above: every active pair is asked for a summary.</p>}
            </EmptyState>
          ) : (
            <table className="review-cycles">
              <caption className="sr-only">Review cycles, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Review</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col">Submitted</th>
                  {data.canManage && <th scope="col">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {data.cycles.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link href={reviewCycleHref(c.id)}>{c.title}</Link>
                    </td>
                    <td>{formatDate(c.dueDate)}</td>
                    <td>
                      <StatusBadge status={c.status} />
                    </td>
                    <td>
                      {c.counts.submitted} of {c.counts.asked} pairs
                    </td>
                    {data.canManage && (
                      <td>
                        {c.status === 'open' && (
                          <button
                            type="button"
                            className="button-secondary"
                            disabled={close.busy}
                            onClick={() =>
                              void close.run(() => api(`${reviewCycleApi(c.id)}/close`, { method: 'POST' }))
                            }
                          >
                            Close {c.title}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </ReviewsFrame>
  );
}
