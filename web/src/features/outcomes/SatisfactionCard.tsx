import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { Satisfaction, ScaleMean } from '../../api/outcomes';
import { FigureCard, KeyNumbers, NumbersTable, SuppressedNote } from './FigureCard';
import { OutcomeChart } from './OutcomeChart';
import { color, guardedText, mean, monthLabel, percent, point, SIDE_LABELS, signed } from './outcomesFormat';

const BASE = { responsive: true, maintainAspectRatio: false, animation: false } as const;

/** The question keys in the order they first appear, with their labels. */
function questionsOf(rows: ReadonlyArray<{ means: ScaleMean[] }>): Array<{ key: string; label: string }> {
  const seen = new Map<string, string>();
  for (const row of rows) for (const m of row.means) if (!seen.has(m.key)) seen.set(m.key, m.label);
  return [...seen].map(([key, label]) => ({ key, label }));
}

const meanOf = (means: ScaleMean[], key: string) => means.find((m) => m.key === key)?.mean;

/** NPS trend and pulse means by month, end-of-cycle results by role, and (only when there are any) comments. */
export function SatisfactionCard({ satisfaction, csvHref }: { satisfaction: Satisfaction; csvHref: string }) {
  const { pulse, endOfCycle, comments } = satisfaction;
  const pulseQuestions = useMemo(() => questionsOf(pulse), [pulse]);
  const endQuestions = useMemo(() => questionsOf(endOfCycle), [endOfCycle]);

  const npsConfig = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        labels: pulse.map((p) => monthLabel(p.period)),
        datasets: [
          {
            label: 'NPS',
            data: pulse.map((p) => point(p.nps)?.nps ?? null),
            borderColor: color(0),
            backgroundColor: color(0),
            pointRadius: 4,
            spanGaps: false,
          },
        ],
      },
      options: {
        ...BASE,
        scales: { y: { min: -100, max: 100, title: { display: true, text: 'Net promoter score' } } },
        plugins: { legend: { display: false } },
      },
    }),
    [pulse],
  );
  const pulseConfig = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        labels: pulse.map((p) => monthLabel(p.period)),
        datasets: pulseQuestions.map((q, i) => ({
          label: q.label,
          data: pulse.map((p) => point(meanOf(p.means, q.key))),
          borderColor: color(i + 1),
          backgroundColor: color(i + 1),
          borderDash: i % 2 === 0 ? [] : [6, 4],
          pointRadius: 3,
          spanGaps: false,
        })),
      },
      options: {
        ...BASE,
        scales: { y: { min: 1, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: 'Mean (1–5)' } } },
        plugins: { legend: { position: 'bottom' } },
      },
    }),
    [pulse, pulseQuestions],
  );
  const endConfig = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: endOfCycle.map((e) => SIDE_LABELS[e.side]),
        datasets: endQuestions.map((q, i) => ({
          label: q.label,
          data: endOfCycle.map((e) => point(meanOf(e.means, q.key))),
          backgroundColor: color(i),
        })),
      },
      options: {
        ...BASE,
        scales: { y: { min: 0, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: 'Mean (1–5)' } } },
        plugins: { legend: { position: 'bottom' } },
      },
    }),
    [endOfCycle, endQuestions],
  );

  const npsText = (p: { nps: Satisfaction['pulse'][number]['nps'] }) => guardedText(p.nps, (v) => signed(v.nps));
  const pulseGaps = pulse.filter((p) => p.nps.suppressed).map((p) => `${monthLabel(p.period)} pulse`);
  const endGaps = endOfCycle
    .filter((e) => e.nps.suppressed && e.means.every((m) => m.mean.suppressed))
    .map((e) => `end of cycle, ${SIDE_LABELS[e.side].toLowerCase()}`);
  const shownComments = comments.suppressed ? [] : comments.value;

  return (
    <FigureCard
      figure="satisfaction"
      title="Satisfaction and morale"
      intro="The monthly pulse (morale, usefulness, would recommend) and the end-of-cycle survey of each role. NPS runs from −100 to +100."
      csvHref={csvHref}
      numbers={
        <>
          <NumbersTable
            caption="Monthly pulse"
            columns={['Month', 'NPS', ...pulseQuestions.map((q) => q.label)]}
            rows={pulse.map((p) => ({
              head: monthLabel(p.period),
              cells: [npsText(p), ...pulseQuestions.map((q) => cell(meanOf(p.means, q.key)))],
            }))}
          />
          <NumbersTable
            caption="End of cycle"
            columns={['Who', 'NPS', 'Would do it again', ...endQuestions.map((q) => q.label)]}
            rows={endOfCycle.map((e) => ({
              head: SIDE_LABELS[e.side],
              cells: [
                npsText(e),
                guardedText(e.wouldAgain, percent),
                ...endQuestions.map((q) => cell(meanOf(e.means, q.key))),
              ],
            }))}
          />
        </>
      }
    >
      <h3 className="outcome-subhead">NPS trend</h3>
      {pulse.length === 0 ? (
        <p className="muted">No pulse survey has been answered yet.</p>
      ) : (
        <>
          <OutcomeChart
            config={npsConfig}
            label={`NPS by month: ${pulse.map((p) => `${monthLabel(p.period)} ${npsText(p)}`).join(', ')}.`}
            testId="outcomes-chart-nps"
            size="short"
          />
          <h3 className="outcome-subhead">Pulse means</h3>
          <OutcomeChart
            config={pulseConfig}
            label={`Pulse means by month. ${pulseQuestions.map((q) => `${q.label}: ${pulse.map((p) => `${monthLabel(p.period)} ${cell(meanOf(p.means, q.key))}`).join(', ')}`).join('. ')}.`}
            testId="outcomes-chart-pulse"
            size="short"
          />
        </>
      )}
      <SuppressedNote items={pulseGaps} />
      <h3 className="outcome-subhead">End of cycle</h3>
      {endOfCycle.length === 0 ? (
        <p className="muted">The end-of-cycle survey has no answers yet.</p>
      ) : (
        <>
          <KeyNumbers
            items={endOfCycle.map((e) => ({
              term: SIDE_LABELS[e.side],
              value: `NPS ${npsText(e)}`,
              detail: `Would do it again: ${guardedText(e.wouldAgain, percent)}`,
            }))}
          />
          <OutcomeChart
            config={endConfig}
            label={`End of cycle by role. ${endOfCycle.map((e) => `${SIDE_LABELS[e.side]}: ${e.means.map((m) => `${m.label} ${cell(m.mean)}`).join(', ')}`).join('. ')}.`}
            testId="outcomes-chart-end-of-cycle"
            size="short"
          />
        </>
      )}
      <SuppressedNote items={endGaps} />
      {shownComments.length > 0 && (
        <>
          <h3 className="outcome-subhead">What people wrote</h3>
          <p className="muted">Shown without names, in no particular order.</p>
          <CommentList comments={shownComments.slice(0, FIRST_COMMENTS)} />
          {shownComments.length > FIRST_COMMENTS && (
            <details className="outcome-more-comments">
              <summary>Show all {shownComments.length} comments</summary>
              <CommentList comments={shownComments.slice(FIRST_COMMENTS)} />
            </details>
          )}
        </>
      )}
    </FigureCard>
  );
}

/** The first few comments show; the rest wait behind "Show all" so the card stays short. */
const FIRST_COMMENTS = 5;

function CommentList({ comments }: { comments: readonly string[] }) {
  return (
    <ul className="outcome-comments">
      {comments.map((text, index) => (
        // Comments carry no id and may repeat: the position is their only key.
        <li key={index}>
          <blockquote>{text}</blockquote>
        </li>
      ))}
    </ul>
  );
}

function cell(figure: ScaleMean['mean'] | undefined): string {
  return figure === undefined ? '—' : guardedText(figure, mean);
}
