import { useState } from 'react';
import { api, toApiError } from '../../api/client';
import { CHECKIN_PHASES, checkinsApi, type CheckinRating, type Checkins, type SaveCheckinsBody } from '../../api/checkins';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { CheckinRateForm } from './CheckinRateForm';
import { CheckinSkill } from './CheckinSkill';

const PHASE_NAMES = { start: 'Start', midway: 'Midway', end: 'End' } as const;

/** Skill check-ins: each member rates their own learning at the start, midway and the end; the partner may observe. */
export function CheckinsSection({ pairId }: { pairId: string }) {
  const path = checkinsApi(pairId);
  const [version, setVersion] = useState(0);
  const checkins = useApi<Checkins>(path, { refreshKey: version });
  const { busy, error, notice, setNotice, run } = useAction({ onDone: () => setVersion((v) => v + 1) });
  const c = checkins.data;

  function save(body: SaveCheckinsBody) {
    setNotice(undefined);
    return run(() => api(path, { method: 'PUT', body }), 'Check-in saved.');
  }

  async function observe(rating: CheckinRating, text: string): Promise<boolean> {
    try {
      await api(`${path}/${encodeURIComponent(rating.id)}/observation`, { method: 'POST', body: { observation: text.trim() } });
    } catch (caught) {
      throw toApiError(caught);
    }
    setNotice(text.trim() === '' ? 'Observation removed.' : 'Observation saved.');
    setVersion((v) => v + 1);
    return true;
  }

  const label = (key: string) => c?.skills.find((s) => s.key === key)?.label ?? key;
  const next = c ? CHECKIN_PHASES.map((p) => c.windows[p]).find((w): w is NonNullable<typeof w> => w !== null && w.from > c.today) : undefined;
  return (
    <section className="workspace-section" id="checkins" aria-labelledby="checkins-heading">
      <h2 id="checkins-heading">Skill check-ins</h2>
      <p className="lead">At the start, midway and at the end, each of you rates your own level (1–5) on the skills you are learning. Your partner can add an observation, which you both see. Nobody outside your pair sees a rating: the program only ever gets averages over five or more people.</p>
      <ErrorBanner error={checkins.error} title="Could not load the check-ins" />
      {notice !== undefined && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {c === undefined && checkins.error === undefined && <Loading />}
      {c !== undefined && (
        <div aria-busy={checkins.loading || undefined}>
          <ul className="checkins-windows">
            {CHECKIN_PHASES.map((p) => {
              const w = c.windows[p];
              return (
                <li key={p} className={c.openPhase === p ? 'checkins-window-open' : undefined}>
                  <strong>{PHASE_NAMES[p]}</strong>: {w === null ? 'not for this pair' : `${formatDate(w.from)} – ${formatDate(w.until)}`}
                  {c.openPhase === p && <span className="badge badge-active">Open now</span>}
                </li>
              );
            })}
          </ul>
          {c.me.learning.length === 0 ? (
            <p className="muted">You have no skills to rate: your profile lists none of this program’s skills as something you want to learn.</p>
          ) : c.canRate && c.openPhase !== null ? (
            <CheckinRateForm
              key={`${c.openPhase}-${version}`}
              phase={c.openPhase}
              skills={c.me.learning.map((k) => ({ key: k, label: label(k) }))}
              saved={c.me.ratings.filter((r) => r.phase === c.openPhase)}
              busy={busy}
              error={error}
              onSave={(body) => void save(body)}
            />
          ) : (
            <p className="muted">{!c.pairActive ? 'This pair has ended: the check-ins stay here to read.' : next !== undefined ? `No check-in is open now. The next opens on ${formatDate(next.from)}.` : 'No check-in is open now.'}</p>
          )}
          {c.me.learning.length > 0 && (
            <section aria-labelledby="checkins-mine">
              <h3 id="checkins-mine">Your learning curve</h3>
              <div className="checkins-curves">
                {c.me.learning.map((k) => (
                  <CheckinSkill key={k} label={label(k)} who="You" observer={c.partner.name || 'Your partner'} ratings={c.me.ratings.filter((r) => r.skillKey === k)} />
                ))}
              </div>
            </section>
          )}
          {c.partner.learning.length > 0 && (
            <section aria-labelledby="checkins-partner">
              <h3 id="checkins-partner">{c.partner.name}’s learning curve</h3>
              <p className="muted">You can add an observation to each of {c.partner.name}’s ratings; they see it.</p>
              <div className="checkins-curves">
                {c.partner.learning.map((k) => (
                  <CheckinSkill key={k} label={label(k)} who={c.partner.name} observer="You" ratings={c.partner.ratings.filter((r) => r.skillKey === k)} onObserve={c.pairActive ? observe : undefined} />
                ))}
              </div>
            </section>
          )}
        </div>
      )}
    </section>
  );
}
