import { useId, useState } from 'react';
import { api } from '../../api/client';
import { programSponsorsApi, sponsorCandidatesApi, type SponsorsBody, type SponsorUser } from '../../api/outcomes';
import { EmailText } from '../../components/EmailText';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import '../../styles/outcomes.css';

/**
 * The program's sponsors: users with the sponsor role who may read its dashboards and reviews
 * (read-only, never individual signals). Loaded and saved on their own, apart from the settings.
 */
export function SponsorPicker({ programId }: { programId: string }) {
  const headingId = useId();
  const current = useApi<SponsorUser[]>(programSponsorsApi(programId));
  const candidates = useApi<SponsorUser[]>(sponsorCandidatesApi(programId));
  const [saved, setSaved] = useState<SponsorUser[] | null>(null);
  const [draft, setDraft] = useState<string[] | null>(null);
  const action = useAction();

  const sponsors = saved ?? current.data;
  const chosen = draft ?? sponsors?.map((user) => user.id) ?? [];
  // A sponsor who lost the role is still listed, so they can be taken off.
  const options = [...(candidates.data ?? [])];
  for (const user of sponsors ?? []) if (!options.some((option) => option.id === user.id)) options.push(user);
  options.sort((a, b) => a.name.localeCompare(b.name));
  const loadError = current.error ?? candidates.error;
  const changed =
    sponsors !== undefined &&
    [...chosen].sort().join() !==
      sponsors
        .map((user) => user.id)
        .sort()
        .join();

  function toggle(userId: string, on: boolean) {
    action.setNotice(undefined);
    setDraft(on ? [...chosen.filter((item) => item !== userId), userId] : chosen.filter((item) => item !== userId));
  }

  async function save() {
    const body: SponsorsBody = { userIds: chosen };
    await action.run(async () => {
      const next = await api<SponsorUser[]>(programSponsorsApi(programId), { method: 'PUT', body });
      setSaved(next);
      setDraft(null);
    }, 'Sponsors saved.');
  }

  return (
    <section className="card sponsor-picker" aria-labelledby={headingId} data-testid="sponsor-picker">
      <h2 id={headingId}>Sponsors</h2>
      <p className="field-hint">
        Sponsors see this program’s outcomes dashboard and reviews, read-only: figures for groups of at least 5 people,
        never a person’s answers or leadership signals.
      </p>
      {(current.loading || candidates.loading) && sponsors === undefined && <Loading />}
      {/* A load failure is not urgent: said in the card, not as an alert. */}
      {loadError !== undefined && <p className="muted">The sponsors could not be loaded: {loadError.message}</p>}
      {sponsors !== undefined && candidates.data !== undefined && (
        <form
          aria-labelledby={headingId}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {options.length === 0 ? (
            <p className="muted">No user has the sponsor role yet. An org admin gives it on the Users page.</p>
          ) : (
            <fieldset className="form-section">
              <legend className="sr-only">Who sponsors this program</legend>
              <div className="manager-options">
                {options.map((user) => (
                  <label key={user.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={chosen.includes(user.id)}
                      disabled={action.busy}
                      onChange={(event) => toggle(user.id, event.target.checked)}
                    />
                    <span>
                      {user.name}{' '}
                      <span className="muted">
                        (<EmailText email={user.email} />)
                      </span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <ErrorBanner error={action.error} title="Could not save the sponsors" />
          <div className="form-actions">
            {options.length > 0 && (
              <button type="submit" disabled={action.busy || !changed}>
                {action.busy ? 'Saving…' : 'Save sponsors'}
              </button>
            )}
            <p role="status" className="inline-status">
              {action.notice ?? ''}
            </p>
          </div>
        </form>
      )}
    </section>
  );
}
