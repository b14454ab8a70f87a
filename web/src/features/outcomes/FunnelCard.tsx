import { useMemo } from 'react';
import type { ChartConfiguration, Plugin } from 'chart.js';
import { SUPPRESSED_LABEL, type Funnel, type FunnelStep } from '../../api/outcomes';
import { barLabels } from './barLabels';
import { FigureCard, NumbersTable, SuppressedNote } from './FigureCard';
import { OutcomeChart } from './OutcomeChart';
import { COLORS, count, FUNNEL_LABELS, guardedText, percent, point } from './outcomesFormat';

/** "12 dropped off, 80 % went on", for the table and the chart's accessible name. */
function dropOffText(step: FunnelStep): string {
  if (step.dropOff === null) return 'First step';
  const dropped = guardedText(step.dropOff, (n) => `${count(n)} dropped off`);
  const kept =
    step.conversion === null || step.conversion.suppressed ? '' : `, ${percent(step.conversion.value)} went on`;
  return `${dropped}${kept}`;
}

/** The short label drawn on a bar: "30 (−10)", "Fewer than 5 people", "28 (−fewer than 5)". */
function barText(step: FunnelStep): string {
  if (step.reached.suppressed) return SUPPRESSED_LABEL;
  const reached = count(step.reached.value);
  if (step.dropOff === null) return reached;
  return `${reached} (−${step.dropOff.suppressed ? 'fewer than 5' : count(step.dropOff.value)})`;
}

/** invited → … → completed as horizontal bars, each labelled with the drop-off from the step before. */
export function FunnelCard({ funnel, csvHref }: { funnel: Funnel; csvHref: string }) {
  const steps = funnel.steps;
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: steps.map((step) => FUNNEL_LABELS[step.stage]),
        datasets: [{ label: 'People', data: steps.map((step) => point(step.reached)), backgroundColor: COLORS[0] }],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { beginAtZero: true, title: { display: true, text: 'People' } },
          y: { ticks: { autoSkip: false } },
        },
        plugins: { legend: { display: false } },
      },
      // Counts and drop-offs are written on the bars (the chart's own labels, see barLabels).
      plugins: [barLabels(steps.map(barText)) as Plugin],
    }),
    [steps],
  );
  const summary = steps
    .map(
      (step) =>
        `${FUNNEL_LABELS[step.stage]}: ${guardedText(step.reached, count)}${step.dropOff === null ? '' : ` (${dropOffText(step)})`}`,
    )
    .join('; ');
  return (
    <FigureCard
      figure="funnel"
      title="Funnel"
      intro="How many people reached each step, from invitation to a completed pairing, and how many were lost at each step."
      csvHref={csvHref}
      numbers={
        <NumbersTable
          caption="People at each step"
          columns={['Step', 'Reached', 'Drop-off', 'Went on']}
          rows={steps.map((step) => ({
            head: FUNNEL_LABELS[step.stage],
            cells: [
              guardedText(step.reached, count),
              step.dropOff === null ? '—' : guardedText(step.dropOff, count),
              step.conversion === null ? '—' : guardedText(step.conversion, percent),
            ],
          }))}
        />
      }
    >
      <OutcomeChart config={config} label={`Funnel. ${summary}.`} testId="outcomes-chart-funnel" size="tall" />
      <SuppressedNote
        items={steps.filter((step) => step.reached.suppressed).map((step) => FUNNEL_LABELS[step.stage])}
      />
    </FigureCard>
  );
}
