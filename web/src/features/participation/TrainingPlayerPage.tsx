import { useState } from 'react';
import type { MyPrograms, TrainingModuleForMe } from '../../api/programs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation } from '../../router';
import '../../styles/participation.css';
import { TrainingModuleView } from './TrainingModuleView';

/**
 * /my/programs/:programId/training — the modules for my side, with progress. The open module is
 * in the URL (?module=…) so the phone's back button returns to the list.
 */
export function TrainingPlayerPage({ programId }: { programId: string }) {
  const { pathname, search } = useLocation();
  const modules = useApi<TrainingModuleForMe[]>(`/api/me/training/${encodeURIComponent(programId)}`);
  // Only for the program's name in the heading; the page works without it.
  const programs = useApi<MyPrograms>('/api/me/programs');
  const [passed, setPassed] = useState<ReadonlySet<string>>(new Set());
  const programName = programs.data?.enrollments.find((enrollment) => enrollment.program.id === programId)?.program
    .name;

  const list = modules.data ?? [];
  const isDone = (module: TrainingModuleForMe) => module.completed || passed.has(module.id);
  const doneCount = list.filter(isDone).length;
  const openId = new URLSearchParams(search).get('module');
  const openIndex = list.findIndex((module) => module.id === openId);
  const open = openIndex === -1 ? undefined : list[openIndex];

  function openModule(moduleId: string | null) {
    navigate(moduleId === null ? pathname : `${pathname}?module=${encodeURIComponent(moduleId)}`);
  }

  return (
    <section className="page" aria-busy={modules.loading || undefined}>
      <p className="breadcrumb">
        <Link href="/my/programs">
          <span aria-hidden="true">← </span>My programs
        </Link>
      </p>
      <PageHeading title={programName ? `Training: ${programName}` : 'Training'} />
      <p className="lead">
        Both sides train before they are matched: how to run the relationship well, and what to avoid.
      </p>
      {modules.loading && modules.data === undefined && <Loading />}
      <ErrorBanner error={modules.error} title="Could not load your training" />
      {modules.data && list.length === 0 && (
        <EmptyState title="There is no training for your side of this program.">
          <p>
            <Link href="/my/programs">Back to my programs</Link>
          </p>
        </EmptyState>
      )}
      {list.length > 0 && (
        <div className="training-progress">
          <p id="training-progress-label" className="training-progress-text">
            {doneCount} of {list.length} complete
          </p>
          <progress value={doneCount} max={list.length} aria-labelledby="training-progress-label" />
        </div>
      )}
      {open !== undefined && (
        <TrainingModuleView
          module={open}
          completed={isDone(open)}
          position={openIndex + 1}
          total={list.length}
          next={list[openIndex + 1]}
          onPassed={(moduleId) => setPassed((previous) => new Set(previous).add(moduleId))}
          onOpen={openModule}
        />
      )}
      {open === undefined && list.length > 0 && (
        <ol className="module-list">
          {list.map((module, index) => {
            const done = isDone(module);
            return (
              <li key={module.id} className={done ? 'module-item module-item-done' : 'module-item'}>
                <span className="module-tick" aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                <div className="module-text">
                  <h2 className="module-title">{module.title}</h2>
                  <p className="muted">{module.summary}</p>
                  <p className="sr-only">{done ? 'Completed.' : 'Not completed yet.'}</p>
                </div>
                <button
                  type="button"
                  className={done ? 'button-secondary button-small' : 'button-small'}
                  onClick={() => openModule(module.id)}
                  aria-label={`${done ? 'Review' : 'Start'} ${module.title}`}
                >
                  {done ? 'Review' : 'Start'}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {list.length > 0 && doneCount === list.length && open === undefined && (
        <p className="banner banner-success">All the training for this program is complete.</p>
      )}
    </section>
  );
}
