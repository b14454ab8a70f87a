// What an admin needs to trust a pairing: how scores are spread, the weakest pair, and how many
// pairs would rather be together than with their assigned partners (blocking pairs).
import type { Edge } from './types.js';

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

/**
 * Blocking pairs if each person ranked partners by score: an eligible mentor and mentee, not
 * paired together, where the mentee is unmatched or scores the mentor higher than their partner,
 * and the mentor has a free place or scores the mentee higher than their weakest mentee.
 * An optimal total can still leave some: optimality is for the program, stability per person.
 */
export function countBlockingPairs(
  edges: readonly Edge[],
  pairs: ReadonlyArray<readonly [mentor: number, mentee: number]>,
  capacities: readonly number[],
): number {
  const scoreOf = new Map<string, number>();
  for (const e of edges) scoreOf.set(`${e.mentor}:${e.mentee}`, e.score);
  const menteeScore = new Map<number, number>();
  const mentorLoad = new Map<number, number>();
  const mentorWeakest = new Map<number, number>();
  const paired = new Set<string>();
  for (const [m, t] of pairs) {
    const s = scoreOf.get(`${m}:${t}`) ?? 0;
    paired.add(`${m}:${t}`);
    menteeScore.set(t, s);
    mentorLoad.set(m, (mentorLoad.get(m) ?? 0) + 1);
    mentorWeakest.set(m, Math.min(mentorWeakest.get(m) ?? Infinity, s));
  }
  let blocking = 0;
  for (const e of edges) {
    if (paired.has(`${e.mentor}:${e.mentee}`)) continue;
    const current = menteeScore.get(e.mentee);
    const menteeWants = current === undefined || e.score > current;
    const hasRoom = (mentorLoad.get(e.mentor) ?? 0) < (capacities[e.mentor] ?? 0);
    const mentorWants = hasRoom || e.score > (mentorWeakest.get(e.mentor) ?? Infinity);
    if (menteeWants && mentorWants) blocking += 1;
  }
  return blocking;
}
