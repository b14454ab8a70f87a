import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { Reach } from '../../api/outcomes';
import { FigureCard, KeyNumbers, NumbersTable, SuppressedNote } from './FigureCard';
import { OutcomeChart } from './OutcomeChart';
import { color, count, guardedText, percent, point } from './outcomesFormat';

const BASE = { responsive: true, maintainAspectRatio: false, animation: false } as const;

function gapLabel(gap: number): string {
  if (gap === 0) return 'Same level';
  return gap === 1 || gap === -1 ? `${gap} level` : `${gap} levels`;
}

/** Pairs across departments and generations (shares), and how wide the level gap is (bars). */
export function ReachCard({ reach, csvHref }: { reach: Reach; csvHref: string }) {
  const { pairs, crossDepartment, crossGeneration, levelGaps } = reach;
  const shareConfig = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: ['Across departments', 'Across generations'],
        datasets: [
          {
            label: 'Share of pairs',
            data: [point(crossDepartment)?.share ?? null, point(crossGeneration)?.share ?? null],
            backgroundColor: [color(0), color(2)],
          },
        ],
      },
      options: {
        ...BASE,
        indexAxis: 'y',
        scales: { x: { min: 0, max: 1, ticks: { callback: (value) => percent(Number(value)) } } },
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => percent(Number(item.raw)) } } },
      },
    }),
    [crossDepartment, crossGeneration],
  );
  const gapConfig = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: levelGaps.map((g) => gapLabel(g.gap)),
        datasets: [{ label: 'Pairs', data: levelGaps.map((g) => point(g.pairs)), backgroundColor: color(1) }],
      },
      options: {
        ...BASE,
        scales: {
          y: { beginAtZero: true, title: { display: true, text: 'Pairs' } },
          x: { title: { display: true, text: 'Senior’s level minus junior’s level' } },
        },
        plugins: { legend: { display: false } },
      },
    }),
    [levelGaps],
  );
  const deptText = guardedText(crossDepartment, (s) => `${percent(s.share)}`);
  const genText = guardedText(crossGeneration, (s) => `${percent(s.share)}`);
  const gaps = [
    ...(crossDepartment.suppressed ? ['across departments'] : []),
    ...(crossGeneration.suppressed ? ['across generations'] : []),
    ...levelGaps.filter((g) => g.pairs.suppressed).map((g) => gapLabel(g.gap).toLowerCase()),
  ];
  return (
    <FigureCard
      figure="reach"
      title="Reach"
      intro="How far the pairs reach across the organization: other departments, other generations, and the distance in level between the two members."
      csvHref={csvHref}
      numbers={
        <NumbersTable
          caption="Pairs that became active"
          columns={['Measure', 'Pairs', 'Share']}
          rows={[
            { head: 'All pairs', cells: [guardedText(pairs, count), '—'] },
            { head: 'Across departments', cells: [guardedText(crossDepartment, (s) => count(s.count)), deptText] },
            {
              head: 'Across generations',
              cells: [
                guardedText(crossGeneration, (s) => `${count(s.count)} of ${count(s.known)} with both bands known`),
                genText,
              ],
            },
            ...levelGaps.map((g) => ({
              head: `Level gap: ${gapLabel(g.gap)}`,
              cells: [guardedText(g.pairs, count), '—'],
            })),
          ]}
        />
      }
    >
      <KeyNumbers
        items={[
          { term: 'Pairs', value: guardedText(pairs, count) },
          {
            term: 'Across departments',
            value: deptText,
            detail: crossDepartment.suppressed ? undefined : `${count(crossDepartment.value.count)} pairs`,
          },
          {
            term: 'Across generations',
            value: genText,
            detail: crossGeneration.suppressed
              ? undefined
              : `${count(crossGeneration.value.count)} of ${count(crossGeneration.value.known)} pairs whose generations are known`,
          },
        ]}
      />
      <OutcomeChart
        config={shareConfig}
        label={`Share of pairs across departments: ${deptText}; across generations: ${genText}.`}
        testId="outcomes-chart-reach-share"
        size="short"
      />
      {levelGaps.length > 0 && (
        <>
          <h3 className="outcome-subhead">Level gap</h3>
          <OutcomeChart
            config={gapConfig}
            label={`Pairs by level gap: ${levelGaps.map((g) => `${gapLabel(g.gap)} ${guardedText(g.pairs, count)}`).join(', ')}.`}
            testId="outcomes-chart-reach-gap"
            size="short"
          />
        </>
      )}
      <SuppressedNote items={gaps} />
    </FigureCard>
  );
}
