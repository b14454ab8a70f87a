import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { checkAnswers } from '../../core/surveys/answers.js';
import { answerRefusal } from '../../core/surveys/schedule.js';
import { surveyResponses } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { personIdOf } from '../programs/program-access.js';
import { mySurveys, type MySurveyView } from './list-my-surveys.js';

/**
 * The respondent answers, once, against the questions the survey was sent with. Nobody is told
 * what was answered: after "not a good fit" the view offers the respondent a no-fault re-match,
 * and only their own act (`rematch-after-fit-check`) ends the pair.
 */
export async function answerSurvey(deps: Deps, input: { actor: Actor; responseId: string; answers: Record<string, unknown> }): Promise<MySurveyView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    // Without a person in the directory nobody has surveys: "not found", as for anyone else's.
    const personId = await personIdOf(tx, input.actor);
    if (!personId) throw notFound('Survey');
    const [row] = await tx
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.orgId, input.actor.orgId), eq(surveyResponses.id, input.responseId), eq(surveyResponses.personId, personId)))
      .for('update');
    const now = deps.now();
    if (!row || row.dueAt.getTime() > now.getTime()) throw notFound('Survey');
    const refusal = answerRefusal(row, now);
    if (refusal) throw new AppError('conflict', refusal);
    const checked = checkAnswers(row.questions, input.answers);
    if (!checked.ok) throw new AppError('validation_failed', 'Check your answers.', { fields: checked.problems });
    await tx.update(surveyResponses).set({ answers: checked.answers, answeredAt: now }).where(eq(surveyResponses.id, row.id));
    const [view] = await mySurveys(deps, tx, input.actor, personId, row.id);
    if (!view) throw notFound('Survey');
    return view;
  });
}
