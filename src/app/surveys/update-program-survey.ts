import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { normalizedQuestions, questionsChanged, surveyEditProblems, type SurveyEdit } from '../../core/surveys/questions.js';
import { standardQuestions } from '../../core/surveys/templates.js';
import { pairs, surveys } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { programForManager } from '../programs/program-access.js';
import { scheduleEndOfCycle } from './schedule-surveys.js';
import { ensureProgramSurveys, type SurveyRow } from './survey-store.js';

/**
 * The program manager rewords, adds or removes questions and changes the schedule. Standard
 * questions stay (analytics read them); a change of questions raises the version, and surveys
 * already sent keep the questions they were sent with.
 */
export async function updateProgramSurvey(deps: Deps, input: { actor: Actor; programId: string; surveyId: string; edit: SurveyEdit; meta: RequestMeta | null }): Promise<SurveyRow> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const program = await programForManager(tx, input.actor, input.programId, { lock: true });
    const survey = (await ensureProgramSurveys(tx, program)).find((s) => s.id === input.surveyId);
    if (!survey) throw notFound('Survey');
    const problems = surveyEditProblems(survey.kind, input.edit, standardQuestions(survey.kind, survey.audience));
    if (problems.length) throw new AppError('validation_failed', 'Check the survey.', { fields: problems });
    const questions = normalizedQuestions(input.edit.questions);
    const version = questionsChanged(survey.questions, questions) ? survey.version + 1 : survey.version;
    const [row] = await tx
      .update(surveys)
      .set({ title: input.edit.title.trim(), intro: input.edit.intro.trim(), questions, enabled: input.edit.enabled, everyDays: input.edit.everyDays, daysBeforeEnd: input.edit.daysBeforeEnd, openDays: input.edit.openDays, version, updatedAt: deps.now() })
      .where(eq(surveys.id, survey.id))
      .returning();
    if (!row) throw new Error('survey vanished');
    // A moved end-of-cycle date is queued for every running pair (the old job re-checks and stands down).
    if (row.kind === 'end_of_cycle' && row.daysBeforeEnd !== survey.daysBeforeEnd) {
      const running = await tx.select().from(pairs).where(and(eq(pairs.programId, program.id), eq(pairs.status, 'active')));
      for (const pair of running) await scheduleEndOfCycle(tx, pair, program, row.audience === 'mentee' ? 'mentee' : 'mentor');
    }
    await recordAudit(tx, { orgId: input.actor.orgId, actor: { userId: input.actor.userId, email: input.actor.email }, action: 'survey_updated', target: row.id, details: { kind: row.kind, audience: row.audience, version } }, input.meta);
    return row;
  });
}
