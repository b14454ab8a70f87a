import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { programTemplate } from '../../core/programs/templates.js';
import { defaultTrainingFor } from '../../core/programs/default-training.js';
import { programs, trainingModules } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { userIdOrNull } from './program-access.js';
import { programView, type ProgramView } from './program-view.js';
import { checkSettings, replaceSkillsAndManagers, settingsColumns, type ProgramSettings } from './save-settings.js';

export interface CreateProgramInput {
  actor: Actor;
  settings: ProgramSettings;
  /** Copies this template's training modules (else the defaults for the mode). */
  template?: 'reverse' | 'mutual';
  meta: RequestMeta | null;
}

/** A program starts as a draft, with the training modules of its template ready to edit. */
export async function createProgram(deps: Deps, input: CreateProgramInput): Promise<ProgramView> {
  const { actor, settings } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const skillIds = await checkSettings(tx, actor.orgId, settings);
    const now = deps.now();
    const [program] = await tx
      .insert(programs)
      .values({ orgId: actor.orgId, ...settingsColumns(settings), status: 'draft', createdBy: userIdOrNull(actor), createdAt: now, updatedAt: now })
      .returning();
    if (!program) throw new AppError('internal', 'The program was not created.');
    await replaceSkillsAndManagers(tx, actor.orgId, program.id, settings.skillKeys.map((k) => skillIds.get(k) as string), settings.managerUserIds);
    const training = input.template ? (programTemplate(input.template)?.training ?? []) : defaultTrainingFor(settings.mode);
    const position = { mentor: 0, mentee: 0 };
    if (training.length) {
      await tx.insert(trainingModules).values(
        training.map((m) => ({
          orgId: actor.orgId,
          programId: program.id,
          role: m.role,
          position: position[m.role]++,
          title: m.title,
          summary: m.summary,
          body: m.body,
          questions: m.questions.map((q) => ({ prompt: q.prompt, options: [...q.options], correct: q.correct, explanation: q.explanation })),
        })),
      );
    }
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'program_created', target: program.id, details: { mode: program.mode } }, input.meta);
    return programView(tx, program);
  });
}
