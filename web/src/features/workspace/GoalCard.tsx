import { useId, useState } from 'react';
import type { Goal, GoalPatch, GoalStatus } from '../../api/goals';
import { formatDate } from '../../format';

const STATUS_LABELS: Record<GoalStatus, string> = { active: 'Active', achieved: 'Achieved', paused: 'Paused', dropped: 'Dropped' };

interface GoalCardProps {
  goal: Goal;
  /** The pair is active: goals can be changed. */
  canWrite: boolean;
  busy: boolean;
  onPatch(patch: GoalPatch): void;
  onEdit(): void;
  onDelete(): void;
}

/** A goal nothing has been tracked on yet may be deleted (by its learner); otherwise it is dropped. */
export function deletable(goal: Goal): boolean {
  return goal.mine && goal.status !== 'achieved' && goal.progress === 0 && !goal.milestones.some((m) => m.done);
}

/** One goal: who learns and who helps, progress, milestones to tick, status and the share switch. */
export function GoalCard({ goal, canWrite, busy, onPatch, onEdit, onDelete }: GoalCardProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const locked = !canWrite || busy;
  const toggle = (index: number) => onPatch({ milestones: goal.milestones.map((m, i) => (i === index ? { title: m.title, done: !m.done } : m)) });
  return (
    <article className={`card goals-card goals-card-${goal.status}`} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="goals-title">
        {goal.title}
      </h4>
      <p className="goals-who">
        <span>
          <strong>{goal.mine ? 'You learn' : `${goal.learner.name} learns`}</strong>
        </span>
        <span>{goal.mine ? `${goal.helper.name} helps` : 'you help'}</span>
        {goal.targetDate !== null && <span>by {formatDate(goal.targetDate)}</span>}
      </p>
      <div className="goals-progress">
        <label htmlFor={`${id}-progress`}>Progress {goal.progress}%</label>
        <progress id={`${id}-progress`} value={goal.progress} max={100}>
          {goal.progress}%
        </progress>
      </div>
      {goal.why !== '' && (
        <p className="goals-text">
          <strong>Why:</strong> {goal.why}
        </p>
      )}
      {goal.success !== '' && (
        <p className="goals-text">
          <strong>Success looks like:</strong> {goal.success}
        </p>
      )}
      {goal.milestones.length > 0 && (
        <fieldset className="goals-milestones">
          <legend>Milestones</legend>
          <ul>
            {goal.milestones.map((m, i) => (
              <li key={`${i}-${m.title}`}>
                <label className="checkbox">
                  <input type="checkbox" checked={m.done} disabled={locked} onChange={() => toggle(i)} />
                  <span>{m.title}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="goals-controls">
        <div className="field goals-status">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={goal.status} disabled={locked} onChange={(e) => onPatch({ status: e.target.value as GoalStatus })}>
            {(Object.keys(STATUS_LABELS) as GoalStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="goals-share">
          {goal.mine ? (
            <label className="checkbox">
              <input type="checkbox" checked={goal.sharedWithProgram} disabled={locked} aria-describedby={`${id}-share`} onChange={(e) => onPatch({ sharedWithProgram: e.target.checked })} />
              <span>Share with the program</span>
            </label>
          ) : (
            <p className="goals-share-state">{goal.sharedWithProgram ? 'Shared with the program' : 'Private to the two of you'}</p>
          )}
          <p id={`${id}-share`} className="field-hint">
            {goal.sharedWithProgram
              ? 'The program manager sees this goal and its progress only in the program’s periodic reviews.'
              : 'Only the two of you see this goal.'}{' '}
            {goal.mine ? 'Only you can change this.' : `Only ${goal.learner.name} can change this.`}
          </p>
        </div>
      </div>
      {canWrite && goal.mine && (
        <div className="form-actions goals-actions">
          <button type="button" className="button-secondary" onClick={onEdit} disabled={busy}>
            Edit
          </button>
          {deletable(goal) &&
            (confirming ? (
              <button type="button" className="button-danger" onClick={onDelete} disabled={busy}>
                Delete for good
              </button>
            ) : (
              <button type="button" className="button-secondary" onClick={() => setConfirming(true)} disabled={busy}>
                Delete
              </button>
            ))}
        </div>
      )}
    </article>
  );
}
