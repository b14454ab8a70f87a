// The participation funnel: invited → applied → approved → trained → matched → active → completed.
//
// Privacy (docs/outcomes-methods.md): a reached count is shown only for at least MIN_GROUP people
// (primary suppression). Two shown counts must never differ by 1–4 people, or their difference
// would reveal that small group of drop-outs; when they do, the later count is withheld as well
// (complementary suppression), and that is repeated until no two neighbouring shown counts
// differ by a small group. A drop-off or conversion is shown only when both counts it comes from
// are shown, so it tells nothing that the shown counts do not already tell.
import { FUNNEL_STAGES, type Funnel, type FunnelStage, type FunnelStep } from './figures.js';
import { guard, headCount, isShowable } from './privacy.js';
import { roundTo, withheld } from './common.js';

/** People who reached each stage or a later one (so the counts never grow along the funnel). */
export type FunnelInput = Record<FunnelStage, number>;

/** A small group: some people, but fewer than may be shown. Zero is no group at all. */
const smallGroup = (people: number) => people > 0 && !isShowable(people);

/**
 * Which reached counts may be shown: each one for a showable group, and no two shown
 * neighbours (with only withheld counts between them) differing by a small group.
 */
export function shownStages(counts: readonly number[]): boolean[] {
  const shown = counts.map((c) => isShowable(c));
  let lastShown = -1;
  for (let i = 0; i < counts.length; i += 1) {
    if (!shown[i]) continue;
    // The later count is the one withheld: the funnel keeps its top, and what is left to compare
    // only grows apart, so one pass settles it.
    if (lastShown >= 0 && smallGroup((counts[lastShown] ?? 0) - (counts[i] ?? 0))) shown[i] = false;
    else lastShown = i;
  }
  return shown;
}

/** Counts cleaned up: whole, not negative, and never more than the stage before. */
function normalised(reached: FunnelInput): number[] {
  let previous = Number.POSITIVE_INFINITY;
  return FUNNEL_STAGES.map((stage) => {
    const raw = reached[stage];
    const n = Number.isFinite(raw) ? Math.max(0, Math.floor(raw)) : 0;
    previous = Math.min(previous, n);
    return previous;
  });
}

export function funnel(reached: FunnelInput): Funnel {
  const counts = normalised(reached);
  const shown = shownStages(counts);
  const steps: FunnelStep[] = FUNNEL_STAGES.map((stage, i) => {
    const here = counts[i] ?? 0;
    const reachedFigure = shown[i] ? headCount(here) : withheld<number>();
    if (i === 0) return { stage, reached: reachedFigure, dropOff: null, conversion: null };
    const previous = counts[i - 1] ?? 0;
    const both = Boolean(shown[i - 1] && shown[i]);
    return {
      stage,
      reached: reachedFigure,
      // The drop-outs are their own group: shown only when that group is showable too.
      dropOff: both ? headCount(previous - here) : withheld<number>(),
      // Over the people of the previous stage (both counts are shown, so both are ≥ MIN_GROUP).
      conversion: both ? guard(previous, () => roundTo(here / previous, 4)) : withheld<number>(),
    };
  });
  return { steps };
}
