import { useEffect, useRef } from 'react';
import type { CheckinPhase } from '../../api/checkins';

// Chart.js draws on the canvas and sizes it through the CSSOM, which the CSP allows (no inline
// style attribute, no injected stylesheet); the box's height comes from workspace.css.

const PHASE_NAMES: Record<CheckinPhase, string> = { start: 'Start', midway: 'Midway', end: 'End' };
const PHASES: readonly CheckinPhase[] = ['start', 'midway', 'end'];
const COLOR = '#1f4fbf';

interface CheckinChartProps {
  /** The skill, for the chart's accessible name. */
  skill: string;
  /** Whose levels: "you" or the partner's name. */
  who: string;
  levels: Partial<Record<CheckinPhase, number>>;
}

/** A small line chart of one person's self-rated level on one skill, start → midway → end. */
export function CheckinChart({ skill, who, levels }: CheckinChartProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const values = PHASES.map((p) => levels[p] ?? null);
  const key = values.join(',');

  useEffect(() => {
    const canvas = ref.current;
    if (canvas === null) return;
    let chart: { destroy(): void } | undefined;
    let gone = false;
    void import('./checkinChartSetup').then(({ Chart }) => {
      if (gone) return;
      chart = new Chart(canvas, {
        type: 'line',
        data: {
          labels: PHASES.map((p) => PHASE_NAMES[p]),
          datasets: [
            {
              label: who,
              data: key.split(',').map((v) => (v === '' ? null : Number(v))),
              borderColor: COLOR,
              backgroundColor: COLOR,
              spanGaps: true,
              pointRadius: 4,
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { min: 1, max: 5, ticks: { stepSize: 1 } } },
          plugins: { tooltip: { enabled: true } },
        },
      });
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [key, who]);

  const text = PHASES.map((p) => `${PHASE_NAMES[p]}: ${levels[p] ?? 'not rated'}`).join(', ');
  return (
    <div className="checkins-chart">
      <canvas ref={ref} role="img" aria-label={`${skill}, ${who}: ${text}`} />
    </div>
  );
}
