import { useId } from 'react';
import { surveyResultsApi, surveyResultsCsvApi, type Guarded, type QuestionResult, type SurveyResults } from '../../api/surveys';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useApi } from '../../hooks/useApi';

/** What a suppressed figure says, wherever it is shown (privacy.ts's SUPPRESSED_LABEL). */
export const suppressedLabel = (minPeople: number) => `Fewer than ${minPeople} people`;

function Figure<T>({ g, minPeople, show }: { g: Guarded<T>; minPeople: number; show(value: T): string }) {
  return g.suppressed ? <span className="suppressed">{suppressedLabel(minPeople)}</span> : <span>{show(g.value)}</span>;
}

/** A bar chart of counts as native <progress> bars: accessible, and no inline styles under the CSP. */
function Bars({ q, minPeople }: { q: QuestionResult; minPeople: number }) {
  if (q.counts === null) return null;
  if (q.counts.suppressed) return <p className="suppressed">{suppressedLabel(minPeople)}</p>;
  const total = q.counts.value.reduce((a, c) => a + c.count, 0);
  return (
    <table className="survey-bars">
      <tbody>
        {q.counts.value.map((c) => (
          <tr key={c.value}>
            <th scope="row">{c.label}</th>
            <td>
              <progress max={Math.max(total, 1)} value={c.count} aria-label={`${c.label}: ${c.count} of ${total}`} />
            </td>
            <td className="survey-bar-count">{c.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function QuestionResults({ q, minPeople }: { q: QuestionResult; minPeople: number }) {
  const id = useId();
  return (
    <section className="survey-result" aria-labelledby={id}>
      <h4 id={id}>{q.prompt}</h4>
      <p className="muted">
        Answered by <Figure g={q.respondents} minPeople={minPeople} show={(n) => `${n} people`} />
      </p>
      {q.mean !== null && !q.respondents.suppressed && (
        <p>
          Mean: <Figure g={q.mean} minPeople={minPeople} show={(n) => n.toFixed(2)} />
        </p>
      )}
      {q.nps !== null && !q.respondents.suppressed && (
        <p>
          NPS: <Figure g={q.nps} minPeople={minPeople} show={(v) => `${v.nps > 0 ? '+' : ''}${v.nps} (${v.promoters} promoters, ${v.passives} passives, ${v.detractors} detractors)`} />
        </p>
      )}
      {q.kind !== 'text' && <Bars q={q} minPeople={minPeople} />}
      {q.texts !== null &&
        (q.texts.suppressed ? (
          <p className="suppressed">{suppressedLabel(minPeople)} wrote an answer: not shown.</p>
        ) : (
          <ul className="survey-texts" aria-label="Written answers, without names, in alphabetical order">
            {q.texts.value.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** A survey's results: every figure from five or more people, else labelled as suppressed. */
export function SurveyResultsPanel({ programId, surveyId }: { programId: string; surveyId: string }) {
  const results = useApi<SurveyResults>(surveyResultsApi(programId, surveyId));
  const r = results.data;
  if (results.error !== undefined) return <ErrorBanner error={results.error} title="Could not load the results" />;
  if (r === undefined) return <Loading />;
  return (
    <div className="survey-results">
      <p>
        Sent to <Figure g={r.sent} minPeople={r.minPeople} show={(n) => `${n} people`} />; answered by <Figure g={r.respondents} minPeople={r.minPeople} show={(n) => `${n} people`} />. No figure is shown for fewer than {r.minPeople} people, and written answers never carry a name.
      </p>
      {r.questions.map((q) => (
        <QuestionResults key={q.key} q={q} minPeople={r.minPeople} />
      ))}
      <p>
        <a href={surveyResultsCsvApi(programId, surveyId)} download>
          Download the results (CSV)
        </a>
      </p>
    </div>
  );
}
