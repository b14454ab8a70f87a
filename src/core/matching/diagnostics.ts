// How a pairing's scores are spread (blocking pairs are counted by scanBlocking, over every
// eligible pair: pricing-scan.ts).

export interface ScoreDistribution {
  count: number;
  min: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  max: number | null;
  mean: number | null;
}

export function scoreDistribution(scores: readonly number[]): ScoreDistribution {
  if (!scores.length) return { count: 0, min: null, p25: null, median: null, p75: null, max: null, mean: null };
  const sorted = [...scores].sort((a, b) => a - b);
  // Nearest-rank quantiles: always a score that some pair really has.
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? null;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { count: sorted.length, min: sorted[0] ?? null, p25: at(0.25), median: at(0.5), p75: at(0.75), max: sorted.at(-1) ?? null, mean: sum / sorted.length };
}
