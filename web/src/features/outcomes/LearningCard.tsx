import { useId, useMemo, useState } from 'react';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import {
  LEARNING_DIRECTIONS,
  LEARNING_PHASES,
  type LearningCurve,
  type LearningPoint,
  type LearningSeries,
  type WhoLearns,
} from '../../api/outcomes';
import { FigureCard, NumbersTable, SuppressedNote } from './FigureCard';
import { OutcomeChart } from './OutcomeChart';
import { color, DIRECTION_LABELS, guardedText, mean, PHASE_LABELS, peopleText, point } from './outcomesFormat';

const ALL_SKILLS = 'All skills';

function categoriesOf(curve: LearningCurve): string[] {
  const seen = [...new Set(curve.series.map((s) => s.category))];
  return seen.includes(ALL_SKILLS) ? [ALL_SKILLS, ...seen.filter((c) => c !== ALL_SKILLS)] : seen;
}

/** The series' point at each phase (a missing phase counts as no point). */
function pointsOf(series: LearningSeries | undefined): Array<LearningPoint | undefined> {
  return LEARNING_PHASES.map((phase) => series?.points.find((p) => p.phase === phase));
}

function pointText(p: LearningPoint | undefined): string {
  if (p === undefined) return 'no ratings';
  return guardedText(p.meanLevel, (v) => mean(v));
}

function peopleAt(p: LearningPoint | undefined): string {
  if (p === undefined) return 'no ratings';
  return p.meanLevel.suppressed ? pointText(p) : peopleText(p.meanLevel.people);
}

/** Mean self-rated level at start, midway and end, for both directions, in one skill category. */
export function LearningCard({ learning, csvHref }: { learning: LearningCurve; csvHref: string }) {
  const categories = useMemo(() => categoriesOf(learning), [learning]);
  const [chosen, setChosen] = useState(categories[0] ?? ALL_SKILLS);
  const category = categories.includes(chosen) ? chosen : (categories[0] ?? ALL_SKILLS);
  const selectId = useId();
  const lines = useMemo(
    () =>
      LEARNING_DIRECTIONS.map((direction) => ({
        direction,
        points: pointsOf(learning.series.find((s) => s.direction === direction && s.category === category)),
      })),
    [learning, category],
  );
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        labels: LEARNING_PHASES.map((phase) => PHASE_LABELS[phase]),
        datasets: lines.map((line, index) => ({
          label: DIRECTION_LABELS[line.direction],
          data: line.points.map((p) => point(p?.meanLevel)),
          borderColor: color(index),
          backgroundColor: color(index),
          borderDash: index === 0 ? [] : [6, 4],
          pointRadius: 4,
          spanGaps: false,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { min: 1, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: 'Mean self-rated level (1–5)' } },
        },
        plugins: {
          legend: { position: 'bottom' },
          // The number of people behind each point, next to its value.
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'line'>) =>
                `${item.dataset.label ?? ''}: ${pointText(lines[item.datasetIndex]?.points[item.dataIndex])} (${peopleAt(lines[item.datasetIndex]?.points[item.dataIndex])})`,
            },
          },
        },
      },
    }),
    [lines],
  );
  const gaps = lines.flatMap((line) =>
    line.points.flatMap((p, i) =>
      p?.meanLevel.suppressed === true
        ? [`${PHASE_LABELS[LEARNING_PHASES[i] ?? 'start']} (${shortDirection(line.direction)})`]
        : [],
    ),
  );
  const summary = lines
    .map(
      (line) =>
        `${DIRECTION_LABELS[line.direction]}: ${line.points.map((p, i) => `${PHASE_LABELS[LEARNING_PHASES[i] ?? 'start']} ${pointText(p)}`).join(', ')}`,
    )
    .join('. ');
  return (
    <FigureCard
      figure="learning"
      title="Learning curve"
      intro="The learners' own rating of the skills they came to learn (1 = beginner, 5 = can teach it), at the start, midway and at the end."
      csvHref={csvHref}
      numbers={
        <NumbersTable
          caption={`Mean level and people behind it: ${category}`}
          columns={['Direction', ...LEARNING_PHASES.map((phase) => PHASE_LABELS[phase])]}
          rows={lines.map((line) => ({
            head: DIRECTION_LABELS[line.direction],
            cells: line.points.map((p) =>
              p === undefined || p.meanLevel.suppressed ? pointText(p) : `${pointText(p)} (${peopleAt(p)})`,
            ),
          }))}
        />
      }
    >
      {categories.length > 1 && (
        <div className="field outcome-select">
          <label htmlFor={selectId}>Skill category</label>
          <select id={selectId} value={category} onChange={(event) => setChosen(event.target.value)}>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      )}
      {learning.series.length === 0 ? (
        <p className="muted">No check-ins have been rated yet.</p>
      ) : (
        <>
          <OutcomeChart
            config={config}
            label={`Learning curve, ${category}. ${summary}.`}
            testId="outcomes-chart-learning"
          />
          <ul className="outcome-people" aria-label="People behind each point">
            {lines.map((line) => (
              <li key={line.direction}>
                <span className="outcome-people-who">{DIRECTION_LABELS[line.direction]}:</span>{' '}
                {line.points.map((p, i) => `${PHASE_LABELS[LEARNING_PHASES[i] ?? 'start']} ${peopleAt(p)}`).join(' · ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <SuppressedNote items={gaps} />
    </FigureCard>
  );
}

function shortDirection(direction: WhoLearns): string {
  return direction === 'senior_learns' ? 'seniors learning' : 'juniors learning';
}
