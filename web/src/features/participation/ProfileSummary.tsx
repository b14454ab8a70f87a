import type { PersonBrief, Profile, Skill } from '../../api/programs';
import { levelLabel, priorityLabel } from './labels';
import { skillLabel } from './skillGroups';

/** The profile read-only (while it is locked by a match). */
export function ProfileSummary({ profile, skills }: { profile: Profile; skills: readonly Skill[] }) {
  return (
    <dl className="details profile-summary">
      <div className="details-row">
        <dt>Skills I can teach</dt>
        <dd>
          <SkillList
            items={profile.knows.map(
              (item) => `${skillLabel(skills, item.skillKey)} — level ${levelLabel(item.level)}`,
            )}
          />
        </dd>
      </div>
      <div className="details-row">
        <dt>Skills I want to learn</dt>
        <dd>
          <SkillList
            items={profile.wants.map(
              (item) => `${skillLabel(skills, item.skillKey)} — ${priorityLabel(item.priority).toLowerCase()}`,
            )}
          />
        </dd>
      </div>
      <div className="details-row">
        <dt>Time zone</dt>
        <dd>{profile.timeZone ?? <span className="muted">Not set</span>}</dd>
      </div>
      <div className="details-row">
        <dt>Availability</dt>
        <dd className="pre-line">{profile.availability ?? <span className="muted">Not set</span>}</dd>
      </div>
      <div className="details-row">
        <dt>Motivation</dt>
        <dd className="pre-line">{profile.motivation ?? <span className="muted">Not set</span>}</dd>
      </div>
      <div className="details-row">
        <dt>People I would like to be paired with</dt>
        <dd>
          <Names people={profile.prefer} />
        </dd>
      </div>
      <div className="details-row">
        <dt>People I should not be paired with (private)</dt>
        <dd>
          <Names people={profile.avoid} />
        </dd>
      </div>
    </dl>
  );
}

function SkillList({ items }: { items: string[] }) {
  if (items.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Names({ people }: { people: PersonBrief[] }) {
  if (people.length === 0) return <span className="muted">Nobody</span>;
  return <>{people.map((person) => person.name).join(', ')}</>;
}
