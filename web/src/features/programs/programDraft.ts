// The program form's state: text for number inputs (so a half-typed value survives a render),
// built from a template, a blank page or a saved program, and turned back into ProgramSettings.
import type { FieldProblem } from '../../api/client';
import type { Program, ProgramMode, ProgramSettings, ProgramTemplate } from '../../api/programs';

export const NUMBER_FIELDS = ['hoursPerMonth', 'cadenceDays', 'meetingMinutes', 'mentorCapacity', 'minLevelGap', 'responseDays'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export interface ProgramDraft extends Record<NumberField, string> {
  name: string;
  objectives: string;
  mode: ProgramMode;
  scopeKind: 'organization' | 'department';
  department: string;
  requireCrossDepartment: boolean;
  startDate: string;
  endDate: string;
  requireTraining: boolean;
  autoRematch: boolean;
  selfEnrollment: boolean;
  skillKeys: string[];
  managerUserIds: string[];
}

/** Smallest allowed value and whether fractions are allowed, per number field. */
const NUMBER_RULES: Record<NumberField, { min: number; whole: boolean }> = {
  hoursPerMonth: { min: 0.5, whole: false },
  cadenceDays: { min: 1, whole: true },
  meetingMinutes: { min: 5, whole: true },
  mentorCapacity: { min: 1, whole: true },
  minLevelGap: { min: 0, whole: true },
  responseDays: { min: 1, whole: true },
};

export function blankDraft(managerUserIds: string[]): ProgramDraft {
  return {
    name: '',
    objectives: '',
    mode: 'reverse',
    scopeKind: 'organization',
    department: '',
    requireCrossDepartment: false,
    startDate: '',
    endDate: '',
    hoursPerMonth: '2',
    cadenceDays: '14',
    meetingMinutes: '45',
    mentorCapacity: '1',
    minLevelGap: '1',
    responseDays: '7',
    // Training before pairing is a principle of the product (PRODUCT.md #7): on unless turned off.
    requireTraining: true,
    autoRematch: false,
    selfEnrollment: false,
    skillKeys: [],
    managerUserIds,
  };
}

/** A template fills what it knows; scope, dates and switches stay as on a blank program. */
export function draftFromTemplate(template: ProgramTemplate, managerUserIds: string[]): ProgramDraft {
  return {
    ...blankDraft(managerUserIds),
    name: template.name,
    objectives: template.objectives,
    mode: template.mode,
    hoursPerMonth: String(template.hoursPerMonth),
    cadenceDays: String(template.cadenceDays),
    meetingMinutes: String(template.meetingMinutes),
    mentorCapacity: String(template.mentorCapacity),
    minLevelGap: String(template.minLevelGap),
    responseDays: String(template.responseDays),
    skillKeys: [...template.skillKeys],
  };
}

export function draftFromProgram(program: Program): ProgramDraft {
  return {
    name: program.name,
    objectives: program.objectives,
    mode: program.mode,
    scopeKind: program.scope.kind,
    department: program.scope.kind === 'department' ? program.scope.department : '',
    requireCrossDepartment: program.requireCrossDepartment,
    startDate: program.startDate.slice(0, 10),
    endDate: program.endDate.slice(0, 10),
    hoursPerMonth: String(program.hoursPerMonth),
    cadenceDays: String(program.cadenceDays),
    meetingMinutes: String(program.meetingMinutes),
    mentorCapacity: String(program.mentorCapacity),
    minLevelGap: String(program.minLevelGap),
    responseDays: String(program.responseDays),
    requireTraining: program.requireTraining,
    autoRematch: program.autoRematch,
    selfEnrollment: program.selfEnrollment,
    // Program carries both skillKeys (from ProgramSettings) and skills; either names the set.
    skillKeys: program.skillKeys ?? program.skills.map((skill) => skill.key),
    managerUserIds: program.managers.map((manager) => manager.id),
  };
}

export function settingsFromProgram(program: Program): ProgramSettings {
  return toSettings(draftFromProgram(program));
}

/** The settings a valid draft stands for (check validateDraft first). */
export function toSettings(draft: ProgramDraft): ProgramSettings {
  const organization = draft.scopeKind === 'organization';
  return {
    name: draft.name.trim(),
    objectives: draft.objectives.trim(),
    mode: draft.mode,
    scope: organization ? { kind: 'organization' } : { kind: 'department', department: draft.department },
    // Crossing departments means nothing inside one department; never send it on there.
    requireCrossDepartment: organization && draft.requireCrossDepartment,
    startDate: draft.startDate,
    endDate: draft.endDate,
    hoursPerMonth: Number(draft.hoursPerMonth),
    cadenceDays: Number(draft.cadenceDays),
    meetingMinutes: Number(draft.meetingMinutes),
    mentorCapacity: Number(draft.mentorCapacity),
    minLevelGap: Number(draft.minLevelGap),
    responseDays: Number(draft.responseDays),
    requireTraining: draft.requireTraining,
    autoRematch: draft.autoRematch,
    selfEnrollment: draft.selfEnrollment,
    skillKeys: [...draft.skillKeys],
    managerUserIds: [...draft.managerUserIds],
  };
}

/**
 * What the browser can check before sending: missing text, dates in order, numbers in range.
 * The paths are the body's, so the form shows these and the server's messages the same way.
 */
export function validateDraft(draft: ProgramDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.name.trim() === '') problems.push({ path: 'name', message: 'Give the program a name.' });
  if (draft.scopeKind === 'department' && draft.department === '') problems.push({ path: 'scope.department', message: 'Choose the department.' });
  if (draft.startDate === '') problems.push({ path: 'startDate', message: 'Choose the start date.' });
  if (draft.endDate === '') problems.push({ path: 'endDate', message: 'Choose the end date.' });
  if (draft.startDate !== '' && draft.endDate !== '' && draft.endDate <= draft.startDate) {
    problems.push({ path: 'endDate', message: 'The end date must be after the start date.' });
  }
  for (const field of NUMBER_FIELDS) {
    const { min, whole } = NUMBER_RULES[field];
    const value = Number(draft[field]);
    const ok = draft[field].trim() !== '' && Number.isFinite(value) && value >= min && (!whole || Number.isInteger(value));
    if (!ok) problems.push({ path: field, message: whole ? `Enter a whole number of ${min} or more.` : `Enter a number of ${min} or more.` });
  }
  if (draft.managerUserIds.length === 0) problems.push({ path: 'managerUserIds', message: 'Choose at least one program manager.' });
  return problems;
}

export const NUMBER_MIN = (field: NumberField) => NUMBER_RULES[field].min;
export const NUMBER_STEP = (field: NumberField) => (NUMBER_RULES[field].whole ? 1 : 0.5);

/** Only what changed, for PATCH: a field the server locks in some status is then never resent. */
export function changedSettings(before: ProgramSettings, after: ProgramSettings): Partial<ProgramSettings> {
  const changes: Partial<ProgramSettings> = {};
  for (const key of Object.keys(after) as Array<keyof ProgramSettings>) {
    if (!sameValue(before[key], after[key])) Object.assign(changes, { [key]: after[key] });
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    // Skills and managers are sets: the order they were ticked in is not a change.
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
