import { useState } from 'react';
import { myConcernApi, type Concern } from '../../api/safeguards';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StatusBadge } from '../../components/StatusBadge';
import { useApi } from '../../hooks/useApi';
import { ConcernThread } from './ConcernThread';
import { myConcernsHref } from './paths';
import '../../styles/safeguards.css';

/** /my/concerns/:concernId: a concern I raised, its thread with the program manager, and my reply. */
export function MyConcernPage({ concernId }: { concernId: string }) {
  const [version, setVersion] = useState(0);
  const concern = useApi<Concern>(myConcernApi(concernId), { refreshKey: version });
  const c = concern.data;
  const partner = c === undefined ? '' : c.raisedBy.side === 'mentor' ? c.pair.mentee.name : c.pair.mentor.name;
  return (
    <section className="page page-narrow safeguards">
      <p className="breadcrumb">
        <Link href={myConcernsHref}>
          <span aria-hidden="true">← </span>My concerns
        </Link>
      </p>
      <PageHeading title={c === undefined ? 'Concern' : `Concern about your pair with ${partner}`} documentTitle="Concern" />
      {concern.error?.status === 404 ? <p>There is no concern with this id that you raised.</p> : <ErrorBanner error={concern.error} title="Could not load the concern" />}
      {c === undefined && concern.error === undefined && <Loading />}
      {c !== undefined && (
        <>
          <p className="program-header">
            <StatusBadge status={c.status} /> <span>{c.program.name}</span>
          </p>
          <p className="muted">Only you and the program’s managers can read this. {partner} never sees it.</p>
          <ConcernThread concern={c} replyPath={`${myConcernApi(c.id)}/messages`} viewer="raiser" onReplied={() => setVersion((v) => v + 1)} />
        </>
      )}
    </section>
  );
}
