// When a stored outcome figure may be served (src/app/outcomes/figure-snapshots.ts keeps them).

/**
 * From this size a stale figure is served as it was while a job recomputes it: enrollments in
 * the scope, and for retention (which reads the whole directory) people in the organization.
 * Measured with bench/outcomes.bench.ts: below these the whole dashboard recomputes in about
 * 200 ms on PGlite, so smaller scopes are recomputed in the request and always exact.
 */
export const BACKGROUND_AT = { enrollments: 1000, people: 10_000 } as const;
export type BackgroundAt = { enrollments: number; people: number };

/** Fresh: computed for today, and nothing it was computed from has changed since. */
export function isFresh(snapshot: { stale: boolean; asOfDay: string }, today: string): boolean {
  return !snapshot.stale && snapshot.asOfDay === today;
}

/** Whether the figure's scope is large enough that a stale snapshot is refreshed in the background. */
export function refreshesInBackground(figure: string, size: { enrollments: number; people: number }, at: BackgroundAt = BACKGROUND_AT): boolean {
  return size.enrollments >= at.enrollments || (figure === 'retention' && size.people >= at.people);
}
