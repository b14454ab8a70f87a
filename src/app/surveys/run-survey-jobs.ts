// The survey jobs' work. Each re-checks that the pair is still active and the survey enabled,
// and is safe to run twice: a response is one row per survey, pair, person and occurrence.
import { and, eq } from 'drizzle-orm';
import { endOfCycleDue, needsReminder, pulseDue, scheduleUntil } from '../../core/surveys/schedule.js';
import { meetings, programs, surveyResponses } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notify } from '../notifications/notify.js';
import { programOf } from '../pairs/pair-events.js';
import { sendSurvey, sendToBoth } from './send-survey.js';
import { scheduleEndOfCycle, schedulePulseSurvey } from './schedule-surveys.js';
import { activatedAtOf, pairById, programSurvey } from './survey-store.js';

/** A job may run a little early or late; a due time further ahead means the schedule moved. */
const SLACK_MS = 60_000;

/** Pulse `occurrence`: sent to both members if due now, then the next one is queued. Returns how many went. */
export async function runPulseSurvey(deps: Deps, input: { orgId: string; pairId: string; occurrence: number }): Promise<number> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const pair = await pairById(tx, input.orgId, input.pairId);
    if (!pair || pair.status !== 'active') return 0;
    const program = await programOf(tx, pair);
    const survey = await programSurvey(tx, program, 'pulse', 'both');
    const due = pulseDue(activatedAtOf(pair), survey.everyDays ?? 30, input.occurrence, scheduleUntil(program.endDate, pair.endedAt));
    if (!due) return 0;
    // The manager lengthened the interval: this occurrence is now later.
    if (due.getTime() > deps.now().getTime() + SLACK_MS) {
      await schedulePulseSurvey(tx, pair, program, input.occurrence);
      return 0;
    }
    const sent = survey.enabled ? await sendToBoth(deps, tx, { survey, program, pair, occurrence: input.occurrence, dueAt: due }) : 0;
    // A disabled pulse keeps its place in the schedule, so enabling it again resumes it.
    await schedulePulseSurvey(tx, pair, program, input.occurrence + 1);
    return sent;
  });
}

/** The end-of-cycle survey of one side, when due; re-queued if the program's end moved later. */
export async function runEndOfCycle(deps: Deps, input: { orgId: string; pairId: string; side: 'mentor' | 'mentee' }): Promise<boolean> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const pair = await pairById(tx, input.orgId, input.pairId);
    if (!pair || pair.status !== 'active') return false;
    const program = await programOf(tx, pair);
    const survey = await programSurvey(tx, program, 'end_of_cycle', input.side);
    const due = endOfCycleDue(program.endDate, survey.daysBeforeEnd ?? 14, activatedAtOf(pair));
    if (!due || !survey.enabled) return false;
    if (due.getTime() > deps.now().getTime() + SLACK_MS) {
      await scheduleEndOfCycle(tx, pair, program, input.side);
      return false;
    }
    return sendSurvey(deps, tx, { survey, program, pair, side: input.side, occurrence: 1, dueAt: due });
  });
}

/** The fit check after the pair's first held meeting, to both members, once. */
export async function runFitCheck(deps: Deps, input: { orgId: string; pairId: string }): Promise<number> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const pair = await pairById(tx, input.orgId, input.pairId);
    if (!pair || pair.status !== 'active') return 0;
    const [held] = await tx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.pairId, pair.id), eq(meetings.outcome, 'held'))).limit(1);
    if (!held) return 0;
    const program = await programOf(tx, pair);
    const survey = await programSurvey(tx, program, 'fit_check', 'both');
    if (!survey.enabled) return 0;
    return sendToBoth(deps, tx, { survey, program, pair, occurrence: 1, dueAt: deps.now() });
  });
}

/** The one reminder of an unanswered survey of an active pair, under the response's row lock; returns whether it went. */
export async function remindSurvey(deps: Deps, input: { orgId: string; responseId: string }): Promise<boolean> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const [row] = await tx.select().from(surveyResponses).where(and(eq(surveyResponses.orgId, input.orgId), eq(surveyResponses.id, input.responseId))).for('update');
    const now = deps.now();
    if (!row || !needsReminder(row, now)) return false;
    // A pair that has ended (a re-match, say) is not chased about.
    const pair = await pairById(tx, input.orgId, row.pairId);
    if (!pair || pair.status !== 'active') return false;
    const [program] = await tx.select({ name: programs.name }).from(programs).where(eq(programs.id, row.programId));
    await tx.update(surveyResponses).set({ remindedAt: now }).where(eq(surveyResponses.id, row.id));
    await notify(deps, tx, input.orgId, row.personId, { kind: 'survey_reminder', programName: program?.name ?? '', responseId: row.id, survey: row.kind, closesOn: row.closesAt.toISOString().slice(0, 10) });
    return true;
  });
}
