import type { Program } from '../../api/programs';
import { formatDate, plural } from '../../format';
import { MODE_LABELS, SKILL_CATEGORY_LABELS } from './labels';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The program's settings in words, as participants and managers will read them. */
export function ProgramSettingsSummary({ program }: { program: Program }) {
  const scope =
    program.scope.kind === 'department'
      ? `The ${program.scope.department} department`
      : `The whole organization${program.requireCrossDepartment ? '; pairs cross departments' : ''}`;
  return (
    <dl className="details">
      <div className="details-wide">
        <dt>Objectives</dt>
        <dd className="pre-line">{program.objectives === '' ? <span className="muted">None written yet</span> : program.objectives}</dd>
      </div>
      <div>
        <dt>Mode</dt>
        <dd>{MODE_LABELS[program.mode]}</dd>
      </div>
      <div>
        <dt>Scope</dt>
        <dd>{scope}</dd>
      </div>
      <div>
        <dt>Dates</dt>
        <dd>
          {formatDate(program.startDate)} – {formatDate(program.endDate)}
        </dd>
      </div>
      <div>
        <dt>Time commitment</dt>
        <dd>
          {program.hoursPerMonth} h a month; a {program.meetingMinutes}-minute meeting every {plural(program.cadenceDays, 'day')}
        </dd>
      </div>
      <div>
        <dt>Matching</dt>
        <dd>
          Up to {plural(program.mentorCapacity, 'mentee')} per mentor; level gap at least {program.minLevelGap}; {plural(program.responseDays, 'day')} to respond
        </dd>
      </div>
      <div>
        <dt>Re-match automatically</dt>
        <dd>{yesNo(program.autoRematch)}</dd>
      </div>
      <div>
        <dt>Apply without an invitation</dt>
        <dd>{yesNo(program.selfEnrollment)}</dd>
      </div>
      <div>
        <dt>Training required</dt>
        <dd>{yesNo(program.requireTraining)}</dd>
      </div>
      <div>
        <dt>Managers</dt>
        <dd>{program.managers.map((manager) => manager.name).join(', ') || <span className="muted">None</span>}</dd>
      </div>
      <div className="details-wide">
        <dt>Skills ({program.skills.length})</dt>
        <dd>
          {program.skills.length === 0 ? (
            <span className="muted">None chosen yet; the program cannot open for enrollment without skills.</span>
          ) : (
            <ul className="skill-chips">
              {program.skills.map((skill) => (
                <li key={skill.key} className="chip" title={SKILL_CATEGORY_LABELS[skill.category]}>
                  {skill.label}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
