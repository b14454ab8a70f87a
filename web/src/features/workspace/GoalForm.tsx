import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import type { Goal, GoalDraft, Milestone } from '../../api/goals';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import { CheckboxField } from '../programs/CheckboxField';

interface GoalFormProps {
  /** The goal being edited, or undefined for a new one. */
  goal?: Goal;
  partnerName: string;
  targetDates: { earliest: string; latest: string };
  busy: boolean;
  error: ApiError | undefined;
  onSave(draft: GoalDraft): void;
  onCancel(): void;
}

/** Milestones are one per line; a line that keeps its title keeps its tick. */
export function milestonesFrom(text: string, previous: readonly Milestone[]): Milestone[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((title) => ({ title, done: previous.find((m) => m.title === title)?.done ?? false }));
}

/** The learner writes a goal: what they want to learn from their partner. */
export function GoalForm({ goal, partnerName, targetDates, busy, error, onSave, onCancel }: GoalFormProps) {
  const [title, setTitle] = useState(goal?.title ?? '');
  const [why, setWhy] = useState(goal?.why ?? '');
  const [success, setSuccess] = useState(goal?.success ?? '');
  const [targetDate, setTargetDate] = useState(goal?.targetDate ?? '');
  const [milestones, setMilestones] = useState((goal?.milestones ?? []).map((m) => m.title).join('\n'));
  const [progress, setProgress] = useState(String(goal?.progress ?? 0));
  const [shared, setShared] = useState(goal?.sharedWithProgram ?? false);
  const field = (path: string) => error?.fields.find((f) => f.path === path || f.path.startsWith(`${path}.`))?.message;
  const list = milestonesFrom(milestones, goal?.milestones ?? []);
  // With milestones, progress follows them (the server refuses anything else); an achieved goal is at 100.
  const manualProgress = list.length === 0 && goal?.status !== 'achieved';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const draft: GoalDraft = { title, why, success, targetDate: targetDate === '' ? null : targetDate, milestones: list, sharedWithProgram: shared };
    onSave(manualProgress ? { ...draft, progress: Number(progress) } : draft);
  }

  return (
    <form className="form goals-form" onSubmit={submit} noValidate>
      <Field label="What do you want to learn?" name="title" maxLength={200} required value={title} onChange={(e) => setTitle(e.target.value)} error={field('title')} hint={`A goal of yours: what ${partnerName} helps you learn.`} />
      <TextAreaField label="Why it matters to you" name="why" maxLength={2000} value={why} onChange={(e) => setWhy(e.target.value)} error={field('why')} />
      <TextAreaField label="What success looks like" name="success" maxLength={2000} value={success} onChange={(e) => setSuccess(e.target.value)} error={field('success')} />
      <Field
        label="Target date"
        name="targetDate"
        type="date"
        min={targetDates.earliest}
        max={targetDates.latest}
        value={targetDate}
        onChange={(e) => setTargetDate(e.target.value)}
        error={field('targetDate')}
        hint="Optional; by the end of the program at the latest."
      />
      <TextAreaField label="Milestones (one per line)" name="milestones" rows={4} value={milestones} onChange={(e) => setMilestones(e.target.value)} error={field('milestones')} hint="Up to 20. With milestones, progress is the share of them done." />
      {manualProgress && <Field label="Progress (%)" name="progress" type="number" min={0} max={100} step={1} value={progress} onChange={(e) => setProgress(e.target.value)} error={field('progress')} />}
      <CheckboxField
        label="Share with the program"
        checked={shared}
        onChange={setShared}
        error={field('sharedWithProgram')}
        hint="Private to the two of you unless you tick this. A shared goal (its title, why, success, milestones and progress) is shown to the program manager only in the program's periodic reviews — never your notes or meetings."
      />
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Saving…' : goal ? 'Save the goal' : 'Add the goal'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
