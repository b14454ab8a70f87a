import { z } from 'zod';
import type { ProgramListItem } from '../../app/programs/list-programs.js';
import type { ProgramView } from '../../app/programs/program-view.js';
import type { SkillRow } from '../../app/programs/skill-catalogue.js';
import type { TrainingModuleRow } from '../../app/training/list-training-modules.js';
import { SKILL_CATEGORIES } from '../../core/programs/catalogue.js';
import type { ProgramTemplate } from '../../core/programs/templates.js';
import { PROGRAM_STATUSES } from '../../core/programs/status.js';
import type { ProgramRow } from '../../app/programs/program-access.js';

export const ZSide = z.enum(['mentor', 'mentee']);
export const ZMode = z.enum(['reverse', 'mutual']);
export const ZProgramStatus = z.enum(PROGRAM_STATUSES);
export const ZSkill = z.object({ id: z.string(), key: z.string(), label: z.string(), category: z.enum(SKILL_CATEGORIES) });
export const ZUserBrief = z.object({ id: z.string(), name: z.string(), email: z.string() });
export function presentUserBrief(u: { id: string; name: string; email: string }): z.infer<typeof ZUserBrief> {
  return { id: u.id, name: u.name, email: u.email };
}
export const ZScope = z.discriminatedUnion('kind', [z.object({ kind: z.literal('department'), department: z.string() }), z.object({ kind: z.literal('organization') })]);
export const ZCounts = z.object({ invited: z.number().int(), applied: z.number().int(), approved: z.number().int(), trained: z.number().int(), paired: z.number().int(), activePairs: z.number().int() });

export const ZProgramSummary = z.object({
  id: z.string(),
  name: z.string(),
  mode: ZMode,
  status: ZProgramStatus,
  startDate: z.string(),
  endDate: z.string(),
  managers: z.array(ZUserBrief),
  counts: ZCounts,
});

export const ZProgram = z.object({
  id: z.string(),
  name: z.string(),
  objectives: z.string(),
  mode: ZMode,
  scope: ZScope,
  requireCrossDepartment: z.boolean(),
  startDate: z.string(),
  endDate: z.string(),
  hoursPerMonth: z.number().int(),
  cadenceDays: z.number().int(),
  meetingMinutes: z.number().int(),
  mentorCapacity: z.number().int(),
  minLevelGap: z.number().int(),
  responseDays: z.number().int(),
  requireTraining: z.boolean(),
  autoRematch: z.boolean(),
  selfEnrollment: z.boolean(),
  skillKeys: z.array(z.string()),
  status: ZProgramStatus,
  managers: z.array(ZUserBrief),
  skills: z.array(ZSkill),
  counts: ZCounts,
  allowedTransitions: z.array(ZProgramStatus),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export function presentSkill(s: SkillRow): z.infer<typeof ZSkill> {
  return { id: s.id, key: s.key, label: s.label, category: s.category as z.infer<typeof ZSkill>['category'] };
}

export function presentScope(p: ProgramRow): z.infer<typeof ZScope> {
  return p.scopeKind === 'department' ? { kind: 'department', department: p.scopeDepartment ?? '' } : { kind: 'organization' };
}

export function presentProgramSummary(item: ProgramListItem): z.infer<typeof ZProgramSummary> {
  const p = item.program;
  return { id: p.id, name: p.name, mode: p.mode, status: p.status, startDate: p.startDate, endDate: p.endDate, managers: item.managers.map(presentUserBrief), counts: { ...item.counts } };
}

export function presentProgram(view: ProgramView): z.infer<typeof ZProgram> {
  const p = view.program;
  return {
    id: p.id,
    name: p.name,
    objectives: p.objectives,
    mode: p.mode,
    scope: presentScope(p),
    requireCrossDepartment: p.requireCrossDepartment,
    startDate: p.startDate,
    endDate: p.endDate,
    hoursPerMonth: p.hoursPerMonth,
    cadenceDays: p.cadenceDays,
    meetingMinutes: p.meetingMinutes,
    mentorCapacity: p.mentorCapacity,
    minLevelGap: p.minLevelGap,
    responseDays: p.responseDays,
    requireTraining: p.requireTraining,
    autoRematch: p.autoRematch,
    selfEnrollment: p.selfEnrollment,
    skillKeys: view.skills.map((s) => s.key),
    status: p.status,
    managers: view.managers.map(presentUserBrief),
    skills: view.skills.map(presentSkill),
    counts: view.counts,
    allowedTransitions: view.allowedTransitions,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export const ZProgramTemplate = z.object({
  key: ZMode,
  label: z.string(),
  description: z.string(),
  name: z.string(),
  objectives: z.string(),
  mode: ZMode,
  hoursPerMonth: z.number().int(),
  cadenceDays: z.number().int(),
  meetingMinutes: z.number().int(),
  mentorCapacity: z.number().int(),
  minLevelGap: z.number().int(),
  responseDays: z.number().int(),
  skillKeys: z.array(z.string()),
  training: z.array(z.object({ role: ZSide, title: z.string(), summary: z.string() })),
});

export function presentTemplate(t: ProgramTemplate): z.infer<typeof ZProgramTemplate> {
  return {
    key: t.key,
    label: t.label,
    description: t.description,
    name: t.name,
    objectives: t.objectives,
    mode: t.mode,
    hoursPerMonth: t.hoursPerMonth,
    cadenceDays: t.cadenceDays,
    meetingMinutes: t.meetingMinutes,
    mentorCapacity: t.mentorCapacity,
    minLevelGap: t.minLevelGap,
    responseDays: t.responseDays,
    skillKeys: [...t.skillKeys],
    training: t.training.map((m) => ({ role: m.role, title: m.title, summary: m.summary })),
  };
}

export const ZQuestion = z.object({ prompt: z.string(), options: z.array(z.string()), correct: z.number().int(), explanation: z.string() });
export const ZTrainingModule = z.object({ id: z.string(), role: ZSide, position: z.number().int(), title: z.string(), summary: z.string(), body: z.string(), questions: z.array(ZQuestion) });

export function presentModule(m: TrainingModuleRow): z.infer<typeof ZTrainingModule> {
  return { id: m.id, role: m.role, position: m.position, title: m.title, summary: m.summary, body: m.body, questions: m.questions.map((q) => ({ prompt: q.prompt, options: q.options, correct: q.correct, explanation: q.explanation })) };
}
