// Satisfaction and morale: the monthly pulse (morale, usefulness, NPS) and the end-of-cycle
// survey per side, from cells the API aggregates; free-text comments only for a group of at
// least MIN_GROUP respondents, without names, in alphabetical order (no order that could tell
// who wrote what, such as the order of answering).
import type { SatisfactionPeriod, Satisfaction, ScaleMean } from './figures.js';
import { guard, round2 } from './privacy.js';
import { npsOf, type NpsCounts } from './nps.js';

export const SCALE_LABELS: Readonly<Record<string, string>> = {
  morale: 'Morale',
  useful: 'Our sessions are useful',
  satisfaction: 'Satisfaction',
  learned: 'How much I learned',
};
export const PULSE_SCALE_KEYS = ['morale', 'useful'] as const;
export const END_SCALE_KEYS = ['satisfaction', 'learned'] as const;
export const END_SIDES = ['mentor', 'mentee', 'all'] as const;
export type EndSide = (typeof END_SIDES)[number];

/** Answers to one scale question: their sum and number, and the distinct people who gave them. */
export interface ScaleCell {
  key: string;
  sum: number;
  n: number;
  people: number;
}

/** NPS answers in buckets, and the distinct people who gave them. */
export interface NpsCell extends NpsCounts {
  people: number;
}

export interface PulsePeriodCells {
  /** YYYY-MM of the answers. */
  period: string;
  scales: readonly ScaleCell[];
  nps: NpsCell | null;
}

export interface EndOfCycleCells {
  /** 'all' is both sides together, its people counted distinct by the API (not added up). */
  side: EndSide;
  scales: readonly ScaleCell[];
  nps: NpsCell | null;
  /** "Would do it again": yes answers over all answers, by `people` distinct respondents. */
  wouldAgain: { yes: number; total: number; people: number } | null;
}

export interface SatisfactionInput {
  pulse: readonly PulsePeriodCells[];
  endOfCycle: readonly EndOfCycleCells[];
  /** Free-text answers, and how many distinct people wrote them. */
  comments: { texts: readonly string[]; respondents: number };
}

/** The standard keys first (always listed, suppressed when unanswered), then any other key alphabetically. */
function means(cells: readonly ScaleCell[], standard: readonly string[]): ScaleMean[] {
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const extra = [...byKey.keys()].filter((k) => !standard.includes(k)).sort((a, b) => a.localeCompare(b));
  return [...standard, ...extra].map((key) => {
    const c = byKey.get(key);
    return {
      key,
      label: SCALE_LABELS[key] ?? key,
      mean: guard(c && c.n > 0 ? c.people : 0, () => round2((c?.sum ?? 0) / (c?.n ?? 1))),
    };
  });
}

const nps = (c: NpsCell | null) =>
  guard(c ? c.people : 0, () => npsOf(c ?? { promoters: 0, passives: 0, detractors: 0 }));

function pulsePeriod(p: PulsePeriodCells): SatisfactionPeriod {
  return { period: p.period, nps: nps(p.nps), means: means(p.scales, PULSE_SCALE_KEYS) };
}

export function satisfaction(input: SatisfactionInput): Satisfaction {
  const bySide = new Map(input.endOfCycle.map((c) => [c.side, c]));
  const texts = input.comments.texts.map((t) => t.trim()).filter((t) => t !== '');
  return {
    pulse: [...input.pulse].sort((a, b) => a.period.localeCompare(b.period)).map(pulsePeriod),
    endOfCycle: END_SIDES.map((side) => {
      const c = bySide.get(side);
      const again = c?.wouldAgain ?? null;
      return {
        side,
        nps: nps(c?.nps ?? null),
        means: means(c?.scales ?? [], END_SCALE_KEYS),
        wouldAgain: guard(again && again.total > 0 ? again.people : 0, () =>
          round2((again?.yes ?? 0) / (again?.total ?? 1)),
        ),
      };
    }),
    comments: guard(input.comments.respondents, () => texts.sort((a, b) => a.localeCompare(b))),
  };
}
