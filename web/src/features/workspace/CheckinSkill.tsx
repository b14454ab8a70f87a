import { useState } from 'react';
import { CHECKIN_PHASES, type CheckinRating } from '../../api/checkins';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/TextAreaField';
import { useAction } from '../../hooks/useAction';
import { CheckinChart } from './CheckinChart';
import { LEVEL_LABELS } from './CheckinRateForm';

const PHASE_NAMES = { start: 'Start', midway: 'Midway', end: 'End' } as const;

interface CheckinSkillProps {
  label: string;
  /** "You" or the partner's name. */
  who: string;
  ratings: CheckinRating[];
  /** Who wrote the observations shown ("Your partner", or "You" on the partner's ratings). */
  observer: string;
  /** Set on the partner's ratings while the pair is active: I may observe. */
  onObserve?: ((rating: CheckinRating, text: string) => Promise<boolean>) | undefined;
}

/** One person's curve on one skill: the chart, each phase's level and evidence, and the observations. */
export function CheckinSkill({ label, who, ratings, observer, onObserve }: CheckinSkillProps) {
  const levels = Object.fromEntries(ratings.map((r) => [r.phase, r.level]));
  const sorted = CHECKIN_PHASES.flatMap((p) => ratings.filter((r) => r.phase === p));
  return (
    <div className="checkins-curve card">
      <h4>{label}</h4>
      {sorted.length === 0 ? (
        <p className="muted">Not rated yet.</p>
      ) : (
        <>
          <CheckinChart skill={label} who={who} levels={levels} />
          <ul className="checkins-ratings">
            {sorted.map((r) => (
              <li key={r.id}>
                <strong>
                  {PHASE_NAMES[r.phase]}: {r.level} of 5
                </strong>{' '}
                <span className="muted">({LEVEL_LABELS[r.level]})</span>
                {r.evidence !== null && <p className="checkins-evidence">“{r.evidence}”</p>}
                <Observation rating={r} observer={observer} onObserve={onObserve} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Observation({ rating, observer, onObserve }: { rating: CheckinRating; observer: string; onObserve: CheckinSkillProps['onObserve'] }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(rating.observation ?? '');
  const { busy, error, run } = useAction();

  async function save() {
    if (!onObserve) return;
    let saved = false;
    await run(async () => {
      saved = await onObserve(rating, text);
    });
    if (saved) setEditing(false);
  }

  return (
    <div className="checkins-observation">
      {rating.observation !== null && !editing && (
        <p>
          <span className="term">{observer} observed:</span> {rating.observation}
        </p>
      )}
      {onObserve !== undefined && !editing && (
        <button type="button" className="button-link" onClick={() => setEditing(true)}>
          {rating.observation === null ? 'Add an observation' : 'Change your observation'}
        </button>
      )}
      {editing && (
        <>
          <TextAreaField label="Your observation" hint="Your partner sees it beside their rating. Leave it empty to remove it." maxLength={500} rows={2} value={text} onChange={(event) => setText(event.target.value)} disabled={busy} />
          <ErrorBanner error={error} title="The observation was not saved" />
          <div className="form-actions">
            <button type="button" className="button-small" onClick={() => void save()} disabled={busy}>
              Save observation
            </button>
            <button type="button" className="button-small button-secondary" onClick={() => setEditing(false)} disabled={busy}>
              Cancel
            </button>
          </div>
        </>
      )}
    </div>
  );
}
