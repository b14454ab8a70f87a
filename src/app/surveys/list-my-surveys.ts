// A member's own surveys. Only the respondent reads a response (and its answers); for anyone
// else it does not exist.
import { and, desc, eq, lte } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { notFound } from '../../core/errors.js';
import type { Answers } from '../../core/surveys/answers.js';
import type { SurveyQuestion } from '../../core/surveys/questions.js';
import { responseState, type ResponseState } from '../../core/surveys/schedule.js';
import { NOT_A_FIT } from '../../core/surveys/templates.js';
import type { Tx } from '../../db/client.js';
import { pairs, people, programs, surveyResponses, surveys } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { personIdOf } from '../programs/program-access.js';

export interface MySurveyView {
  id: string;
  program: { id: string; name: string };
  pairId: string;
  partnerName: string;
  kind: 'fit_check' | 'pulse' | 'end_of_cycle';
  side: 'mentor' | 'mentee';
  occurrence: number;
  title: string;
  intro: string;
  questions: SurveyQuestion[];
  dueAt: Date;
  closesAt: Date;
  state: ResponseState;
  answers: Answers | null;
  answeredAt: Date | null;
  /** After "not a good fit" in the fit check, while the pair is active: a no-fault re-match. */
  rematchAvailable: boolean;
}

export function rematchAvailable(r: { kind: string; answers: Answers | null }, pairStatus: string): boolean {
  return r.kind === 'fit_check' && r.answers?.fit === NOT_A_FIT && pairStatus === 'active';
}

/** My surveys (or one of them), newest first. */
export async function mySurveys(deps: Deps, tx: Tx, actor: Actor, personId: string, responseId?: string): Promise<MySurveyView[]> {
  const rows = await tx
    .select({ r: surveyResponses, pair: pairs, programName: programs.name, title: surveys.title, intro: surveys.intro })
    .from(surveyResponses)
    .innerJoin(pairs, eq(pairs.id, surveyResponses.pairId))
    .innerJoin(programs, eq(programs.id, surveyResponses.programId))
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(and(eq(surveyResponses.orgId, actor.orgId), eq(surveyResponses.personId, personId), lte(surveyResponses.dueAt, deps.now()), responseId ? eq(surveyResponses.id, responseId) : undefined))
    .orderBy(desc(surveyResponses.dueAt), desc(surveyResponses.createdAt))
    .limit(200);
  const partnerIds = [...new Set(rows.map(({ pair }) => (pair.mentorPersonId === personId ? pair.menteePersonId : pair.mentorPersonId)))];
  const names = new Map<string, string>();
  for (const id of partnerIds) {
    const [p] = await tx.select({ name: people.name }).from(people).where(eq(people.id, id));
    names.set(id, p?.name ?? '');
  }
  const now = deps.now();
  return rows.map(({ r, pair, programName, title, intro }) => ({
    id: r.id,
    program: { id: r.programId, name: programName },
    pairId: pair.id,
    partnerName: names.get(pair.mentorPersonId === personId ? pair.menteePersonId : pair.mentorPersonId) ?? '',
    kind: r.kind,
    side: r.side,
    occurrence: r.occurrence,
    title,
    intro,
    questions: r.questions,
    dueAt: r.dueAt,
    closesAt: r.closesAt,
    state: responseState(r, now),
    answers: r.answers,
    answeredAt: r.answeredAt,
    rematchAvailable: rematchAvailable(r, pair.status),
  }));
}

export async function listMySurveys(deps: Deps, input: { actor: Actor }): Promise<MySurveyView[]> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const personId = await personIdOf(tx, input.actor);
    return personId ? mySurveys(deps, tx, input.actor, personId) : [];
  });
}

/** One of my surveys; anyone else's is "not found". */
export async function getMySurvey(deps: Deps, input: { actor: Actor; responseId: string }): Promise<MySurveyView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const personId = await personIdOf(tx, input.actor);
    const [view] = personId ? await mySurveys(deps, tx, input.actor, personId, input.responseId) : [];
    if (!view) throw notFound('Survey');
    return view;
  });
}
