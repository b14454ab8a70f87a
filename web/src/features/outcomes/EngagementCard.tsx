import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { Engagement } from '../../api/outcomes';
import { FigureCard, KeyNumbers, NumbersTable, SuppressedNote } from './FigureCard';
import { OutcomeChart } from './OutcomeChart';
import { COLORS, count, guardedText, monthLabel, point } from './outcomesFormat';

/** Meetings held (bars) against those the pairs' cadence promised (line), by month; at-risk pairs and time to first meeting. */
export function EngagementCard({ engagement, csvHref }: { engagement: Engagement; csvHref: string }) {
  const { months, activePairs, atRiskPairs, daysToFirstMeeting } = engagement;
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: months.map((m) => monthLabel(m.month)),
        datasets: [
          {
            type: 'bar',
            label: 'Meetings held',
            data: months.map((m) => point(m.held)),
            backgroundColor: COLORS[0],
            order: 2,
          },
          {
            type: 'line',
            label: 'Meetings promised',
            data: months.map((m) => point(m.promised)),
            borderColor: COLORS[1],
            backgroundColor: COLORS[1],
            borderDash: [6, 4],
            pointRadius: 3,
            spanGaps: false,
            order: 1,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: 'Meetings' } } },
        plugins: { legend: { position: 'bottom' } },
      },
    }),
    [months],
  );
  const gaps = months.filter((m) => m.held.suppressed || m.promised.suppressed).map((m) => monthLabel(m.month));
  const summary = months
    .map(
      (m) => `${monthLabel(m.month)}: ${guardedText(m.held, count)} held of ${guardedText(m.promised, count)} promised`,
    )
    .join('; ');
  return (
    <FigureCard
      figure="engagement"
      title="Engagement"
      intro="Meetings the pairs held each month against the meetings their agreed cadence promised."
      csvHref={csvHref}
      numbers={
        <NumbersTable
          caption="Meetings by month"
          columns={['Month', 'Held', 'Promised']}
          rows={months.map((m) => ({
            head: monthLabel(m.month),
            cells: [guardedText(m.held, count), guardedText(m.promised, count)],
          }))}
        />
      }
    >
      <KeyNumbers
        items={[
          { term: 'Active pairs', value: guardedText(activePairs, count) },
          {
            term: 'Pairs at risk',
            value: guardedText(atRiskPairs, count),
            detail: 'No meeting for twice their cadence',
          },
          {
            term: 'Days to first meeting',
            value: guardedText(daysToFirstMeeting, (d) => `${count(d.median)} days`),
            detail: daysToFirstMeeting.suppressed
              ? undefined
              : `Median; half of pairs between ${count(daysToFirstMeeting.value.p25)} and ${count(daysToFirstMeeting.value.p75)} days`,
          },
        ]}
      />
      {months.length === 0 ? (
        <p className="muted">No meetings were due yet.</p>
      ) : (
        <OutcomeChart
          config={config}
          label={`Meetings held against promised. ${summary}.`}
          testId="outcomes-chart-engagement"
        />
      )}
      <SuppressedNote items={gaps} />
    </FigureCard>
  );
}
