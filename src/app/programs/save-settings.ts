// Validation and storage of a program's settings, shared by create and update.
import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import { settingsProblems, type ProgramSettings } from '../../core/programs/settings.js';
import type { Tx } from '../../db/client.js';
import { people, programManagers, programs, programSkills, skills, userRoles, users } from '../../db/schema.js';
import { catalogue } from './skill-catalogue.js';

export type { ProgramSettings };

export async function checkSettings(tx: Tx, orgId: string, settings: ProgramSettings): Promise<Map<string, string>> {
  const skillRows = await catalogue(tx, orgId);
  const departments = await tx.selectDistinct({ d: people.department }).from(people).where(eq(people.orgId, orgId));
  const candidates = await tx
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.orgId, orgId), eq(users.status, 'active'), inArray(userRoles.role, ['program_manager', 'org_admin'])));
  const problems = settingsProblems(settings, {
    departments: new Set(departments.map((d) => d.d)),
    skillKeys: new Set(skillRows.map((s) => s.key)),
    managerCandidates: new Set(candidates.map((c) => c.id)),
  });
  if (problems.length) throw new AppError('validation_failed', problems[0]?.message ? `${problems[0].path}: ${problems[0].message}` : 'Invalid settings.', { fields: problems });
  return new Map(skillRows.map((s) => [s.key, s.id]));
}

export function settingsColumns(s: ProgramSettings) {
  return {
    name: s.name.trim(),
    objectives: s.objectives.trim(),
    mode: s.mode,
    scopeKind: s.scope.kind,
    scopeDepartment: s.scope.kind === 'department' ? s.scope.department : null,
    requireCrossDepartment: s.requireCrossDepartment,
    startDate: s.startDate,
    endDate: s.endDate,
    hoursPerMonth: s.hoursPerMonth,
    cadenceDays: s.cadenceDays,
    meetingMinutes: s.meetingMinutes,
    mentorCapacity: s.mentorCapacity,
    minLevelGap: s.minLevelGap,
    responseDays: s.responseDays,
    requireTraining: s.requireTraining,
    autoRematch: s.autoRematch,
    selfEnrollment: s.selfEnrollment,
  };
}

export async function replaceSkillsAndManagers(tx: Tx, orgId: string, programId: string, skillIds: string[], managerUserIds: string[]): Promise<void> {
  await tx.delete(programSkills).where(eq(programSkills.programId, programId));
  if (skillIds.length) await tx.insert(programSkills).values(skillIds.map((skillId) => ({ orgId, programId, skillId })));
  await tx.delete(programManagers).where(eq(programManagers.programId, programId));
  await tx.insert(programManagers).values([...new Set(managerUserIds)].map((userId) => ({ orgId, programId, userId })));
}

/** The stored settings in API form (for PATCH: merge, then validate the whole). */
export async function currentSettings(tx: Tx, program: typeof programs.$inferSelect): Promise<ProgramSettings> {
  const skillKeys = await tx
    .select({ key: skills.key })
    .from(programSkills)
    .innerJoin(skills, eq(skills.id, programSkills.skillId))
    .where(eq(programSkills.programId, program.id));
  const managers = await tx.select({ id: programManagers.userId }).from(programManagers).where(eq(programManagers.programId, program.id));
  return {
    name: program.name,
    objectives: program.objectives,
    mode: program.mode,
    scope: program.scopeKind === 'department' ? { kind: 'department', department: program.scopeDepartment ?? '' } : { kind: 'organization' },
    requireCrossDepartment: program.requireCrossDepartment,
    startDate: program.startDate,
    endDate: program.endDate,
    hoursPerMonth: program.hoursPerMonth,
    cadenceDays: program.cadenceDays,
    meetingMinutes: program.meetingMinutes,
    mentorCapacity: program.mentorCapacity,
    minLevelGap: program.minLevelGap,
    responseDays: program.responseDays,
    requireTraining: program.requireTraining,
    autoRematch: program.autoRematch,
    selfEnrollment: program.selfEnrollment,
    skillKeys: skillKeys.map((r) => r.key),
    managerUserIds: managers.map((m) => m.id),
  };
}
