import { useState } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { Program, ProgramStatus } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ConfirmDialog } from './ConfirmDialog';
import { PROGRAM_STATUS_LABELS, transitionLabel } from './labels';
import { programApi } from './paths';

interface StatusActionsProps {
  program: Program;
  onChanged(): void;
}

/**
 * One button per move the server allows now (allowedTransitions); nothing else is offered, so a
 * refused move is the server's word, not a guess. Closing is final and asks first.
 */
export function StatusActions({ program, onChanged }: StatusActionsProps) {
  const [busy, setBusy] = useState<ProgramStatus | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');

  async function move(to: ProgramStatus) {
    setBusy(to);
    setError(undefined);
    setNotice('');
    try {
      await api<Program>(`${programApi(program.id)}/status`, { method: 'POST', body: { to } });
      setConfirming(false);
      setNotice(`The program is now ${PROGRAM_STATUS_LABELS[to].toLowerCase()}.`);
      onChanged();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(null);
    }
  }

  const moves = program.allowedTransitions;
  return (
    <div className="status-actions">
      {moves.length === 0 ? (
        <p className="muted">{program.status === 'closed' ? 'The program is closed.' : 'No change of stage is possible right now.'}</p>
      ) : (
        <div className="toolbar">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'closed' ? 'button-danger' : undefined}
              disabled={busy !== null}
              aria-busy={busy === to || undefined}
              onClick={() => (to === 'closed' ? setConfirming(true) : move(to))}
            >
              {transitionLabel(program.status, to)}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="inline-status">
        {busy !== null && !confirming ? 'Changing the stage…' : notice}
      </p>
      {!confirming && <ErrorBanner error={error} title="The stage did not change" />}
      {confirming && (
        <ConfirmDialog
          title={`Close “${program.name}”?`}
          confirmLabel="Close the program"
          danger
          busy={busy === 'closed'}
          error={error}
          errorTitle="The program was not closed"
          onConfirm={() => move('closed')}
          onCancel={() => {
            setConfirming(false);
            setError(undefined);
          }}
          message={<p>Closing is final. No one can enroll, no matching round can run, and the program cannot be reopened.</p>}
        />
      )}
    </div>
  );
}
