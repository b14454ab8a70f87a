import { describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { barLabels } from './barLabels';

// A stand-in for the parts of a horizontal bar chart the plugin reads: 10 px per person from x=100.
function fakeChart(data: Array<number | null>) {
  const drawn: Array<{ text: string; x: number; y: number; color: string }> = [];
  const ctx = {
    font: '',
    textBaseline: '',
    textAlign: '',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    strokeText() {},
    save() {},
    restore() {},
    measureText: (text: string) => ({ width: text.length * 6 }),
    fillText(text: string, x: number, y: number) {
      drawn.push({ text, x, y, color: String(ctx.fillStyle) });
    },
  };
  const chart = {
    ctx,
    chartArea: { left: 100, right: 500, top: 0, bottom: 300 },
    scales: {
      x: { getPixelForValue: (v: number) => 100 + v * 10 },
      y: { getPixelForValue: (i: number) => 20 + i * 40 },
    },
    data: { datasets: [{ data }] },
  };
  return { chart: chart as unknown as Chart<'bar'>, drawn };
}

describe('barLabels', () => {
  it('writes each label inside a long bar, after a short one, and at the axis for a suppressed bar', () => {
    const { chart, drawn } = fakeChart([30, 1, null]);
    const plugin = barLabels(['30 (−10)', '1', 'Fewer than 5 people']);
    (plugin.afterDatasetsDraw as (c: Chart<'bar'>) => void)(chart);
    expect(drawn).toEqual([
      { text: '30 (−10)', x: 106, y: 20, color: '#ffffff' },
      { text: '1', x: 116, y: 60, color: '#1a2130' },
      { text: 'Fewer than 5 people', x: 106, y: 100, color: '#1a2130' },
    ]);
  });
});
