// What a pair's surveys queue. Each job re-checks the pair and the survey when it runs, and the
// dedupe keys (which carry the due time) make scheduling idempotent while letting a changed
// schedule queue a new time.
import { endOfCycleDue, pulseDue, scheduleUntil } from '../../core/surveys/schedule.js';
import type { Tx } from '../../db/client.js';
import type { Deps } from '../deps.js';
import { scheduleJob } from '../schedule-job.js';
import { activatedAtOf, programSurvey, SURVEY_JOBS, type PairRow, type ProgramRow } from './survey-store.js';

/** Queues pulse `occurrence` of the pair if it falls within the pair's time; returns whether it did. */
export async function schedulePulseSurvey(tx: Tx, pair: PairRow, program: ProgramRow, occurrence: number, activatedAt = activatedAtOf(pair)): Promise<boolean> {
  const survey = await programSurvey(tx, program, 'pulse', 'both');
  const due = pulseDue(activatedAt, survey.everyDays ?? 30, occurrence, scheduleUntil(program.endDate, pair.endedAt));
  if (!due) return false;
  await scheduleJob(tx, { orgId: pair.orgId, kind: SURVEY_JOBS.pulse, payload: { pairId: pair.id, occurrence }, runAt: due, dedupeKey: `${SURVEY_JOBS.pulse}:${pair.id}:${occurrence}:${due.toISOString()}` });
  return true;
}

/** Queues the end-of-cycle survey of one side, at its due time. */
export async function scheduleEndOfCycle(tx: Tx, pair: PairRow, program: ProgramRow, side: 'mentor' | 'mentee', activatedAt = activatedAtOf(pair)): Promise<boolean> {
  const survey = await programSurvey(tx, program, 'end_of_cycle', side);
  const due = endOfCycleDue(program.endDate, survey.daysBeforeEnd ?? 14, activatedAt);
  if (!due) return false;
  await scheduleJob(tx, { orgId: pair.orgId, kind: SURVEY_JOBS.endOfCycle, payload: { pairId: pair.id, side }, runAt: due, dedupeKey: `${SURVEY_JOBS.endOfCycle}:${pair.id}:${side}:${due.toISOString()}` });
  return true;
}

/** When a pair becomes active (same transaction): its first pulse and both end-of-cycle surveys. */
export async function scheduleSurveys(_deps: Deps, tx: Tx, pair: PairRow, program: ProgramRow, activatedAt: Date): Promise<void> {
  const active = { ...pair, activatedAt };
  await schedulePulseSurvey(tx, active, program, 1, activatedAt);
  await scheduleEndOfCycle(tx, active, program, 'mentor', activatedAt);
  await scheduleEndOfCycle(tx, active, program, 'mentee', activatedAt);
}

/** After a meeting is logged as held: the fit check, once per pair (the job sends it). */
export async function onMeetingHeld(deps: Deps, tx: Tx, pair: PairRow): Promise<void> {
  await scheduleJob(tx, { orgId: pair.orgId, kind: SURVEY_JOBS.fitCheck, payload: { pairId: pair.id }, runAt: deps.now(), dedupeKey: `${SURVEY_JOBS.fitCheck}:${pair.id}` });
}
