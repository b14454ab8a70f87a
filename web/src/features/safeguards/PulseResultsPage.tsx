import { useId } from 'react';
import type { Program } from '../../api/programs';
import { pulseResultsApi, type PulseResults } from '../../api/safeguards';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { programApi } from '../programs/paths';
import { ProgramFrame } from '../programs/ProgramFrame';
import '../../styles/safeguards.css';

/** /programs/:programId/pulse: the junior mentors' check-ins — named ones per person, the rest only as group averages. */
export function PulseResultsPage({ programId }: { programId: string }) {
  const program = useApi<Program>(programApi(programId));
  const results = useApi<PulseResults>(pulseResultsApi(programId));
  const aggregateId = useId();
  const r = results.data;
  return (
    <ProgramFrame programId={programId} program={program} section="pulse">
      {() => (
        <div className="safeguards">
          <p className="lead">Every four weeks the junior member of each pair answers three private questions. Each chooses how you see the answers: with their name, or only inside an average over {r?.minPeople ?? 5} or more people. Their partner never sees them.</p>
          {results.error?.status === 403 ? <p>{results.error.message}</p> : <ErrorBanner error={results.error} title="Could not load the check-ins" />}
          {r !== undefined && (
            <>
              <p>
                {r.sent} check-ins sent, {r.answered} answered.
              </p>
              <section aria-labelledby={aggregateId}>
                <h2 id={aggregateId}>Group averages</h2>
                {r.aggregate.length === 0 ? (
                  <p className="muted">No answers given “only in a group average” yet.</p>
                ) : (
                  <div className="table-wrap">
                    <table className="table table-stack">
                      <thead>
                        <tr>
                          <th scope="col">Check-in</th>
                          {r.questions.map((q) => (
                            <th key={q.key} scope="col">
                              {q.question}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {r.aggregate.map((g) => (
                          <tr key={g.number}>
                            <th scope="row" data-label="Check-in">
                              Week {g.number * 4}
                              {!g.suppressed && <span className="cell-sub">{g.people} people</span>}
                            </th>
                            {g.suppressed || g.means === null ? (
                              <td colSpan={r.questions.length} data-label="Averages" className="muted">
                                Too few answers to show (fewer than {r.minPeople} people).
                              </td>
                            ) : (
                              r.questions.map((q) => (
                                <td key={q.key} data-label={q.question}>
                                  {g.means?.[q.key].toFixed(1)}
                                </td>
                              ))
                            )}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                <p className="muted">{r.questions.map((q) => `${q.question} 1 = ${q.low.toLowerCase()}, 5 = ${q.high.toLowerCase()}.`).join(' ')}</p>
              </section>
              <section aria-labelledby={`${aggregateId}-named`}>
                <h2 id={`${aggregateId}-named`}>Answers shared with a name</h2>
                {r.named.length === 0 && <EmptyState title="No named answers yet." />}
                {r.named.map((person) => (
                  <div key={person.personId} className="card pulse-person">
                    <h3>{person.personName}</h3>
                    <ul className="pulse-named">
                      {person.answers.map((a) => (
                        <li key={`${a.number}-${a.partnerName}`}>
                          <p>
                            <strong>Week {a.number * 4}</strong> with {a.partnerName} · {formatDateTime(a.answeredAt)}
                          </p>
                          <p>{r.questions.map((q) => `${q.question} ${a.answers[q.key]}`).join(' · ')}</p>
                          {a.comment !== null && <p className="concern-body">{a.comment}</p>}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            </>
          )}
        </div>
      )}
    </ProgramFrame>
  );
}
