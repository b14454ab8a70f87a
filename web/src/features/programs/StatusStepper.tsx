import { PROGRAM_STATUSES, type ProgramStatus } from '../../api/programs';
import { PROGRAM_STATUS_HINTS, PROGRAM_STATUS_LABELS } from './labels';

/** draft → enrolling → matching → active → closed, with the current stage marked. */
export function StatusStepper({ status }: { status: ProgramStatus }) {
  const current = PROGRAM_STATUSES.indexOf(status);
  return (
    <>
      <ol className="stepper" aria-label="Program stages">
        {PROGRAM_STATUSES.map((step, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li key={step} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="step-marker" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="step-label">{PROGRAM_STATUS_LABELS[step]}</span>
              {state !== 'todo' && <span className="sr-only">{state === 'done' ? ' (passed)' : ' (current stage)'}</span>}
            </li>
          );
        })}
      </ol>
      <p className="step-hint">{PROGRAM_STATUS_HINTS[status]}</p>
    </>
  );
}
