// Net Promoter Score: 9–10 promoters, 7–8 passives, 0–6 detractors; NPS = % promoters − % detractors.
import type { NpsValue } from './figures.js';

export type NpsBucket = 'promoter' | 'passive' | 'detractor';

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** The bucket of one 0–10 answer, or null for anything that is not a whole number 0–10. */
export function npsBucket(score: number): NpsBucket | null {
  if (!Number.isInteger(score) || score < 0 || score > 10) return null;
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** NPS rounded to a whole number (−100..100); 0 when nobody answered. The counts are of answers. */
export function npsOf(counts: NpsCounts): NpsValue {
  const total = counts.promoters + counts.passives + counts.detractors;
  const raw = total === 0 ? 0 : ((counts.promoters - counts.detractors) / total) * 100;
  // Halves round away from zero, so −12.5 and 12.5 round alike; `+ 0` turns −0 into 0.
  const nps = Math.sign(raw) * Math.round(Math.abs(raw)) + 0;
  return { nps, promoters: counts.promoters, passives: counts.passives, detractors: counts.detractors };
}

/** Adds the buckets of many 0–10 answers (invalid answers are skipped). */
export function npsCounts(scores: Iterable<number>): NpsCounts {
  const c: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const s of scores) {
    const b = npsBucket(s);
    if (b === 'promoter') c.promoters += 1;
    else if (b === 'passive') c.passives += 1;
    else if (b === 'detractor') c.detractors += 1;
  }
  return c;
}
