import { useState } from 'react';
import { api } from '../../api/client';
import { concernApi, type Concern } from '../../api/safeguards';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StatusBadge } from '../../components/StatusBadge';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDateTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { ConfirmDialog } from '../programs/ConfirmDialog';
import { ConcernThread } from './ConcernThread';
import { programConcernsHref, SIDE_LABELS } from './paths';
import '../../styles/safeguards.css';

const ENDABLE = new Set(['offered', 'active']);

/** /concerns/:concernId: a concern for the program's managers — read, reply, close, or end the pair (no fault). */
export function ConcernPage({ concernId }: { concernId: string }) {
  const [version, setVersion] = useState(0);
  const concern = useApi<Concern>(concernApi(concernId), { refreshKey: version });
  const [dialog, setDialog] = useState<'close' | 'end' | null>(null);
  const [reason, setReason] = useState('');
  const { busy, error, notice, setError, setNotice, run } = useAction({
    onDone: () => {
      setDialog(null);
      setVersion((v) => v + 1);
    },
  });
  const c = concern.data;

  const raiser = c?.raisedBy;
  const partner = c === undefined ? '' : c.raisedBy.side === 'mentor' ? c.pair.mentee.name : c.pair.mentor.name;
  return (
    <section className="page safeguards">
      <p className="breadcrumb">
        {c !== undefined ? (
          <Link href={programConcernsHref(c.program.id)}>
            <span aria-hidden="true">← </span>Concerns in {c.program.name}
          </Link>
        ) : (
          <Link href="/programs">
            <span aria-hidden="true">← </span>All programs
          </Link>
        )}
      </p>
      <PageHeading
        title={raiser === undefined ? 'Concern' : `Concern raised by ${raiser.name}`}
        documentTitle="Concern"
      />
      {concern.error?.status === 404 ? (
        <p>
          There is no concern with this id that you may read. Concerns go to the managers of the pair’s program, never
          to the raiser’s partner.
        </p>
      ) : (
        <ErrorBanner error={concern.error} title="Could not load the concern" />
      )}
      {c === undefined && concern.error === undefined && <Loading />}
      <p role="status" className="inline-status">
        {notice ?? ''}
      </p>
      {c !== undefined && raiser !== undefined && (
        <>
          <p className="program-header">
            <StatusBadge status={c.status} />
            <span>
              {raiser.name} ({SIDE_LABELS[raiser.side]}) about their pair with {partner}
            </span>
            <span>Raised {formatDateTime(c.createdAt)}</span>
          </p>
          <p className="muted">
            {partner} cannot see this concern and is not told of it. Pair: <StatusBadge status={c.pair.status} />
          </p>
          <ConcernThread
            concern={c}
            replyPath={`${concernApi(c.id)}/messages`}
            viewer="manager"
            onReplied={() => {
              setNotice(`Reply sent. ${raiser.name} is told there is a reply, without its text.`);
              setVersion((v) => v + 1);
            }}
          />
          <ErrorBanner error={dialog === null ? error : undefined} title="That did not work" />
          <div className="form-actions concern-actions">
            {c.status === 'open' && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  setError(undefined);
                  setDialog('close');
                }}
                disabled={busy}
              >
                Close this concern
              </button>
            )}
            {ENDABLE.has(c.pair.status) && (
              <button
                type="button"
                className="button-danger"
                onClick={() => {
                  setError(undefined);
                  setDialog('end');
                }}
                disabled={busy}
              >
                End this pair (no fault)
              </button>
            )}
          </div>
        </>
      )}
      {c !== undefined && dialog === 'close' && (
        <ConfirmDialog
          title="Close this concern?"
          message={
            <p>
              The thread stays readable, but neither of you can add to it. Write a last reply first if you have not.
            </p>
          }
          confirmLabel="Close concern"
          busy={busy}
          error={error}
          errorTitle="The concern was not closed"
          onConfirm={() =>
            void run(() => api(`${concernApi(c.id)}/close`, { method: 'POST', body: {} }), 'The concern is closed.')
          }
          onCancel={() => setDialog(null)}
        />
      )}
      {c !== undefined && dialog === 'end' && (
        <ConfirmDialog
          title={`End the pair ${c.pair.mentor.name} and ${c.pair.mentee.name}?`}
          message={
            <p>
              Ending a pair is nobody’s fault. Both are told the pair has ended — not why, and not about this concern —
              and both can be matched again.
            </p>
          }
          confirmLabel="End pair"
          danger
          busy={busy}
          error={error}
          errorTitle="The pair was not ended"
          onConfirm={() => {
            const text = reason.trim();
            void run(
              () =>
                api(`/api/pairs/${encodeURIComponent(c.pair.id)}/end`, {
                  method: 'POST',
                  body: text === '' ? {} : { reason: text },
                }),
              'The pair has ended. Both can be matched again.',
            );
          }}
          onCancel={() => setDialog(null)}
        >
          <TextAreaField
            label="Reason (optional)"
            hint="Kept in the program’s record; neither member sees it."
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </ConfirmDialog>
      )}
    </section>
  );
}
