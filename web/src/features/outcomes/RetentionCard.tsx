import { useMemo } from 'react';
import type { ChartConfiguration, ChartDataset, LegendItem } from 'chart.js';
import type { Retention, SurvivalPoint } from '../../api/outcomes';
import { formatDate } from '../../format';
import { FigureCard, KeyNumbers, NumbersTable, SuppressedNote } from './FigureCard';
import { OutcomeChart } from './OutcomeChart';
import { color, count, GROUP_LABELS, guardedText, percent, translucent } from './outcomesFormat';

type XY = { x: number; y: number };

/**
 * The step line to draw: from day 0 (everyone still employed) to `end`, the last day anyone is
 * followed. The API lists the ends of the 30-day periods in which someone left; between them
 * (and after the last) the estimate holds, so the line is carried flat to the end of follow-up
 * instead of stopping at the last leaver.
 */
function stepLine(points: readonly SurvivalPoint[], end: number): SurvivalPoint[] {
  const start: SurvivalPoint[] =
    points[0]?.day === 0
      ? []
      : [{ day: 0, atRisk: points[0]?.atRisk ?? 0, events: 0, survival: 1, lower: 1, upper: 1 }];
  const line = [...start, ...points];
  const last = line[line.length - 1];
  if (last !== undefined && end > last.day) line.push({ ...last, day: end, events: 0 });
  return line;
}

/** Days from the origin to today (everyone still employed is followed until today), at least `atLeast`. */
function followUpEnd(origin: string, atLeast: number): number {
  const days = Math.floor((Date.now() - Date.parse(`${origin}T00:00:00Z`)) / 86_400_000);
  return Number.isFinite(days) ? Math.max(days, atLeast) : atLeast;
}

const BAND = ' (95 % interval)';

/**
 * Kaplan–Meier curves of participants and comparable non-participants, juniors and seniors: a
 * step line each, with its 95 % confidence interval as a shaded band (upper filled down to lower).
 */
export function RetentionCard({ retention, csvHref }: { retention: Retention; csvHref: string }) {
  const { curves, caveat, origin } = retention;
  const config = useMemo<ChartConfiguration>(() => {
    const lastLeaver = Math.max(
      0,
      ...curves.flatMap((c) => (c.curve.suppressed ? [] : c.curve.value.map((p) => p.day))),
    );
    const end = followUpEnd(origin, lastLeaver);
    const datasets: Array<ChartDataset<'line', XY[]>> = curves.flatMap((c, index) => {
      if (c.curve.suppressed) return [];
      const points = stepLine(c.curve.value, end);
      const hue = color(index);
      const name = GROUP_LABELS[c.group];
      const line = (key: 'survival' | 'lower' | 'upper') => points.map((p) => ({ x: p.day, y: p[key] }));
      return [
        {
          label: `${name} lower${BAND}`,
          data: line('lower'),
          stepped: true,
          borderWidth: 0,
          pointRadius: 0,
          fill: false,
        },
        // fill '-1': the band between this dataset and the one just before it (the lower bound).
        {
          label: `${name}${BAND}`,
          data: line('upper'),
          stepped: true,
          borderWidth: 0,
          pointRadius: 0,
          fill: '-1',
          backgroundColor: translucent(hue),
        },
        {
          label: name,
          data: line('survival'),
          stepped: true,
          borderColor: hue,
          backgroundColor: hue,
          borderWidth: 2,
          borderDash: c.group.endsWith('comparison') ? [6, 4] : [],
          pointRadius: 0,
          fill: false,
        },
      ];
    });
    // Retention is mostly high: start the axis a little under the lowest band, not at 0 %.
    const lowest = Math.min(1, ...curves.flatMap((c) => (c.curve.suppressed ? [] : c.curve.value.map((p) => p.lower))));
    const floor = Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
    return {
      type: 'line',
      data: { datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: { type: 'linear', min: 0, max: end, title: { display: true, text: `Days since ${formatDate(origin)}` } },
          y: {
            min: floor,
            max: 1,
            ticks: { callback: (value) => percent(Number(value)) },
            title: { display: true, text: 'Still employed' },
          },
        },
        plugins: {
          // Only the curves in the legend: the bands are explained in the text.
          legend: { position: 'bottom', labels: { filter: (item: LegendItem) => !item.text.endsWith(BAND) } },
          tooltip: { filter: (item) => !(item.dataset.label ?? '').includes(BAND) },
        },
      },
    };
  }, [curves, origin]);

  const rateText = (c: Retention['curves'][number]) => guardedText(c.twelveMonth, (r) => percent(r.rate));
  const intervalText = (c: Retention['curves'][number]) =>
    c.twelveMonth.suppressed
      ? undefined
      : `95 % interval ${percent(c.twelveMonth.value.lower)} to ${percent(c.twelveMonth.value.upper)}`;
  const shown = curves.filter((c) => !c.curve.suppressed);

  return (
    <FigureCard
      figure="retention"
      title="Retention"
      intro="Who is still employed, day by day since the program started: participants against comparable colleagues who did not take part (same department and level band), juniors and seniors apart. The shaded bands are 95 % confidence intervals."
      csvHref={csvHref}
      numbers={
        <NumbersTable
          caption="Still employed after 12 months"
          columns={['Group', 'People', 'After 12 months', '95 % interval']}
          rows={curves.map((c) => ({
            head: GROUP_LABELS[c.group],
            cells: [
              guardedText(c.curve, () => count(c.curve.people ?? 0)),
              rateText(c),
              c.twelveMonth.suppressed
                ? '—'
                : `${percent(c.twelveMonth.value.lower)}–${percent(c.twelveMonth.value.upper)}`,
            ],
          }))}
        />
      }
    >
      <p className="outcome-caveat" data-testid="outcomes-retention-caveat">
        <strong>An observational comparison, not proof of cause.</strong> {caveat}
      </p>
      {shown.length === 0 ? (
        <p className="muted">No group is large enough to draw.</p>
      ) : (
        <OutcomeChart
          config={config}
          label={`Retention curves. ${curves.map((c) => `${GROUP_LABELS[c.group]}: ${rateText(c)} after 12 months`).join('; ')}.`}
          testId="outcomes-chart-retention"
          size="tall"
        />
      )}
      <h3 className="outcome-subhead">Still employed after 12 months</h3>
      <KeyNumbers
        items={curves.map((c) => ({ term: GROUP_LABELS[c.group], value: rateText(c), detail: intervalText(c) }))}
      />
      <SuppressedNote items={curves.filter((c) => c.curve.suppressed).map((c) => GROUP_LABELS[c.group])} />
    </FigureCard>
  );
}
