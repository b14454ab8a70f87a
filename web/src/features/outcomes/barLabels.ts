import type { Chart, Plugin } from 'chart.js';

/**
 * A Chart.js plugin that writes one label per bar of a horizontal bar chart (the funnel's counts
 * and drop-offs): on the canvas, so nothing is added to the page (CSP-safe) and the label stays
 * readable at 375 px where long axis labels would be cut. A bar without a value (a suppressed
 * figure) gets its label at the axis, so the gap is named rather than left blank.
 */
export function barLabels(texts: readonly string[]): Plugin<'bar'> {
  return {
    id: 'outcomeBarLabels',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x;
      const y = scales.y;
      if (x === undefined || y === undefined) return;
      const data = chart.data.datasets[0]?.data ?? [];
      ctx.save();
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      texts.forEach((text, index) => {
        const value = data[index];
        const base = x.getPixelForValue(0);
        const end = typeof value === 'number' ? x.getPixelForValue(value) : base;
        const width = ctx.measureText(text).width;
        const inside = end - base > width + 12;
        ctx.fillStyle = inside ? '#ffffff' : '#1a2130';
        ctx.textAlign = 'left';
        const left = Math.max(inside ? base + 6 : Math.min(end + 6, chartArea.right - width), chartArea.left + 2);
        const top = y.getPixelForValue(index);
        // Outside a bar the label may still overlap its end on a narrow screen: a white halo keeps it legible.
        if (!inside) {
          ctx.strokeStyle = '#ffffff';
          ctx.lineWidth = 3;
          ctx.strokeText(text, left, top);
        }
        ctx.fillText(text, left, top);
      });
      ctx.restore();
    },
  };
}
