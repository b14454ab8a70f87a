// Sending one survey to one pair member: a response row carrying the questions and version as
// they are now (a later edit does not change what was asked), an in-app notification and an
// email (names, dates and links only), and the one reminder before it closes.
import { closesAt, reminderAt } from '../../core/surveys/schedule.js';
import type { Side } from '../../core/surveys/questions.js';
import type { Tx } from '../../db/client.js';
import { surveyResponses } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notify } from '../notifications/notify.js';
import { scheduleJob } from '../schedule-job.js';
import { SURVEY_JOBS, type PairRow, type ProgramRow, type SurveyRow } from './survey-store.js';

export interface SendSurvey {
  survey: SurveyRow;
  program: ProgramRow;
  pair: PairRow;
  side: Side;
  occurrence: number;
  dueAt: Date;
}

/** Sends it unless this occurrence already went to this member; returns whether it was sent. */
export async function sendSurvey(deps: Deps, tx: Tx, input: SendSurvey): Promise<boolean> {
  const { survey, pair, program } = input;
  const personId = input.side === 'mentor' ? pair.mentorPersonId : pair.menteePersonId;
  const now = deps.now();
  // A job that ran late still leaves the full open period.
  const opensAt = input.dueAt.getTime() > now.getTime() ? input.dueAt : now;
  const closes = closesAt(opensAt, survey.openDays);
  // A job may run a moment before the due time: the survey is visible (and answerable) at once.
  const dueAt = input.dueAt.getTime() > now.getTime() ? now : input.dueAt;
  const [row] = await tx
    .insert(surveyResponses)
    .values({ orgId: pair.orgId, programId: program.id, surveyId: survey.id, pairId: pair.id, personId, side: input.side, kind: survey.kind, occurrence: input.occurrence, surveyVersion: survey.version, questions: survey.questions, dueAt, closesAt: closes, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: surveyResponses.id });
  if (!row) return false;
  await notify(deps, tx, pair.orgId, personId, { kind: 'survey_due', programName: program.name, responseId: row.id, survey: survey.kind, closesOn: closes.toISOString().slice(0, 10) });
  const remindAt = reminderAt(opensAt, closes);
  if (remindAt) await scheduleJob(tx, { orgId: pair.orgId, kind: SURVEY_JOBS.reminder, payload: { responseId: row.id }, runAt: remindAt, dedupeKey: `${SURVEY_JOBS.reminder}:${row.id}` });
  return true;
}

/** Sends a survey meant for both members (fit check, pulse) to each; returns how many went. */
export async function sendToBoth(deps: Deps, tx: Tx, input: Omit<SendSurvey, 'side'>): Promise<number> {
  let sent = 0;
  for (const side of ['mentor', 'mentee'] as const) if (await sendSurvey(deps, tx, { ...input, side })) sent += 1;
  return sent;
}
