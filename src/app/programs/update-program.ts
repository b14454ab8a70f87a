import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { editableSettings } from '../../core/programs/status.js';
import { programs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { programForManager } from './program-access.js';
import { programView, type ProgramView } from './program-view.js';
import { checkSettings, currentSettings, replaceSkillsAndManagers, settingsColumns, type ProgramSettings } from './save-settings.js';
import { eq } from 'drizzle-orm';

/** Settings that decide who can be paired: fixed once matching has begun, so pairs stay valid. */
const MATCHING_SETTINGS = ['mode', 'scope', 'minLevelGap'] as const;

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
    if (editable === 'most') {
      const changed = MATCHING_SETTINGS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(settings[k]));
      if (changed.length) {
        throw new AppError('conflict', `${changed.join(', ')} cannot change once matching has begun.`, { fields: changed.map((path) => ({ path, message: 'fixed once matching has begun' })) });
      }
    }
    const skillIds = await checkSettings(tx, actor.orgId, settings);
    const [updated] = await tx.update(programs).set({ ...settingsColumns(settings), updatedAt: deps.now() }).where(eq(programs.id, program.id)).returning();
    await replaceSkillsAndManagers(tx, actor.orgId, program.id, settings.skillKeys.map((k) => skillIds.get(k) as string), settings.managerUserIds);
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'program_updated', target: program.id, details: { fields: Object.keys(input.changes) } }, input.meta);
    return programView(tx, updated ?? program);
  });
}
