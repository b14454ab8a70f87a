import type { Actor } from '../../core/auth/roles.js';
import type { Deps } from '../deps.js';
import { programForViewer, type ViewerRole } from '../programs/program-viewer.js';
import { ensureProgramSurveys, type SurveyRow } from './survey-store.js';

export interface ProgramSurveys {
  program: { id: string; name: string; endDate: string };
  /** Sponsors read the surveys (to open their results) but never change them. */
  canEdit: boolean;
  as: ViewerRole;
  surveys: SurveyRow[];
}

/** A program's surveys (the defaults are created on first use), for those who may read its outcomes. */
export async function listProgramSurveys(deps: Deps, input: { actor: Actor; programId: string }): Promise<ProgramSurveys> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const { program, as } = await programForViewer(tx, input.actor, input.programId);
    const surveys = await ensureProgramSurveys(tx, program);
    return { program: { id: program.id, name: program.name, endDate: program.endDate }, canEdit: as !== 'sponsor', as, surveys };
  });
}
