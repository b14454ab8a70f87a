import { useState } from 'react';
import { api } from '../../api/client';
import type { Agreement, AgreementSections } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { AgreementForm } from './AgreementForm';
import { AgreementText } from './AgreementText';

const STATE_TEXT: Record<Agreement['state'], string> = {
  none: 'Not written yet. Here is a first draft from your program and the skills that matched you: change anything, then save it.',
  draft: 'A draft: neither of you has signed it yet.',
  partly_signed: 'Signed by one of you; it takes effect when both have signed.',
  signed: 'Signed by both of you.',
};

/** The pair's written agreement: read, drafted and signed by its two members. */
export function AgreementSection({ pairId }: { pairId: string }) {
  const path = `/api/me/pairs/${encodeURIComponent(pairId)}/agreement`;
  const [version, setVersion] = useState(0);
  const agreement = useApi<Agreement>(path, { refreshKey: version });
  const [editing, setEditing] = useState(false);
  const { busy, error, notice, run } = useAction({
    onDone: () => {
      setEditing(false);
      setVersion((v) => v + 1);
    },
  });

  const save = (sections: AgreementSections) => run(() => api(path, { method: 'PUT', body: { sections } }), 'Agreement saved.');
  const a = agreement.data;
  const mySignature = a?.history[0] ? (a.mySide === 'mentor' ? a.history[0].mentorSignedAt : a.history[0].menteeSignedAt) : null;
  return (
    <section className="workspace-section" id="agreement" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Our agreement</h2>
      <p className="lead">Write down how you will work together — cadence, topics, what is off limits, confidentiality — and both sign it. Only the two of you can read it; the program manager sees only whether it is signed.</p>
      <ErrorBanner error={agreement.error} title="Could not load the agreement" />
      {notice !== undefined && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {a === undefined && agreement.error === undefined && <Loading />}
      {a !== undefined && (
        <div className="card" aria-busy={agreement.loading || undefined}>
          <p>
            <strong>{a.version === null ? 'Suggested draft' : `Version ${a.version}`}</strong> — {STATE_TEXT[a.state]}
          </p>
          {editing ? (
            <AgreementForm initial={a.sections} busy={busy} error={error} signed={a.state !== 'none' && a.state !== 'draft'} onSave={save} onCancel={() => setEditing(false)} />
          ) : (
            <>
              <AgreementText sections={a.sections} />
              <ErrorBanner error={error} title="That did not work" />
              <div className="form-actions">
                <button type="button" className="button-secondary" onClick={() => setEditing(true)} disabled={busy}>
                  {a.state === 'none' ? 'Edit the draft' : 'Change the agreement'}
                </button>
                {a.state === 'none' && (
                  <button type="button" onClick={() => void save(a.sections)} disabled={busy}>
                    Save this draft
                  </button>
                )}
                {a.version !== null && mySignature === null && (
                  <button type="button" onClick={() => void run(() => api(`${path}/sign`, { method: 'POST', body: { version: a.version } }), `You signed version ${a.version}.`)} disabled={busy}>
                    Sign version {a.version}
                  </button>
                )}
              </div>
            </>
          )}
        </div>
      )}
      {a !== undefined && a.history.length > 0 && (
        <section className="card" aria-labelledby="agreement-history">
          <h3 id="agreement-history">History</h3>
          <ol className="agreement-history">
            {a.history.map((h) => (
              <li key={h.version}>
                Version {h.version}, written {formatDateTime(h.createdAt)} — junior mentor {h.mentorSignedAt ? `signed ${formatDateTime(h.mentorSignedAt)}` : 'not signed'}, senior mentee{' '}
                {h.menteeSignedAt ? `signed ${formatDateTime(h.menteeSignedAt)}` : 'not signed'}
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
