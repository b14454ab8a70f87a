import type { AnswerValue, SurveyQuestion } from '../../api/surveys';
import { TextAreaField } from '../../components/TextAreaField';

/** The longest free-text answer (the server's limit too). */
export const TEXT_ANSWER_MAX = 2000;

const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

function choicesOf(q: SurveyQuestion): Array<{ value: string | number | boolean; label: string; end?: string }> {
  switch (q.kind) {
    case 'scale':
      return range(1, 5).map((n) => ({ value: n, label: String(n), end: n === 1 ? q.low : n === 5 ? q.high : undefined }));
    case 'nps':
      return range(0, 10).map((n) => ({ value: n, label: String(n), end: n === 0 ? q.low : n === 10 ? q.high : undefined }));
    case 'choice':
      return (q.options ?? []).map((o) => ({ value: o.value, label: o.label }));
    case 'yes_no':
      return [
        { value: true, label: 'Yes' },
        { value: false, label: 'No' },
      ];
    case 'text':
      return [];
  }
}

/** One question with the control its kind needs: a radio group (legend = the prompt) or a text area. */
export function QuestionInput({ question: q, value, onChange, error, disabled }: { question: SurveyQuestion; value: AnswerValue | undefined; onChange(value: AnswerValue): void; error: string | undefined; disabled: boolean }) {
  const prompt = `${q.prompt}${q.required ? '' : ' (optional)'}`.replace(/ \(optional\) \(optional\)$/, ' (optional)');
  if (q.kind === 'text') {
    return <TextAreaField label={prompt} rows={3} maxLength={TEXT_ANSWER_MAX} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} error={error} disabled={disabled} />;
  }
  return (
    <fieldset className={`survey-question survey-${q.kind}`}>
      <legend>{prompt}</legend>
      <div className="survey-options">
        {choicesOf(q).map((c) => (
          <label key={String(c.value)} className="survey-option">
            <input type="radio" name={q.key} value={String(c.value)} checked={value === c.value} onChange={() => onChange(c.value)} disabled={disabled} />
            <span>
              {c.label}
              {c.end !== undefined && <span className="survey-end"> {c.end}</span>}
            </span>
          </label>
        ))}
      </div>
      {error !== undefined && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

/** How a stored answer reads back to the respondent. */
export function answerText(q: SurveyQuestion, v: AnswerValue | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  if (q.kind === 'yes_no') return v === true ? 'Yes' : 'No';
  if (q.kind === 'choice') return q.options?.find((o) => o.value === v)?.label ?? String(v);
  if (q.kind === 'scale') return `${String(v)} of 5`;
  if (q.kind === 'nps') return `${String(v)} of 10`;
  return String(v);
}
