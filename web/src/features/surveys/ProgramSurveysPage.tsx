import { useState } from 'react';
import type { Program } from '../../api/programs';
import { programSurveysApi, type ProgramSurveys, type Survey } from '../../api/surveys';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useApi } from '../../hooks/useApi';
import { programApi } from '../programs/paths';
import { ProgramFrame } from '../programs/ProgramFrame';
import { SURVEY_KIND_LABELS } from './paths';
import { SurveyResultsPanel } from './results';
import { SurveyEditor } from './SurveyEditor';
import '../../styles/surveys.css';

const AUDIENCE_LABELS: Record<Survey['audience'], string> = { both: 'both members', mentor: 'mentors', mentee: 'mentees' };

function scheduleText(s: Survey): string {
  if (!s.enabled) return 'Not sent (switched off).';
  const open = `open ${s.openDays} days`;
  if (s.kind === 'fit_check') return `Sent to ${AUDIENCE_LABELS[s.audience]} after the pair’s first meeting is logged as held; ${open}.`;
  if (s.kind === 'pulse') return `Sent to ${AUDIENCE_LABELS[s.audience]} every ${s.everyDays ?? 30} days from the pair’s start; ${open}.`;
  return `Sent to ${AUDIENCE_LABELS[s.audience]} ${s.daysBeforeEnd ?? 14} days before the program ends; ${open}.`;
}

/** /programs/:programId/surveys: the program's surveys — edit the questions and schedule, read the results. */
export function ProgramSurveysPage({ programId }: { programId: string }) {
  const program = useApi<Program>(programApi(programId));
  const [version, setVersion] = useState(0);
  const surveys = useApi<ProgramSurveys>(programSurveysApi(programId), { refreshKey: version });
  return (
    <ProgramFrame programId={programId} program={program} section="surveys">
      {() => (
        <div className="surveys">
          <p className="lead">Surveys go to the members of every active pair. Answers are never shown one by one: the results below count only groups of five or more people, and written answers never carry a name.</p>
          <ErrorBanner error={surveys.error} title="Could not load the surveys" />
          {surveys.data === undefined && surveys.error === undefined && <Loading />}
          {surveys.data?.surveys.map((s) => (
            <SurveyCard key={`${s.id}-${s.version}-${s.updatedAt}`} programId={programId} survey={s} canEdit={surveys.data?.canEdit ?? false} onSaved={() => setVersion((v) => v + 1)} />
          ))}
        </div>
      )}
    </ProgramFrame>
  );
}

function SurveyCard({ programId, survey: s, canEdit, onSaved }: { programId: string; survey: Survey; canEdit: boolean; onSaved(): void }) {
  const [editing, setEditing] = useState(false);
  const [showResults, setShowResults] = useState(false);
  const headingId = `survey-${s.id}`;
  return (
    <section className="card survey-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {SURVEY_KIND_LABELS[s.kind]}
        {s.audience !== 'both' && ` — ${s.audience}s`}
      </h2>
      <p>
        <strong>{s.title}</strong> · {s.questions.length} questions · version {s.version}
      </p>
      <p className="muted">{scheduleText(s)}</p>
      <div className="form-actions">
        {canEdit && (
          <button type="button" className="button-secondary" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {editing ? 'Close the editor' : 'Edit questions and schedule'}
          </button>
        )}
        <button type="button" className="button-secondary" aria-expanded={showResults} onClick={() => setShowResults((r) => !r)}>
          {showResults ? 'Hide the results' : 'Show the results'}
        </button>
      </div>
      {editing && <SurveyEditor programId={programId} survey={s} onSaved={onSaved} />}
      {showResults && <SurveyResultsPanel programId={programId} surveyId={s.id} />}
    </section>
  );
}
