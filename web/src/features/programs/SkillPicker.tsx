import { useId } from 'react';
import type { ApiError } from '../../api/client';
import { SKILL_CATEGORIES, type Skill } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { plural } from '../../format';
import { SKILL_CATEGORY_LABELS } from './labels';

interface SkillPickerProps {
  skills: Skill[] | undefined;
  loadError: ApiError | undefined;
  value: readonly string[];
  onChange(skillKeys: string[]): void;
  error?: string;
  disabled?: boolean;
}

/** The org's skill catalogue as checkboxes, one group per category, in the catalogue's order. */
export function SkillPicker({ skills, loadError, value, onChange, error, disabled }: SkillPickerProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const chosen = new Set(value);

  function set(keys: readonly string[], on: boolean) {
    const next = new Set(value);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    onChange([...next]);
  }

  return (
    <fieldset className="form-section skill-picker" aria-describedby={error !== undefined ? errorId : undefined} aria-invalid={error !== undefined || undefined}>
      <legend>Skills</legend>
      <p className="field-hint">
        What participants can teach and want to learn in this program. Pair by skills, never by age. {plural(value.length, 'skill')} chosen.
      </p>
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <ErrorBanner error={loadError} title="Could not load the skill catalogue" />
      {skills === undefined && loadError === undefined && <Loading label="Loading the skills…" />}
      {skills !== undefined &&
        SKILL_CATEGORIES.map((category) => {
          const inCategory = skills.filter((skill) => skill.category === category);
          if (inCategory.length === 0) return null;
          const label = SKILL_CATEGORY_LABELS[category];
          const keys = inCategory.map((skill) => skill.key);
          const count = keys.filter((key) => chosen.has(key)).length;
          return (
            <fieldset key={category} className="skill-category">
              <legend>
                {label} <span className="tag">({count} of {keys.length})</span>
              </legend>
              <div className="skill-category-actions">
                <button type="button" className="button-link" disabled={disabled || count === keys.length} onClick={() => set(keys, true)} aria-label={`Choose all ${label} skills`}>
                  All
                </button>
                <button type="button" className="button-link" disabled={disabled || count === 0} onClick={() => set(keys, false)} aria-label={`Clear the ${label} skills`}>
                  None
                </button>
              </div>
              <div className="skill-options">
                {inCategory.map((skill) => (
                  <label key={skill.key} className="checkbox">
                    <input type="checkbox" checked={chosen.has(skill.key)} disabled={disabled} onChange={(event) => set([skill.key], event.target.checked)} />
                    <span>{skill.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
    </fieldset>
  );
}
