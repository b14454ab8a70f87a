// Shared reads and the one write path of survey rows. The default surveys of a program are made
// from the core templates on first use (idempotent on surveys_program_kind_audience).
import { and, eq } from 'drizzle-orm';
import type { Audience, SurveyKind } from '../../core/surveys/questions.js';
import { SURVEY_TEMPLATES } from '../../core/surveys/templates.js';
import type { Tx } from '../../db/client.js';
import { pairs, programs, surveyResponses, surveys } from '../../db/schema.js';

export type SurveyRow = typeof surveys.$inferSelect;
export type ResponseRow = typeof surveyResponses.$inferSelect;
export type PairRow = typeof pairs.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;

export const SURVEY_JOBS = {
  pulse: 'survey-pulse',
  endOfCycle: 'survey-end-of-cycle',
  fitCheck: 'survey-fit-check',
  reminder: 'survey-reminder',
} as const;

const KIND_ORDER: Record<SurveyKind, number> = { fit_check: 0, pulse: 1, end_of_cycle: 2 };
const AUDIENCE_ORDER: Record<Audience, number> = { both: 0, mentor: 1, mentee: 2 };

/** Creates the program's default surveys from the templates once; later calls change nothing. */
export async function ensureProgramSurveys(tx: Tx, program: Pick<ProgramRow, 'id' | 'orgId'>): Promise<SurveyRow[]> {
  const existing = await tx.select().from(surveys).where(and(eq(surveys.orgId, program.orgId), eq(surveys.programId, program.id)));
  if (existing.length < SURVEY_TEMPLATES.length) {
    await tx
      .insert(surveys)
      .values(SURVEY_TEMPLATES.map((t) => ({ orgId: program.orgId, programId: program.id, kind: t.kind, audience: t.audience, title: t.title, intro: t.intro, questions: t.questions, everyDays: t.everyDays, daysBeforeEnd: t.daysBeforeEnd, openDays: t.openDays })))
      .onConflictDoNothing({ target: [surveys.programId, surveys.kind, surveys.audience] });
  }
  const rows = existing.length < SURVEY_TEMPLATES.length ? await tx.select().from(surveys).where(and(eq(surveys.orgId, program.orgId), eq(surveys.programId, program.id))) : existing;
  return rows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || AUDIENCE_ORDER[a.audience] - AUDIENCE_ORDER[b.audience]);
}

/** The program's survey of a kind for an audience (created from the template if missing). */
export async function programSurvey(tx: Tx, program: Pick<ProgramRow, 'id' | 'orgId'>, kind: SurveyKind, audience: Audience): Promise<SurveyRow> {
  const found = (await ensureProgramSurveys(tx, program)).find((s) => s.kind === kind && s.audience === audience);
  if (!found) throw new Error(`program without ${kind} survey`);
  return found;
}

export async function pairById(tx: Tx, orgId: string, pairId: string): Promise<PairRow | undefined> {
  const [pair] = await tx.select().from(pairs).where(and(eq(pairs.orgId, orgId), eq(pairs.id, pairId)));
  return pair;
}

export const activatedAtOf = (pair: PairRow): Date => pair.activatedAt ?? pair.createdAt;
