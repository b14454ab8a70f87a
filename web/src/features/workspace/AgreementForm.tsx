import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import type { AgreementSections } from '../../api/programs';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';

interface AgreementFormProps {
  initial: AgreementSections;
  busy: boolean;
  error: ApiError | undefined;
  /** Editing a signed text: say that both sign again. */
  signed: boolean;
  onSave(sections: AgreementSections): void;
  onCancel(): void;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** The agreement's sections as a form; lists are one item per line. */
export function AgreementForm({ initial, busy, error, signed, onSave, onCancel }: AgreementFormProps) {
  const [s, setS] = useState(initial);
  const [topics, setTopics] = useState(initial.topics.join('\n'));
  const [offLimits, setOffLimits] = useState(initial.offLimits.join('\n'));
  const field = (path: keyof AgreementSections) => error?.fieldMessage(`sections.${path}`);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave({ ...s, topics: lines(topics), offLimits: lines(offLimits) });
  }

  return (
    <form className="form agreement-form" onSubmit={submit} noValidate>
      {signed && <p className="notice">This text is signed. Saving a change makes a new version that you both sign again; the signed version stays in the history.</p>}
      <div className="form-grid">
        <Field label="Meet every (days)" name="cadenceDays" type="number" min={1} max={90} value={String(s.cadenceDays)} onChange={(e) => setS({ ...s, cadenceDays: Number(e.target.value) })} error={field('cadenceDays')} />
        <Field label="Meeting length (minutes)" name="meetingMinutes" type="number" min={10} max={480} value={String(s.meetingMinutes)} onChange={(e) => setS({ ...s, meetingMinutes: Number(e.target.value) })} error={field('meetingMinutes')} />
      </div>
      <Field label="Channel and place" name="channel" hint="How and where you meet, e.g. a video call on Tuesdays at 9:00." value={s.channel} onChange={(e) => setS({ ...s, channel: e.target.value })} error={field('channel')} />
      <TextAreaField label="Topics (one per line)" name="topics" value={topics} onChange={(e) => setTopics(e.target.value)} error={field('topics')} />
      <TextAreaField label="Off-limits topics (one per line)" name="offLimits" hint="What you agree not to discuss." value={offLimits} onChange={(e) => setOffLimits(e.target.value)} error={field('offLimits')} />
      <TextAreaField label="Confidentiality" name="confidentiality" rows={4} value={s.confidentiality} onChange={(e) => setS({ ...s, confidentiality: e.target.value })} error={field('confidentiality')} />
      <TextAreaField label="Raising a concern or ending the pair" name="concernsAndEnding" rows={3} value={s.concernsAndEnding} onChange={(e) => setS({ ...s, concernsAndEnding: e.target.value })} error={field('concernsAndEnding')} />
      <div className="form-grid">
        <Field label="Until" name="endDate" type="date" value={s.endDate} onChange={(e) => setS({ ...s, endDate: e.target.value })} error={field('endDate')} />
        <Field label="Review together on" name="reviewDate" type="date" value={s.reviewDate} onChange={(e) => setS({ ...s, reviewDate: e.target.value })} error={field('reviewDate')} />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Saving…' : 'Save the agreement'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
