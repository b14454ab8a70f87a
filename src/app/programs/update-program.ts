import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { fixedSettingChanges } from '../../core/programs/settings.js';
import { editableSettings } from '../../core/programs/status.js';
import { programs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { programForManager } from './program-access.js';
import { programView, type ProgramView } from './program-view.js';
import { checkSettings, currentSettings, replaceSkillsAndManagers, settingsColumns, type ProgramSettings } from './save-settings.js';
import { eq } from 'drizzle-orm';

export async function updateProgram(
  deps: Deps,
  input: { actor: Actor; programId: string; changes: Partial<ProgramSettings>; meta: RequestMeta | null },
): Promise<ProgramView> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId, { lock: true });
    const editable = editableSettings(program.status);
    if (editable === 'none') throw new AppError('conflict', 'A closed program cannot be changed.');
    const before = await currentSettings(tx, program);
    const settings = { ...before, ...input.changes };
    const fixed = fixedSettingChanges(editable, before, settings);
    if (fixed.length) {
      throw new AppError('conflict', `${fixed.join(', ')} cannot change once matching has begun.`, { fields: fixed.map((path) => ({ path, message: 'fixed once matching has begun' })) });
    }
    const skillIds = await checkSettings(tx, actor.orgId, settings);
    const [updated] = await tx.update(programs).set({ ...settingsColumns(settings), updatedAt: deps.now() }).where(eq(programs.id, program.id)).returning();
    await replaceSkillsAndManagers(tx, actor.orgId, program.id, settings.skillKeys.map((k) => skillIds.get(k) as string), settings.managerUserIds);
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'program_updated', target: program.id, details: { fields: Object.keys(input.changes) } }, input.meta);
    return programView(tx, updated ?? program);
  });
}
