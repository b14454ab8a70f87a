import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import type { CheckinPhase, CheckinRating, SaveCheckinsBody } from '../../api/checkins';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';

export const LEVEL_LABELS: Record<number, string> = { 1: 'Just starting', 2: 'Basic', 3: 'Getting there', 4: 'Confident', 5: 'Could teach it' };
export const PHASE_TITLES: Record<CheckinPhase, string> = { start: 'starting', midway: 'midway', end: 'final' };

interface CheckinRateFormProps {
  phase: CheckinPhase;
  skills: Array<{ key: string; label: string }>;
  /** My ratings already saved in this phase. */
  saved: CheckinRating[];
  busy: boolean;
  error: ApiError | undefined;
  onSave(body: SaveCheckinsBody): void;
}

type Draft = Record<string, { level: number | null; evidence: string }>;

/** Rate my own level 1–5 on each skill I am learning, for the phase open today. */
export function CheckinRateForm({ phase, skills, saved, busy, error, onSave }: CheckinRateFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(skills.map((s) => {
      const r = saved.find((x) => x.skillKey === s.key);
      return [s.key, { level: r?.level ?? null, evidence: r?.evidence ?? '' }];
    })),
  );
  const [missing, setMissing] = useState(false);
  const set = (key: string, change: Partial<Draft[string]>) => setDraft((d) => ({ ...d, [key]: { level: d[key]?.level ?? null, evidence: d[key]?.evidence ?? '', ...change } }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ratings = skills.flatMap((s) => {
      const d = draft[s.key];
      if (!d || d.level === null) return [];
      const evidence = d.evidence.trim();
      return [{ skillKey: s.key, level: d.level, ...(evidence === '' ? {} : { evidence }) }];
    });
    setMissing(ratings.length === 0);
    if (ratings.length > 0) onSave({ phase, ratings });
  }

  const fieldError = (index: number, field: string) => error?.fieldMessage(`ratings.${index}.${field}`);
  // The server names a rating by its index in what was sent: the skills with a level, in order.
  const sentIndex = new Map(skills.filter((s) => (draft[s.key]?.level ?? null) !== null).map((s, i) => [s.key, i]));
  return (
    <form className="checkins-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your {PHASE_TITLES[phase]} check-in</h3>
      <p className="muted">1 = just starting, 5 = you could teach it. Rate yourself honestly: it is your own learning curve, and nobody outside your pair sees it.</p>
      {skills.map((s) => {
        const d = draft[s.key] ?? { level: null, evidence: '' };
        const index = sentIndex.get(s.key) ?? -1;
        return (
          <fieldset key={s.key} className="checkins-skill-field">
            <legend>{s.label}</legend>
            <div className="checkins-scale">
              {[1, 2, 3, 4, 5].map((level) => (
                <label key={level} className="checkins-level">
                  <input type="radio" name={`${id}-${s.key}`} value={level} checked={d.level === level} onChange={() => set(s.key, { level })} disabled={busy} />
                  <span>
                    {level} <span className="checkins-level-label">{LEVEL_LABELS[level]}</span>
                  </span>
                </label>
              ))}
            </div>
            <Field
              label="One line of evidence (optional)"
              hint="What you did that shows it, e.g. “Built my first dashboard”."
              maxLength={300}
              value={d.evidence}
              onChange={(event) => set(s.key, { evidence: event.target.value })}
              error={index >= 0 ? (fieldError(index, 'evidence') ?? fieldError(index, 'level')) : undefined}
              disabled={busy}
            />
          </fieldset>
        );
      })}
      {missing && <p className="field-error">Choose a level for at least one skill.</p>}
      <ErrorBanner error={error} title="Your check-in was not saved" />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Save my check-in
        </button>
      </div>
    </form>
  );
}
