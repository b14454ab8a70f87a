import { myConcernsApi, type ConcernSummary } from '../../api/safeguards';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime, plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { myConcernHref } from './paths';
import '../../styles/safeguards.css';

/** /my/concerns: the concerns I raised with a program manager. Only I (and the program's managers) see them. */
export function MyConcernsPage() {
  const concerns = useApi<ConcernSummary[]>(myConcernsApi);
  const list = concerns.data;
  return (
    <section className="page page-narrow safeguards">
      <p className="breadcrumb">
        <Link href="/my/matches">
          <span aria-hidden="true">← </span>My match
        </Link>
      </p>
      <PageHeading title="My concerns" />
      <p className="lead">What you raised in confidence with a program manager. Your partner never sees any of it.</p>
      <ErrorBanner error={concerns.error} title="Could not load your concerns" />
      {list === undefined && concerns.error === undefined && <Loading />}
      {list !== undefined && list.length === 0 && (
        <EmptyState title="You have not raised a concern.">
          <p>To raise one, open your pair from My match and use “Raise a concern”.</p>
        </EmptyState>
      )}
      {list !== undefined && list.length > 0 && (
        <ul className="concern-list">
          {list.map((c) => (
            <li key={c.id} className="card">
              <p>
                <Link href={myConcernHref(c.id)}>About your pair with {c.partnerName}</Link> <StatusBadge status={c.status} />
              </p>
              <p className="muted">
                {c.program.name} · raised {formatDateTime(c.createdAt)} · {plural(c.messages, 'message')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
