// The one rule for every figure that leaves the pairs: no figure computed from fewer than
// MIN_GROUP people, anywhere (charts, exports, API). Every figure is built through `guard`, so
// the rule lives here alone; presenters and CSV writers only copy its result.

export const MIN_GROUP = 5;

export const SUPPRESSED_LABEL = `Fewer than ${MIN_GROUP} people`;

/** A figure with the number of distinct people behind it, or suppressed (no value, no count). */
export type Guarded<T> = { suppressed: false; people: number; value: T } | { suppressed: true; people: null; value: null };

/** True when a group of `people` distinct people may be shown. */
export function isShowable(people: number): boolean {
  return Number.isInteger(people) && people >= MIN_GROUP;
}

/**
 * The figure `compute()` for a group of `people` distinct people, or suppressed. `compute` is
 * only called for a showable group, so nothing is even computed from a smaller one.
 */
export function guard<T>(people: number, compute: () => T): Guarded<T> {
  if (!isShowable(people)) return { suppressed: true, people: null, value: null };
  return { suppressed: false, people, value: compute() };
}

/** A head count: itself a figure about those people, so also suppressed under MIN_GROUP. */
export function headCount(people: number): Guarded<number> {
  return guard(people, () => people);
}

/** Distinct ids, for the `people` of a group built from rows. */
export function distinct(ids: Iterable<string>): number {
  return new Set(ids).size;
}

/** Rounded for display and export: two decimals are enough for any mean on a 1–10 scale. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
