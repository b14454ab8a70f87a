// Every dashboard figure flattened to rows of one CSV table: figure, series, label, value,
// people, suppressed. The rows copy the guarded figures (core/analytics/privacy.ts decides what
// is shown); a suppressed figure is written as `suppressed` with neither value nor people.
import type { Engagement, Funnel, LearningCurve, Outcomes, Reach, Retention, Satisfaction } from '../../core/analytics/figures.js';
import type { Guarded } from '../../core/analytics/privacy.js';
import { csvCell } from '../matching/csv-out.js';

export interface CsvRow {
  figure: string;
  series: string;
  label: string;
  value: number | string | null;
  people: number | null;
  suppressed: boolean;
}

export const CSV_HEADER = ['figure', 'series', 'label', 'value', 'people', 'suppressed'] as const;

type Parts<T> = (v: T) => Array<[label: string, value: number | string]>;

/** One row per part of a guarded figure; a suppressed one gives the same labels, without values. */
function rowsOf<T>(figure: string, series: string, labels: readonly string[], g: Guarded<T>, parts: Parts<T>): CsvRow[] {
  if (g.suppressed) return labels.map((label) => ({ figure, series, label, value: null, people: null, suppressed: true }));
  return parts(g.value).map(([label, value]) => ({ figure, series, label, value, people: g.people, suppressed: false }));
}

const one = (figure: string, series: string, label: string, g: Guarded<number>): CsvRow[] => rowsOf(figure, series, [label], g, (v) => [[label, v]]);

export function funnelRows(f: Funnel): CsvRow[] {
  return f.steps.flatMap((s) => [
    ...one('funnel', s.stage, 'reached', s.reached),
    ...(s.dropOff ? one('funnel', s.stage, 'drop_off', s.dropOff) : []),
    ...(s.conversion ? one('funnel', s.stage, 'conversion', s.conversion) : []),
  ]);
}

export function engagementRows(e: Engagement): CsvRow[] {
  return [
    ...e.months.flatMap((m) => [...one('engagement', m.month, 'held', m.held), ...one('engagement', m.month, 'promised', m.promised)]),
    ...one('engagement', 'now', 'active_pairs', e.activePairs),
    ...one('engagement', 'now', 'at_risk_pairs', e.atRiskPairs),
    ...rowsOf('engagement', 'days_to_first_meeting', ['median', 'p25', 'p75'], e.daysToFirstMeeting, (v) => [
      ['median', v.median],
      ['p25', v.p25],
      ['p75', v.p75],
    ]),
  ];
}

export function learningRows(l: LearningCurve): CsvRow[] {
  return l.series.flatMap((s) => s.points.flatMap((p) => one('learning', `${s.direction} / ${s.category}`, p.phase, p.meanLevel)));
}

const NPS_LABELS = ['nps', 'promoters', 'passives', 'detractors'] as const;
const npsParts: Parts<{ nps: number; promoters: number; passives: number; detractors: number }> = (v) => NPS_LABELS.map((k) => [k, v[k]]);

export function satisfactionRows(s: Satisfaction): CsvRow[] {
  const period = (series: string, p: { nps: Satisfaction['pulse'][number]['nps']; means: Satisfaction['pulse'][number]['means'] }) => [
    ...rowsOf('satisfaction', series, NPS_LABELS, p.nps, npsParts),
    ...p.means.flatMap((m) => one('satisfaction', series, m.key, m.mean)),
  ];
  return [
    ...s.pulse.flatMap((p) => period(`pulse ${p.period}`, p)),
    ...s.endOfCycle.flatMap((e) => [...period(`end_of_cycle ${e.side}`, e), ...one('satisfaction', `end_of_cycle ${e.side}`, 'would_again', e.wouldAgain)]),
    ...rowsOf('satisfaction', 'comments', ['comment'], s.comments, (v) => v.map((c) => ['comment', c] as [string, string])),
  ];
}

export function retentionRows(r: Retention): CsvRow[] {
  return r.curves.flatMap((c) => [
    ...rowsOf('retention', c.group, ['twelve_month_rate', 'twelve_month_lower', 'twelve_month_upper'], c.twelveMonth, (v) => [
      ['twelve_month_rate', v.rate],
      ['twelve_month_lower', v.lower],
      ['twelve_month_upper', v.upper],
    ]),
    ...rowsOf('retention', c.group, ['curve'], c.curve, (points) =>
      points.flatMap((p): Array<[string, number]> => [
        [`day ${p.day} survival`, p.survival],
        [`day ${p.day} lower`, p.lower],
        [`day ${p.day} upper`, p.upper],
        [`day ${p.day} at_risk`, p.atRisk],
        [`day ${p.day} events`, p.events],
      ]),
    ),
  ]);
}

export function reachRows(r: Reach): CsvRow[] {
  return [
    ...one('reach', 'all', 'pairs', r.pairs),
    ...rowsOf('reach', 'cross_department', ['count', 'share'], r.crossDepartment, (v) => [
      ['count', v.count],
      ['share', v.share],
    ]),
    ...r.levelGaps.flatMap((g) => one('reach', 'level_gap', String(g.gap), g.pairs)),
    ...rowsOf('reach', 'cross_generation', ['count', 'share', 'known'], r.crossGeneration, (v) => [
      ['count', v.count],
      ['share', v.share],
      ['known', v.known],
    ]),
  ];
}

export const FIGURE_ROWS = {
  funnel: (o: Outcomes) => funnelRows(o.funnel),
  engagement: (o: Outcomes) => engagementRows(o.engagement),
  learning: (o: Outcomes) => learningRows(o.learning),
  satisfaction: (o: Outcomes) => satisfactionRows(o.satisfaction),
  retention: (o: Outcomes) => retentionRows(o.retention),
  reach: (o: Outcomes) => reachRows(o.reach),
} as const;

export function allRows(o: Outcomes): CsvRow[] {
  return Object.values(FIGURE_ROWS).flatMap((rows) => rows(o));
}

/**
 * The CSV of one figure, or of every figure (null), from figures loaded for it: what the
 * download routes and `tandem program outcomes` send.
 */
export function outcomesCsv(outcomes: Partial<Outcomes>, figure: keyof typeof FIGURE_ROWS | null): string {
  const all = outcomes as Outcomes;
  return toCsv(figure ? FIGURE_ROWS[figure](all) : allRows(all));
}

/** The CSV text: every cell through csvCell (quoting, spreadsheet-formula neutralization). */
export function toCsv(rows: readonly CsvRow[]): string {
  const line = (r: CsvRow) =>
    [r.figure, r.series, r.label, r.suppressed || r.value === null ? '' : String(r.value), r.suppressed || r.people === null ? '' : String(r.people), r.suppressed ? 'suppressed' : '']
      .map(csvCell)
      .join(',');
  return [CSV_HEADER.join(','), ...rows.map(line)].join('\r\n') + '\r\n';
}
