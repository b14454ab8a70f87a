import { useId, useState } from 'react';
import type { Skill } from '../../api/programs';
import { CATEGORY_LABELS, LEVEL_LABELS, PRIORITY_LABELS } from './labels';
import { groupSkills } from './skillGroups';

interface SkillChoicesProps {
  kind: 'teach' | 'learn';
  skills: readonly Skill[];
  /** skillKey → level (teach) or priority (learn). */
  value: Record<string, number>;
  onChange(value: Record<string, number>): void;
  disabled?: boolean;
}

const SCALES = {
  teach: { name: 'Level', labels: LEVEL_LABELS, initial: 3 },
  learn: { name: 'Priority', labels: PRIORITY_LABELS, initial: 2 },
} as const;

/**
 * The skill catalogue as checkboxes, one collapsible group per category; a picked skill gets a
 * level (1–5) or a priority (1–3). Groups with picks start open, so nothing chosen is hidden.
 */
export function SkillChoices({ kind, skills, value, onChange, disabled = false }: SkillChoicesProps) {
  const id = useId();
  const scale = SCALES[kind];
  const groups = groupSkills(skills);
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () =>
      new Set(
        groups
          .filter((group) => group.skills.some((skill) => value[skill.key] !== undefined))
          .map((group) => group.category),
      ),
  );
  // Picks the catalogue no longer holds stay visible, so they can be removed.
  const orphans = Object.keys(value).filter((key) => !skills.some((skill) => skill.key === key));

  function toggle(key: string, checked: boolean) {
    const next = { ...value };
    if (checked) next[key] = scale.initial;
    else delete next[key];
    onChange(next);
  }

  function row(key: string, label: string) {
    const checked = value[key] !== undefined;
    const inputId = `${id}-${key}`;
    return (
      <li key={key} className="skill-row">
        <label className="checkbox" htmlFor={inputId}>
          <input
            id={inputId}
            type="checkbox"
            checked={checked}
            disabled={disabled}
            onChange={(event) => toggle(key, event.target.checked)}
          />
          <span>{label}</span>
        </label>
        {checked && (
          <span className="skill-scale">
            <label htmlFor={`${inputId}-scale`}>
              {scale.name}
              <span className="sr-only"> for {label}</span>
            </label>
            <select
              id={`${inputId}-scale`}
              value={value[key]}
              disabled={disabled}
              onChange={(event) => onChange({ ...value, [key]: Number(event.target.value) })}
            >
              {Object.entries(scale.labels).map(([number, text]) => (
                <option key={number} value={number}>
                  {text}
                </option>
              ))}
            </select>
          </span>
        )}
      </li>
    );
  }

  return (
    <div className="skill-groups">
      {groups.map((group) => {
        const picked = group.skills.filter((skill) => value[skill.key] !== undefined).length;
        const label = CATEGORY_LABELS[group.category];
        return (
          <details
            key={group.category}
            className="skill-group"
            open={open.has(group.category)}
            onToggle={(event) => {
              const isOpen = event.currentTarget.open;
              setOpen((previous) => {
                if (previous.has(group.category) === isOpen) return previous;
                const next = new Set(previous);
                if (isOpen) next.add(group.category);
                else next.delete(group.category);
                return next;
              });
            }}
          >
            <summary>
              {label}
              {picked > 0 && <span className="skill-count"> · {picked} chosen</span>}
            </summary>
            <fieldset>
              <legend className="sr-only">
                {label}: skills {kind === 'teach' ? 'I can teach' : 'I want to learn'}
              </legend>
              <ul className="skill-list">{group.skills.map((skill) => row(skill.key, skill.label))}</ul>
            </fieldset>
          </details>
        );
      })}
      {orphans.length > 0 && (
        <fieldset className="skill-group skill-group-orphans">
          <legend>No longer in the catalogue</legend>
          <ul className="skill-list">{orphans.map((key) => row(key, key))}</ul>
        </fieldset>
      )}
    </div>
  );
}
