import { mySurveysApi, type MySurvey } from '../../api/surveys';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { mySurveyHref, SURVEY_KIND_LABELS } from './paths';
import '../../styles/surveys.css';

const STATE_LABELS: Record<MySurvey['state'], string> = { open: 'Open', answered: 'Answered', closed: 'Closed' };

/** /my/surveys: the surveys sent to me, newest first. Only I see my answers. */
export function MySurveysPage() {
  const list = useApi<MySurvey[]>(mySurveysApi);
  const items = list.data;
  return (
    <section className="page page-narrow surveys">
      <PageHeading title="My surveys" />
      <p className="lead">Short surveys about your mentoring. Nobody sees your answers one by one — the program sees them only in groups of five or more, and your partner never does.</p>
      <ErrorBanner error={list.error} title="Could not load your surveys" />
      {items === undefined && list.error === undefined && <Loading />}
      {items !== undefined && items.length === 0 && <EmptyState title="No surveys yet">They arrive after your first meeting, every month, and near the end of the program.</EmptyState>}
      {items !== undefined && items.length > 0 && (
        <ul className="survey-list">
          {items.map((s) => (
            <li key={s.id} className="card">
              <Link href={mySurveyHref(s.id)}>{s.title}</Link>
              <p className="muted">
                {SURVEY_KIND_LABELS[s.kind]} · {s.program.name} · with {s.partnerName}
              </p>
              <p>
                <span className={`survey-state survey-state-${s.state}`}>{STATE_LABELS[s.state]}</span>
                {s.state === 'open' && <> · open until {formatDate(s.closesAt.slice(0, 10))}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
