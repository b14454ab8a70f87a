import { programOutcomesApi, type ProgramOutcomes } from '../../api/outcomes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { MODE_LABELS } from '../programs/labels';
import { programHref } from '../programs/paths';
import { ProgramTabs } from '../programs/ProgramTabs';
import { programReviewsHref } from '../reviews/paths';
import { FutureLeadersPanel } from './FutureLeadersPanel';
import { AllFiguresCsv, OutcomesDashboard } from './OutcomesDashboard';
import { outcomesHref } from './paths';
import '../../styles/programs.css';

/**
 * /programs/:programId/outcomes — one program's dashboard. Sponsors open it too, so everything
 * (the heading included) comes from the outcomes answer, never from the managers-only program API.
 */
export function ProgramOutcomesPage({ programId }: { programId: string }) {
  const outcomes = useApi<ProgramOutcomes>(programOutcomesApi(programId));
  const data = outcomes.data?.program.id === programId ? outcomes.data : undefined;
  const notFound = outcomes.error?.status === 404;
  const runs = data !== undefined && data.viewer !== 'sponsor';
  const heading = notFound ? 'Program not found' : data !== undefined ? `Outcomes: ${data.program.name}` : 'Outcomes';
  const source = { kind: 'program', programId } as const;

  return (
    <section className="page outcomes-page" aria-busy={outcomes.loading || undefined}>
      <p className="breadcrumb">
        {runs ? (
          <Link href={programHref(programId)}>
            <span aria-hidden="true">← </span>
            {data.program.name}
          </Link>
        ) : (
          <Link href={outcomesHref}>
            <span aria-hidden="true">← </span>All outcomes
          </Link>
        )}
      </p>
      <PageHeading title={heading} />
      {data !== undefined && (
        <p className="program-header">
          <StatusBadge status={data.program.status} />
          <span>{MODE_LABELS[data.program.mode]}</span>
          <span>
            {formatDate(data.program.startDate)} – {formatDate(data.program.endDate)}
          </span>
        </p>
      )}
      {runs && <ProgramTabs programId={programId} current="outcomes" />}
      {data !== undefined && !runs && (
        <p className="outcome-actions">
          <Link href={programReviewsHref(programId)}>Management reviews of this program</Link>
        </p>
      )}
      {outcomes.loading && data === undefined && <Loading />}
      {notFound ? (
        <p>
          There is no program with this id whose outcomes you may see. Sponsors see the programs they were given;
          program managers the ones they run.
        </p>
      ) : (
        <ErrorBanner error={outcomes.error} title="Could not load the outcomes" />
      )}
      {data !== undefined && (
        <>
          <p className="lead">
            Every figure counts at least 5 people: smaller groups are left out and marked “Fewer than 5 people”. Each
            chart’s numbers download as CSV.
          </p>
          <AllFiguresCsv source={source} freshness={data} />
          <OutcomesDashboard outcomes={data} source={source} />
          {runs && <FutureLeadersPanel programId={programId} />}
        </>
      )}
    </section>
  );
}
