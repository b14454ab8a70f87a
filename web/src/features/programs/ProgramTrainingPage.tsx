import { useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { Program, Side, TrainingModule, TrainingModuleBody } from '../../api/programs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { ConfirmDialog } from './ConfirmDialog';
import { SIDE_PLURAL_LABELS } from './labels';
import { programApi } from './paths';
import { ProgramFrame } from './ProgramFrame';
import { TrainingModuleEditor } from './TrainingModuleEditor';

type Editing = { kind: 'edit'; moduleId: string } | { kind: 'new'; role: Side } | null;

const SIDES: readonly Side[] = ['mentor', 'mentee'];
const SIDE_HINTS: Record<Side, string> = {
  mentor: 'How to teach a senior colleague as a peer: let them drive, listen more than you talk, keep it work-appropriate.',
  mentee: 'How to learn from a junior colleague: be open, keep confidences, never let the status gap or favours creep in.',
};

const blankModule = (role: Side): TrainingModuleBody => ({ role, title: '', summary: '', body: '', questions: [] });

/** /programs/:programId/training: each role's modules, edited in place, added and deleted. */
export function ProgramTrainingPage({ programId }: { programId: string }) {
  const program = useApi<Program>(programApi(programId));
  const [version, setVersion] = useState(0);
  const modules = useApi<TrainingModule[]>(`${programApi(programId)}/training`, { refreshKey: version });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<TrainingModule | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const trainingPath = `${programApi(programId)}/training`;

  async function save(body: TrainingModuleBody, moduleId: string | null) {
    if (moduleId === null) await api<TrainingModule>(trainingPath, { method: 'POST', body });
    else await api<TrainingModule>(`${trainingPath}/${encodeURIComponent(moduleId)}`, { method: 'PUT', body });
    setEditing(null);
    setNotice(`Saved “${body.title}”.`);
    setVersion((value) => value + 1);
  }

  async function remove(module: TrainingModule) {
    setDeleteBusy(true);
    setDeleteError(undefined);
    try {
      await api<void>(`${trainingPath}/${encodeURIComponent(module.id)}`, { method: 'DELETE' });
      setDeleting(null);
      setNotice(`Deleted “${module.title}”.`);
      setVersion((value) => value + 1);
    } catch (caught) {
      setDeleteError(toApiError(caught));
    } finally {
      setDeleteBusy(false);
    }
  }

  return (
    <ProgramFrame programId={programId} program={program} section="training">
      {(current) => (
        <>
          <p className="lead">
            Both roles train before they are matched{current.requireTraining ? '; in this program only people who passed their training are matched' : ''}. Each module
            ends with a short check.
          </p>
          <p role="status" className="inline-status">
            {notice}
          </p>
          <ErrorBanner error={modules.error} title="Could not load the training" />
          {modules.loading && modules.data === undefined && <Loading />}
          {modules.data !== undefined &&
            SIDES.map((side) => {
              const list = (modules.data ?? []).filter((module) => module.role === side).sort((a, b) => a.position - b.position);
              return (
                <section key={side} className="card" aria-labelledby={`training-${side}`} aria-busy={modules.loading || undefined}>
                  <h2 id={`training-${side}`}>
                    {SIDE_PLURAL_LABELS[side]} <span className="tag">({plural(list.length, 'module')})</span>
                  </h2>
                  <p className="muted">{SIDE_HINTS[side]}</p>
                  {list.length === 0 && <EmptyState title={`No modules for ${SIDE_PLURAL_LABELS[side].toLowerCase()} yet.`} />}
                  <ol className="module-admin-list">
                    {list.map((module) => (
                      <li key={module.id} className="module-admin-item">
                        {editing?.kind === 'edit' && editing.moduleId === module.id ? (
                          <>
                            <h3>Edit “{module.title}”</h3>
                            <TrainingModuleEditor
                              initial={{ role: module.role, title: module.title, summary: module.summary, body: module.body, questions: module.questions }}
                              submitLabel="Save module"
                              onSave={(body) => save(body, module.id)}
                              onCancel={() => setEditing(null)}
                            />
                          </>
                        ) : (
                          <div className="module-admin-summary">
                            <div>
                              <h3>{module.title}</h3>
                              <p>{module.summary}</p>
                              <p className="muted">{plural(module.questions.length, 'question')}</p>
                            </div>
                            <div className="toolbar">
                              <button
                                type="button"
                                className="button-small button-secondary"
                                disabled={editing !== null}
                                onClick={() => {
                                  setNotice('');
                                  setEditing({ kind: 'edit', moduleId: module.id });
                                }}
                                aria-label={`Edit “${module.title}”`}
                              >
                                Edit
                              </button>
                              <button
                                type="button"
                                className="button-small button-danger"
                                disabled={editing !== null}
                                onClick={() => {
                                  setNotice('');
                                  setDeleteError(undefined);
                                  setDeleting(module);
                                }}
                                aria-label={`Delete “${module.title}”`}
                              >
                                Delete
                              </button>
                            </div>
                          </div>
                        )}
                      </li>
                    ))}
                  </ol>
                  {editing?.kind === 'new' && editing.role === side ? (
                    <div className="module-admin-item">
                      <h3>New module for {SIDE_PLURAL_LABELS[side].toLowerCase()}</h3>
                      <TrainingModuleEditor initial={blankModule(side)} submitLabel="Add module" onSave={(body) => save(body, null)} onCancel={() => setEditing(null)} />
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={editing !== null}
                      onClick={() => {
                        setNotice('');
                        setEditing({ kind: 'new', role: side });
                      }}
                    >
                      Add a module for {SIDE_PLURAL_LABELS[side].toLowerCase()}
                    </button>
                  )}
                </section>
              );
            })}
          {deleting !== null && (
            <ConfirmDialog
              title={`Delete “${deleting.title}”?`}
              confirmLabel="Delete module"
              danger
              busy={deleteBusy}
              error={deleteError}
              errorTitle="The module was not deleted"
              onConfirm={() => remove(deleting)}
              onCancel={() => setDeleting(null)}
              message={
                <p>
                  The module and its {plural(deleting.questions.length, 'question')} are removed from this program’s training for{' '}
                  {SIDE_PLURAL_LABELS[deleting.role].toLowerCase()}.
                </p>
              }
            />
          )}
        </>
      )}
    </ProgramFrame>
  );
}
