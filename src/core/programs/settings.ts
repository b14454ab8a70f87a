// Cross-field rules of a program's settings (field ranges are in the API schema). Pure.
import type { FieldError } from '../errors.js';

export interface ProgramSettings {
  name: string;
  objectives: string;
  mode: 'reverse' | 'mutual';
  scope: { kind: 'department'; department: string } | { kind: 'organization' };
  requireCrossDepartment: boolean;
  startDate: string;
  endDate: string;
  hoursPerMonth: number;
  cadenceDays: number;
  meetingMinutes: number;
  mentorCapacity: number;
  minLevelGap: number;
  responseDays: number;
  requireTraining: boolean;
  autoRematch: boolean;
  selfEnrollment: boolean;
  skillKeys: string[];
  managerUserIds: string[];
}

export interface SettingsContext {
  departments: ReadonlySet<string>;
  skillKeys: ReadonlySet<string>;
  /** Users who may run programs (program managers and org admins). */
  managerCandidates: ReadonlySet<string>;
}

export function settingsProblems(s: ProgramSettings, ctx: SettingsContext): FieldError[] {
  const out: FieldError[] = [];
  if (s.name.trim() === '') out.push({ path: 'name', message: 'must not be empty' });
  if (s.endDate <= s.startDate) out.push({ path: 'endDate', message: 'must be after the start date' });
  if (s.scope.kind === 'department' && !ctx.departments.has(s.scope.department)) {
    out.push({ path: 'scope.department', message: `no department "${s.scope.department}" in the directory` });
  }
  if (s.scope.kind === 'department' && s.requireCrossDepartment) {
    out.push({ path: 'requireCrossDepartment', message: 'a one-department pilot cannot require pairs across departments' });
  }
  const unknownSkills = s.skillKeys.filter((k) => !ctx.skillKeys.has(k));
  if (unknownSkills.length) out.push({ path: 'skillKeys', message: `not in the catalogue: ${unknownSkills.slice(0, 5).join(', ')}` });
  if (s.managerUserIds.length === 0) out.push({ path: 'managerUserIds', message: 'choose at least one person to run the program' });
  const notManagers = s.managerUserIds.filter((id) => !ctx.managerCandidates.has(id));
  if (notManagers.length) out.push({ path: 'managerUserIds', message: 'each must be a program manager or org admin of this organization' });
  // One meeting per cadence must fit in the promised hours: a cadence that asks more is a typo.
  const monthlyHours = (30 / s.cadenceDays) * (s.meetingMinutes / 60);
  if (monthlyHours > s.hoursPerMonth * 2 + 1) {
    out.push({ path: 'hoursPerMonth', message: `meetings every ${s.cadenceDays} days of ${s.meetingMinutes} minutes take about ${monthlyHours.toFixed(1)} hours a month` });
  }
  return out;
}

/** Settings that decide who can be paired: fixed once matching has begun, so existing pairs stay valid. */
const MATCHING_SETTINGS = ['mode', 'scope', 'minLevelGap'] as const;

/** The matching settings a change would alter although the program no longer allows it. */
export function fixedSettingChanges(editable: 'all' | 'most' | 'none', before: ProgramSettings, after: ProgramSettings): string[] {
  if (editable === 'all') return [];
  return MATCHING_SETTINGS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
