import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { programSurveyApi, type QuestionKind, type Survey, type SurveyEdit, type SurveyQuestion } from '../../api/surveys';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, SelectField } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import { useAction } from '../../hooks/useAction';

/** The standard keys per kind (core/surveys/templates.ts): reworded, never removed. */
const STANDARD_KEYS: Record<Survey['kind'], readonly string[]> = {
  fit_check: ['fit', 'comment'],
  pulse: ['morale', 'useful', 'nps', 'comment'],
  end_of_cycle: ['satisfaction', 'learned', 'learned_text', 'again', 'nps', 'comment'],
};
const KIND_LABELS: Record<QuestionKind, string> = { scale: 'Scale 1–5', nps: 'Recommend 0–10', choice: 'One choice', yes_no: 'Yes or no', text: 'Written answer' };
const MAX_QUESTIONS = 20;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'q_$1')
    .slice(0, 40);

const editOf = (s: Survey): SurveyEdit => ({ title: s.title, intro: s.intro, questions: s.questions.map((q) => ({ ...q, options: q.options?.map((o) => ({ ...o })) })), enabled: s.enabled, everyDays: s.everyDays, daysBeforeEnd: s.daysBeforeEnd, openDays: s.openDays });

/** The program manager's editor of one survey: wording, custom questions and the schedule. */
export function SurveyEditor({ programId, survey, onSaved }: { programId: string; survey: Survey; onSaved(): void }) {
  const [edit, setEdit] = useState<SurveyEdit>(() => editOf(survey));
  const action = useAction({ onDone: onSaved });
  const error = action.error;
  const field = (path: string) => error?.fieldMessage(path);
  const setQuestion = (i: number, change: Partial<SurveyQuestion>) => setEdit((e) => ({ ...e, questions: e.questions.map((q, j) => (j === i ? { ...q, ...change } : q)) }));
  const standard = STANDARD_KEYS[survey.kind];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await action.run(() => api(programSurveyApi(programId, survey.id), { method: 'PUT', body: edit }), 'Survey saved.');
  }

  return (
    <form className="survey-editor" onSubmit={submit} aria-label={`Edit ${survey.title}`} noValidate>
      <Field label="Title" value={edit.title} onChange={(e) => setEdit({ ...edit, title: e.target.value })} error={field('title')} />
      <TextAreaField label="Introduction" rows={2} value={edit.intro} onChange={(e) => setEdit({ ...edit, intro: e.target.value })} error={field('intro')} />
      <div className="field">
        <label>
          <input type="checkbox" checked={edit.enabled} onChange={(e) => setEdit({ ...edit, enabled: e.target.checked })} /> Send this survey
        </label>
      </div>
      {survey.kind === 'pulse' && <Field label="Send every (days)" type="number" min={7} max={180} value={edit.everyDays ?? ''} onChange={(e) => setEdit({ ...edit, everyDays: e.target.value === '' ? null : Number(e.target.value) })} error={field('everyDays')} hint="Counted from the day the pair started." />}
      {survey.kind === 'end_of_cycle' && <Field label="Days before the program ends" type="number" min={0} max={120} value={edit.daysBeforeEnd ?? ''} onChange={(e) => setEdit({ ...edit, daysBeforeEnd: e.target.value === '' ? null : Number(e.target.value) })} error={field('daysBeforeEnd')} />}
      <Field label="Open for (days)" type="number" min={1} max={60} value={edit.openDays} onChange={(e) => setEdit({ ...edit, openDays: Number(e.target.value) })} error={field('openDays')} hint="One reminder goes three days before it closes." />
      <h4>Questions</h4>
      {field('questions') !== undefined && <p className="field-error">{field('questions')}</p>}
      <ol className="survey-edit-questions">
        {edit.questions.map((q, i) => (
          <li key={`${q.key}-${i}`} className="card">
            <p className="muted">
              {KIND_LABELS[q.kind]} · key <code>{q.key}</code>
              {standard.includes(q.key) ? ' · standard (read by the dashboards)' : ''}
            </p>
            {field(`questions.${i}.key`) !== undefined && <p className="field-error">{field(`questions.${i}.key`)}</p>}
            {field(`questions.${i}.kind`) !== undefined && <p className="field-error">{field(`questions.${i}.kind`)}</p>}
            <Field label={`Question ${i + 1}`} value={q.prompt} onChange={(e) => setQuestion(i, { prompt: e.target.value })} error={field(`questions.${i}.prompt`)} />
            {(q.kind === 'scale' || q.kind === 'nps') && (
              <div className="survey-edit-ends">
                <Field label="Lowest means" value={q.low ?? ''} onChange={(e) => setQuestion(i, { low: e.target.value })} error={field(`questions.${i}.low`)} />
                <Field label="Highest means" value={q.high ?? ''} onChange={(e) => setQuestion(i, { high: e.target.value })} error={field(`questions.${i}.high`)} />
              </div>
            )}
            {q.kind === 'choice' &&
              (q.options ?? []).map((o, k) => (
                <Field key={o.value} label={`Option ${k + 1}`} value={o.label} onChange={(e) => setQuestion(i, { options: (q.options ?? []).map((x, m) => (m === k ? { ...x, label: e.target.value } : x)) })} error={field(`questions.${i}.options.${k}.label`) ?? field(`questions.${i}.options`)} />
              ))}
            <label>
              <input type="checkbox" checked={q.required} onChange={(e) => setQuestion(i, { required: e.target.checked })} /> Answer required
            </label>
            {!standard.includes(q.key) && (
              <button type="button" className="button-secondary" onClick={() => setEdit((e) => ({ ...e, questions: e.questions.filter((_, j) => j !== i) }))}>
                Remove question {i + 1}
              </button>
            )}
          </li>
        ))}
      </ol>
      {edit.questions.length < MAX_QUESTIONS && <AddQuestion existing={edit.questions.map((q) => q.key)} onAdd={(q) => setEdit((e) => ({ ...e, questions: [...e.questions, q] }))} />}
      {action.notice !== undefined && <p role="status">{action.notice}</p>}
      <ErrorBanner error={error !== undefined && error.fields.length === 0 ? error : undefined} title="The survey was not saved" />
      {error !== undefined && error.fields.length > 0 && <p className="field-error">Some fields need a look: see above.</p>}
      <div className="form-actions">
        <button type="submit" disabled={action.busy}>
          Save the survey
        </button>
      </div>
    </form>
  );
}

function AddQuestion({ existing, onAdd }: { existing: string[]; onAdd(q: SurveyQuestion): void }) {
  const [prompt, setPrompt] = useState('');
  const [kind, setKind] = useState<QuestionKind>('scale');
  const [options, setOptions] = useState('');
  const add = () => {
    let key = slug(prompt) || 'question';
    if (key.length < 2) key = `q_${key}`;
    for (let n = 2; existing.includes(key); n += 1) key = `${slug(prompt).slice(0, 36) || 'question'}_${n}`;
    const labels = options
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    onAdd({ key, kind, prompt: prompt.trim(), required: false, ...(kind === 'choice' ? { options: labels.map((label, i) => ({ value: slug(label) || `option_${i + 1}`, label })) } : {}) });
    setPrompt('');
    setOptions('');
  };
  return (
    <fieldset className="survey-add card">
      <legend>Add a question</legend>
      <Field label="New question" value={prompt} onChange={(e) => setPrompt(e.target.value)} />
      <SelectField label="Kind of answer" value={kind} onChange={(e) => setKind(e.target.value as QuestionKind)}>
        {(Object.keys(KIND_LABELS) as QuestionKind[]).map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      {kind === 'choice' && <TextAreaField label="Options, one a line" rows={3} value={options} onChange={(e) => setOptions(e.target.value)} />}
      <button type="button" className="button-secondary" disabled={prompt.trim() === ''} onClick={add}>
        Add the question
      </button>
    </fieldset>
  );
}
