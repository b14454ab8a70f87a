import { useState, type FormEvent } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { Profile, Skill } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../format';
import { fieldError } from './fieldError';
import { PeoplePicker } from './PeoplePicker';
import { bodyFromDraft, draftFromProfile, type ProfileDraft } from './profileDraft';
import { SkillChoices } from './SkillChoices';
import { TextAreaField } from '../../components/TextAreaField';
import { TimeZoneField } from './TimeZoneField';

interface ProfileFormProps {
  profile: Profile;
  skills: readonly Skill[];
}

/** The editable profile → PUT /api/me/profile; server field messages appear at their fields. */
export function ProfileForm({ profile, skills }: ProfileFormProps) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(profile));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const [savedAt, setSavedAt] = useState(profile.updatedAt);

  function update(changes: Partial<ProfileDraft>) {
    setDraft((previous) => ({ ...previous, ...changes }));
    setSaved(false);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const updated = await api<Profile>('/api/me/profile', { method: 'PUT', body: bodyFromDraft(draft) });
      // Show what the server kept (it may tidy text or drop unknown people).
      if (updated !== undefined) {
        setDraft(draftFromProfile(updated));
        setSavedAt(updated.updatedAt);
      }
      setSaved(true);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  const knowsError = fieldError(error, 'knows');
  const wantsError = fieldError(error, 'wants');
  return (
    <form className="form profile-form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      {savedAt !== null && <p className="muted">Last saved {formatDateTime(savedAt)}.</p>}
      <ErrorBanner error={error} title="Your profile was not saved" />
      <section className="card" aria-labelledby="teach-heading">
        <h2 id="teach-heading">Skills I can teach</h2>
        <p className="field-hint">
          What you could show a colleague, and how well you know it. Knowing a skill is about experience, not age.
        </p>
        {knowsError !== undefined && <p className="field-error">{knowsError}</p>}
        <SkillChoices
          kind="teach"
          skills={skills}
          value={draft.knows}
          onChange={(knows) => update({ knows })}
          disabled={busy}
        />
      </section>
      <section className="card" aria-labelledby="learn-heading">
        <h2 id="learn-heading">Skills I want to learn</h2>
        <p className="field-hint">“Most wanted” counts most when you are matched.</p>
        {wantsError !== undefined && <p className="field-error">{wantsError}</p>}
        <SkillChoices
          kind="learn"
          skills={skills}
          value={draft.wants}
          onChange={(wants) => update({ wants })}
          disabled={busy}
        />
      </section>
      <section className="card form" aria-labelledby="practical-heading">
        <h2 id="practical-heading">Practicalities</h2>
        <TimeZoneField
          value={draft.timeZone}
          onChange={(timeZone) => update({ timeZone })}
          error={fieldError(error, 'timeZone')}
          disabled={busy}
        />
        <TextAreaField
          label="Availability"
          name="availability"
          maxLength={500}
          hint="When you can usually meet, e.g. “Tuesday or Thursday mornings, not Fridays”."
          value={draft.availability}
          onChange={(event) => update({ availability: event.target.value })}
          error={fieldError(error, 'availability')}
          disabled={busy}
        />
        <TextAreaField
          label="Motivation"
          name="motivation"
          maxLength={2000}
          hint="What you hope to get from mentoring, in a few words."
          value={draft.motivation}
          onChange={(event) => update({ motivation: event.target.value })}
          error={fieldError(error, 'motivation')}
          disabled={busy}
        />
      </section>
      <section className="card form" aria-labelledby="people-heading">
        <h2 id="people-heading">People</h2>
        <PeoplePicker
          title="People I would like to be paired with"
          hint="Matching gives these pairings extra weight. Your own reporting line is never paired with you."
          chosen={draft.prefer}
          excludeIds={draft.avoid.map((person) => person.id)}
          onChange={(prefer) => update({ prefer })}
          error={fieldError(error, 'preferPersonIds')}
          disabled={busy}
        />
        <PeoplePicker
          title="People I should not be paired with"
          hint={
            <>
              <strong>Private.</strong> This list is never shown to anyone — not the people on it, not your manager, not
              the program manager. Matching only uses it to never pair you with them. You do not need to give a reason.
            </>
          }
          chosen={draft.avoid}
          excludeIds={draft.prefer.map((person) => person.id)}
          onChange={(avoid) => update({ avoid })}
          error={fieldError(error, 'avoidPersonIds')}
          disabled={busy}
        />
      </section>
      <div className="form-actions sticky-actions">
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          Save profile
        </button>
        <span role="status" className="inline-status">
          {saved ? 'Saved' : ''}
        </span>
      </div>
    </form>
  );
}
