import { useEffect, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js';

// Chart.js draws on the canvas and sizes it through the CSSOM, which the CSP allows (no inline
// style attribute, no injected stylesheet); the box's height comes from outcomes.css. Only the
// type comes from chart.js here: the library itself is loaded lazily from chartSetup.

interface OutcomeChartProps {
  /** Build it with useMemo: a new object draws the chart again. */
  config: ChartConfiguration;
  /** The chart's accessible name: a one-sentence summary (the card's table has the numbers). */
  label: string;
  /** data-testid of the canvas; it gets data-chart-ready="true" once drawn. */
  testId: string;
  size?: 'short' | 'tall';
}

export function OutcomeChart({ config, label, testId, size }: OutcomeChartProps) {
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    if (canvas === null) return;
    let chart: { destroy(): void; resize(): void } | undefined;
    let gone = false;
    // A printed page is narrower than the screen: redraw at the print width.
    const resize = () => chart?.resize();
    void import('./chartSetup').then(({ Chart }) => {
      if (gone) return;
      chart = new Chart(canvas, config);
      canvas.dataset.chartReady = 'true';
      window.addEventListener('beforeprint', resize);
    });
    return () => {
      gone = true;
      window.removeEventListener('beforeprint', resize);
      chart?.destroy();
      delete canvas.dataset.chartReady;
    };
  }, [config]);

  return (
    <div className={size === undefined ? 'outcome-chart' : `outcome-chart outcome-chart-${size}`}>
      <canvas ref={ref} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
