import { useEffect, useRef } from 'react';
import type { TrainingModuleForMe } from '../../api/programs';
import { ModuleBody } from './ModuleBody';
import { QuizForm } from './QuizForm';

interface TrainingModuleViewProps {
  module: TrainingModuleForMe;
  completed: boolean;
  position: number;
  total: number;
  next: TrainingModuleForMe | undefined;
  onPassed(moduleId: string): void;
  onOpen(moduleId: string | null): void;
}

/** One module: its text, then its check. Takes focus when opened, like a page would. */
export function TrainingModuleView({
  module,
  completed,
  position,
  total,
  next,
  onPassed,
  onOpen,
}: TrainingModuleViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [module.id]);

  return (
    <article className="card training-module" aria-labelledby="module-heading">
      <p className="muted">
        Module {position} of {total}
        {completed && (
          <>
            {' '}
            · <span className="tick">Completed</span>
          </>
        )}
      </p>
      <h2 id="module-heading" ref={headingRef} tabIndex={-1} className="focus-heading">
        {module.title}
      </h2>
      {module.summary !== '' && <p className="lead">{module.summary}</p>}
      <ModuleBody body={module.body} />
      {completed && <p className="muted">You have completed this module. You may take the check again.</p>}
      {/* The key starts a fresh check for each module. */}
      <QuizForm key={module.id} module={module} onPassed={() => onPassed(module.id)} />
      <div className="card-actions">
        {next !== undefined && (
          <button type="button" className={completed ? undefined : 'button-secondary'} onClick={() => onOpen(next.id)}>
            Next module: {next.title}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={() => onOpen(null)}>
          All modules
        </button>
      </div>
    </article>
  );
}
