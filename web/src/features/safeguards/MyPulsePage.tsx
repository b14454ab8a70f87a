import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { myPulseApi, type MyPulse, type PulseAnswers, type PulseKey, type ShareMode } from '../../api/safeguards';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import '../../styles/safeguards.css';

const SHARE_TEXT: Record<ShareMode, { label: string; hint: string }> = {
  named: { label: 'With my name', hint: 'The program manager sees my answers and my comment, with my name.' },
  aggregate: { label: 'Only in a group average', hint: 'The program manager sees only averages over five or more junior mentors — never my answers or my comment.' },
};

/** /my/pulse/:pulseId: the junior mentor's private check-in, answered to the program manager only. */
export function MyPulsePage({ pulseId }: { pulseId: string }) {
  const [version, setVersion] = useState(0);
  const pulse = useApi<MyPulse>(myPulseApi(pulseId), { refreshKey: version });
  const p = pulse.data;
  return (
    <section className="page page-narrow safeguards">
      <p className="breadcrumb">
        <Link href="/my/matches">
          <span aria-hidden="true">← </span>My match
        </Link>
      </p>
      <PageHeading title="Mentor check-in" />
      {pulse.error?.status === 404 ? <p>This check-in does not exist, or it is not yours.</p> : <ErrorBanner error={pulse.error} title="Could not load the check-in" />}
      {p === undefined && pulse.error === undefined && <Loading />}
      {p !== undefined && (
        <>
          <p className="lead">
            Three short questions about your mentoring with {p.partnerName} in “{p.program.name}”. Your answers go to the program manager only — {p.partnerName} never sees them, in any form.
          </p>
          {p.state === 'open' && <PulseForm pulse={p} onDone={() => setVersion((v) => v + 1)} />}
          {p.state === 'answered' && p.answers !== null && (
            <div className="card" role="status">
              <p>
                <strong>Thank you — answered {p.answeredAt !== null ? formatDate(p.answeredAt.slice(0, 10)) : ''}.</strong> Shared {p.shareMode === 'named' ? 'with your name' : 'only in a group average'}.
              </p>
              <dl className="pulse-answers">
                {p.questions.map((q) => (
                  <div key={q.key}>
                    <dt>{q.question}</dt>
                    <dd>
                      {p.answers?.[q.key]} of 5 <span className="muted">(1 = {q.low.toLowerCase()}, 5 = {q.high.toLowerCase()})</span>
                    </dd>
                  </div>
                ))}
              </dl>
              {p.comment !== null && <p className="concern-body">{p.comment}</p>}
            </div>
          )}
          {p.state === 'closed' && <p className="muted">This check-in closed on {formatDate(p.openUntil.slice(0, 10))}. The next one will come in a few weeks.</p>}
        </>
      )}
    </section>
  );
}

function PulseForm({ pulse, onDone }: { pulse: MyPulse; onDone(): void }) {
  const [answers, setAnswers] = useState<Partial<PulseAnswers>>({});
  const [comment, setComment] = useState('');
  const [shareMode, setShareMode] = useState<ShareMode | ''>('');
  // Once sent, the form stays disabled until the page swaps it for the answers.
  const [sent, setSent] = useState(false);
  const action = useAction({
    onDone: () => {
      onDone();
      setSent(true);
    },
  });
  const busy = action.busy || sent;
  const error = action.error;
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { engaged, candid, pressure } = answers;
    if (engaged === undefined || candid === undefined || pressure === undefined || shareMode === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    await action.run(() => api(myPulseApi(pulse.id), { method: 'POST', body: { answers: { engaged, candid, pressure }, comment: comment.trim() === '' ? null : comment.trim(), shareMode } }));
  }

  const set = (key: PulseKey, value: number) => setAnswers((a) => ({ ...a, [key]: value }));
  return (
    <form className="pulse-form card" onSubmit={submit}>
      {pulse.questions.map((q) => (
        <fieldset key={q.key} className="pulse-question">
          <legend>{q.question}</legend>
          <div className="pulse-scale">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="pulse-option">
                <input type="radio" name={q.key} value={n} checked={answers[q.key] === n} onChange={() => set(q.key, n)} disabled={busy} />
                <span>
                  {n}
                  {n === 1 && <span className="pulse-end"> {q.low}</span>}
                  {n === 5 && <span className="pulse-end"> {q.high}</span>}
                </span>
              </label>
            ))}
          </div>
          {error?.fieldMessage(`answers.${q.key}`) !== undefined && <p className="field-error">{error.fieldMessage(`answers.${q.key}`)}</p>}
        </fieldset>
      ))}
      <TextAreaField label="Anything else? (optional)" hint="At most 1000 characters." rows={3} maxLength={1000} value={comment} onChange={(event) => setComment(event.target.value)} error={error?.fieldMessage('comment')} disabled={busy} />
      <fieldset className="pulse-question">
        <legend>How should the program manager see your answers?</legend>
        {(['named', 'aggregate'] as const).map((mode) => (
          <label key={mode} className="pulse-share">
            <input type="radio" name="shareMode" value={mode} checked={shareMode === mode} onChange={() => setShareMode(mode)} disabled={busy} />
            <span>
              <strong>{SHARE_TEXT[mode].label}</strong>
              <span className="pulse-share-hint">{SHARE_TEXT[mode].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {missing && <p className="field-error">Answer the three questions and choose how your answers are shown.</p>}
      <ErrorBanner error={error !== undefined && error.fields.length === 0 ? error : undefined} title="Your answers were not sent" />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Send my answers
        </button>
      </div>
    </form>
  );
}
