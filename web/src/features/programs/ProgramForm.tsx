import { useState, type FormEvent } from 'react';
import { ApiError, toApiError } from '../../api/client';
import type { ProgramSettings, Skill } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, SelectField } from '../../components/Field';
import { CheckboxField } from './CheckboxField';
import { fieldError } from './fieldErrors';
import { MODE_LABELS } from './labels';
import { ManagerPicker } from './ManagerPicker';
import { NUMBER_MIN, NUMBER_STEP, toSettings, validateDraft, type NumberField, type ProgramDraft } from './programDraft';
import { RadioGroup } from './RadioGroup';
import { SkillPicker } from './SkillPicker';
import { TextAreaField } from '../../components/TextAreaField';
import type { ManagerOptions } from './useManagerOptions';

interface ProgramFormProps {
  initial: ProgramDraft;
  skills: Skill[] | undefined;
  skillsError: ApiError | undefined;
  departments: readonly string[];
  managers: ManagerOptions;
  submitLabel: string;
  /** Said while the request runs, e.g. "Creating the program…". */
  busyLabel: string;
  /** Sends the settings; a thrown ApiError is shown on the form (field messages under fields). */
  onSubmit(settings: ProgramSettings): Promise<void>;
  onCancel?(): void;
}

const NUMBER_LABELS: Record<NumberField, { label: string; hint: string }> = {
  hoursPerMonth: { label: 'Hours per month', hint: 'The time each participant is expected to give.' },
  cadenceDays: { label: 'Meet every (days)', hint: 'Days between meetings, e.g. 14 for every two weeks.' },
  meetingMinutes: { label: 'Meeting length (minutes)', hint: '' },
  mentorCapacity: { label: 'Mentees per junior mentor', hint: 'How many pairs one mentor may have at once.' },
  minLevelGap: { label: 'Minimum level gap', hint: 'The senior mentee must be at least this many levels above the mentor.' },
  responseDays: { label: 'Days to respond to a match', hint: 'After a round is published, both people have this long to accept or decline.' },
};

/** Every setting of a program: used to create one (from a template or blank) and to edit one. */
export function ProgramForm({ initial, skills, skillsError, departments, managers, submitLabel, busyLabel, onSubmit, onCancel }: ProgramFormProps) {
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const update = (changes: Partial<ProgramDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const problem = (path: string) => fieldError(error, path);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateDraft(draft);
    if (problems.length > 0) {
      setError(new ApiError(400, 'validation_failed', 'Some fields need attention; see the messages under them.', problems));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(toSettings(draft));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  const departmentOptions = draft.department !== '' && !departments.includes(draft.department) ? [draft.department, ...departments] : departments;
  const numberField = (field: NumberField) => (
    <Field
      key={field}
      label={NUMBER_LABELS[field].label}
      hint={NUMBER_LABELS[field].hint || undefined}
      name={field}
      type="number"
      inputMode={NUMBER_STEP(field) === 1 ? 'numeric' : 'decimal'}
      min={NUMBER_MIN(field)}
      step={NUMBER_STEP(field)}
      required
      value={draft[field]}
      onChange={(event) => update({ [field]: event.target.value })}
      error={problem(field)}
    />
  );

  return (
    <form className="form program-form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      <ErrorBanner error={error} title="The program was not saved" />

      <fieldset className="form-section">
        <legend>About the program</legend>
        <Field label="Name" name="name" required value={draft.name} onChange={(event) => update({ name: event.target.value })} error={problem('name')} />
        <TextAreaField
          label="Objectives"
          name="objectives"
          hint="What the organization wants from the program, one per line. Participants see them."
          rows={5}
          value={draft.objectives}
          onChange={(event) => update({ objectives: event.target.value })}
          error={problem('objectives')}
        />
        <RadioGroup
          legend="Mode"
          name="mode"
          cards
          value={draft.mode}
          onChange={(mode) => update({ mode })}
          error={problem('mode')}
          options={[
            { value: 'reverse', label: MODE_LABELS.reverse, hint: 'The junior employee teaches; the senior leader learns.' },
            { value: 'mutual', label: MODE_LABELS.mutual, hint: 'Both teach: digital know-how one way, business and career the other.' },
          ]}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>Who takes part</legend>
        <RadioGroup
          legend="Scope"
          name="scope"
          value={draft.scopeKind}
          onChange={(scopeKind) => update({ scopeKind })}
          error={problem('scope.kind') ?? (draft.scopeKind === 'organization' ? problem('scope') : undefined)}
          options={[
            { value: 'organization', label: 'The whole organization' },
            { value: 'department', label: 'One department (a pilot)' },
          ]}
        />
        {draft.scopeKind === 'department' ? (
          <SelectField
            label="Department"
            name="department"
            value={draft.department}
            onChange={(event) => update({ department: event.target.value })}
            error={problem('scope.department') ?? problem('scope')}
          >
            <option value="">Choose a department</option>
            {departmentOptions.map((department) => (
              <option key={department} value={department}>
                {department}
              </option>
            ))}
          </SelectField>
        ) : (
          <CheckboxField
            label="Pairs must cross departments"
            hint="Each pair has people from two different departments."
            checked={draft.requireCrossDepartment}
            onChange={(requireCrossDepartment) => update({ requireCrossDepartment })}
            error={problem('requireCrossDepartment')}
          />
        )}
        <CheckboxField
          label="People may apply without an invitation"
          hint="Everyone in the scope sees the program and can apply while it is enrolling."
          checked={draft.selfEnrollment}
          onChange={(selfEnrollment) => update({ selfEnrollment })}
          error={problem('selfEnrollment')}
        />
        <CheckboxField
          label="Training is required before matching"
          hint="Only participants who passed their role's training are matched."
          checked={draft.requireTraining}
          onChange={(requireTraining) => update({ requireTraining })}
          error={problem('requireTraining')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>Time commitment</legend>
        <div className="form-grid">
          <Field label="Start date" name="startDate" type="date" required value={draft.startDate} onChange={(event) => update({ startDate: event.target.value })} error={problem('startDate')} />
          <Field label="End date" name="endDate" type="date" required value={draft.endDate} onChange={(event) => update({ endDate: event.target.value })} error={problem('endDate')} />
          {numberField('hoursPerMonth')}
          {numberField('cadenceDays')}
          {numberField('meetingMinutes')}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Matching</legend>
        <div className="form-grid">
          {numberField('mentorCapacity')}
          {numberField('minLevelGap')}
          {numberField('responseDays')}
        </div>
        <CheckboxField
          label="Re-match automatically"
          hint="When someone declines or lets the deadline pass, the free people are matched again at once."
          checked={draft.autoRematch}
          onChange={(autoRematch) => update({ autoRematch })}
          error={problem('autoRematch')}
        />
      </fieldset>

      <SkillPicker skills={skills} loadError={skillsError} value={draft.skillKeys} onChange={(skillKeys) => update({ skillKeys })} error={problem('skillKeys')} disabled={busy} />

      <ManagerPicker
        options={managers.options}
        note={managers.note}
        value={draft.managerUserIds}
        onChange={(managerUserIds) => update({ managerUserIds })}
        error={problem('managerUserIds')}
        disabled={busy}
      />

      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
      <div role="status" className="form-status">
        {busy && <p className="loading">{busyLabel}</p>}
      </div>
    </form>
  );
}
