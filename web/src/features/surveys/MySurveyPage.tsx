import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { mySurveyApi, mySurveyRematchApi, type AnswerValue, type MySurvey } from '../../api/surveys';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { mySurveysHref } from './paths';
import { answerText, QuestionInput } from './QuestionInput';
import '../../styles/surveys.css';

/** /my/surveys/:responseId: one survey, answered once; only the respondent ever sees this page. */
export function MySurveyPage({ responseId }: { responseId: string }) {
  const [version, setVersion] = useState(0);
  const [ended, setEnded] = useState(false);
  const survey = useApi<MySurvey>(mySurveyApi(responseId), { refreshKey: version });
  const s = survey.data;
  const refresh = () => setVersion((v) => v + 1);
  return (
    <section className="page page-narrow surveys">
      <p className="breadcrumb">
        <Link href={mySurveysHref}>
          <span aria-hidden="true">← </span>My surveys
        </Link>
      </p>
      <PageHeading title={s?.title ?? 'Survey'} />
      {survey.error?.status === 404 ? <p>This survey does not exist, or it is not yours.</p> : <ErrorBanner error={survey.error} title="Could not load the survey" />}
      {s === undefined && survey.error === undefined && <Loading />}
      {s !== undefined && (
        <>
          <p className="lead">
            About your mentoring with {s.partnerName} in “{s.program.name}”. {s.intro}
          </p>
          {s.state === 'open' && <SurveyForm survey={s} onDone={refresh} />}
          {s.state === 'answered' && <Answered survey={s} />}
          {s.state === 'answered' && s.rematchAvailable && (
            <RematchOffer
              survey={s}
              onDone={() => {
                setEnded(true);
                refresh();
              }}
            />
          )}
          {ended && (
            <p className="card" role="status">
              Your pair has ended, with no fault on anyone. You are back in the pool and will be matched again — see <Link href="/my/matches">My match</Link>.
            </p>
          )}
          {s.state === 'closed' && <p className="muted">This survey closed on {formatDate(s.closesAt.slice(0, 10))}.</p>}
        </>
      )}
    </section>
  );
}

function Answered({ survey: s }: { survey: MySurvey }) {
  return (
    <div className="card" role="status">
      <p>
        <strong>Thank you — answered {s.answeredAt !== null ? formatDate(s.answeredAt.slice(0, 10)) : ''}.</strong> Only you can see your answers here.
      </p>
      <dl className="survey-answers">
        {s.questions.map((q) => (
          <div key={q.key}>
            <dt>{q.prompt}</dt>
            <dd>{answerText(q, s.answers?.[q.key])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function SurveyForm({ survey, onDone }: { survey: MySurvey; onDone(): void }) {
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [sent, setSent] = useState(false);
  const action = useAction({
    onDone: () => {
      setSent(true);
      onDone();
    },
  });
  const busy = action.busy || sent;
  const error = action.error;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: Record<string, AnswerValue> = {};
    for (const q of survey.questions) {
      const v = answers[q.key];
      body[q.key] = v === undefined || (typeof v === 'string' && v.trim() === '') ? null : typeof v === 'string' ? v.trim() : v;
    }
    await action.run(() => api(mySurveyApi(survey.id), { method: 'POST', body: { answers: body } }));
  }

  return (
    <form className="survey-form card" onSubmit={submit}>
      {survey.questions.map((q) => (
        <QuestionInput key={q.key} question={q} value={answers[q.key]} onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))} error={error?.fieldMessage(`answers.${q.key}`)} disabled={busy} />
      ))}
      <p className="muted">Open until {formatDate(survey.closesAt.slice(0, 10))}. You can answer once.</p>
      <ErrorBanner error={error !== undefined && error.fields.length === 0 ? error : undefined} title="Your answers were not sent" />
      {error !== undefined && error.fields.length > 0 && <p className="field-error">Some answers need a look: see the questions above.</p>}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Send my answers
        </button>
      </div>
    </form>
  );
}

/** After "not a good fit": the respondent may end the pair with no fault and be matched again. */
function RematchOffer({ survey, onDone }: { survey: MySurvey; onDone(): void }) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction({ onDone });
  return (
    <section className="card survey-rematch" aria-labelledby="rematch-title">
      <h2 id="rematch-title">A new match, with no fault on anyone</h2>
      <p>
        Not every pairing works, and that is fine. You can end this pair and go back to the pool to be matched with someone else. {survey.partnerName} will only be told that the pair has ended — not your answer, and not why.
      </p>
      <ErrorBanner error={action.error} title="The pair was not ended" />
      {confirming ? (
        <div className="form-actions">
          <button type="button" className="button-danger" disabled={action.busy} onClick={() => void action.run(() => api(mySurveyRematchApi(survey.id), { method: 'POST' }))}>
            Yes, end the pair and match me again
          </button>
          <button type="button" className="button-secondary" disabled={action.busy} onClick={() => setConfirming(false)}>
            Keep the pair
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" onClick={() => setConfirming(true)}>
            Ask for a new match
          </button>
        </div>
      )}
    </section>
  );
}
