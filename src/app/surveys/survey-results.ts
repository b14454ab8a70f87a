import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { notFound } from '../../core/errors.js';
import { SUPPRESSED_LABEL, type Guarded } from '../../core/analytics/privacy.js';
import { surveyResults, type SurveyResults } from '../../core/surveys/results.js';
import { surveyResponses, surveys } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { csvCell } from '../matching/csv-out.js';
import { programForViewer } from '../programs/program-viewer.js';
import type { SurveyRow } from './survey-store.js';

export interface SurveyResultsView {
  survey: SurveyRow;
  results: SurveyResults;
}

/**
 * A survey's results for those who may read the program's outcomes (admins, its managers, its
 * sponsors): only the guarded figures of core, never a response, a name or an id.
 */
export async function getSurveyResults(deps: Deps, input: { actor: Actor; programId: string; surveyId: string }): Promise<SurveyResultsView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const { program } = await programForViewer(tx, input.actor, input.programId);
    const [survey] = await tx.select().from(surveys).where(and(eq(surveys.orgId, input.actor.orgId), eq(surveys.programId, program.id), eq(surveys.id, input.surveyId)));
    if (!survey) throw notFound('Survey');
    const rows = await tx
      .select({ personId: surveyResponses.personId, side: surveyResponses.side, answers: surveyResponses.answers })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.orgId, input.actor.orgId), eq(surveyResponses.surveyId, survey.id)));
    return { survey, results: surveyResults(survey.questions, rows) };
  });
}

type CsvRow = [key: string, question: string, figure: string, option: string, value: string, people: string];

function guardedRows(head: [string, string, string, string], g: Guarded<unknown>, value: (v: never) => string): CsvRow[] {
  return [[...head, g.suppressed ? SUPPRESSED_LABEL : value(g.value as never), g.suppressed ? '' : String(g.people)]];
}

/** The same figures as CSV, one figure a line; suppressed ones say so. Cells are formula-neutralized. */
export function surveyResultsCsv(view: SurveyResultsView): string {
  const { results } = view;
  const rows: CsvRow[] = [
    ...guardedRows(['', '', 'sent', ''], results.sent, (n: number) => String(n)),
    ...guardedRows(['', '', 'respondents', ''], results.respondents, (n: number) => String(n)),
  ];
  for (const q of results.questions) {
    const at = (figure: string, option = ''): [string, string, string, string] => [q.key, q.prompt, figure, option];
    rows.push(...guardedRows(at('respondents'), q.respondents, (n: number) => String(n)));
    if (q.mean) rows.push(...guardedRows(at('mean'), q.mean, (n: number) => String(n)));
    if (q.nps) rows.push(...guardedRows(at('nps'), q.nps, (v: { nps: number }) => String(v.nps)));
    if (q.counts) {
      if (q.counts.suppressed) rows.push(...guardedRows(at('count'), q.counts, () => ''));
      else for (const c of q.counts.value) rows.push([q.key, q.prompt, 'count', c.label, String(c.count), String(q.counts.people)]);
    }
    if (q.texts) {
      if (q.texts.suppressed) rows.push(...guardedRows(at('text'), q.texts, () => ''));
      else for (const t of q.texts.value) rows.push([q.key, q.prompt, 'text', '', t, String(q.texts.people)]);
    }
  }
  const header = ['question_key', 'question', 'figure', 'option', 'value', 'people'];
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
