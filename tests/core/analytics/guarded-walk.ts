// Test helper: every Guarded figure inside a result, wherever it sits.
import type { Guarded } from '../../../src/core/analytics/privacy.js';

export function guardedIn(x: unknown, out: Array<Guarded<unknown>> = []): Array<Guarded<unknown>> {
  if (Array.isArray(x)) for (const v of x) guardedIn(v, out);
  else if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if ('suppressed' in o && 'people' in o && 'value' in o) {
      out.push(o as Guarded<unknown>);
      guardedIn(o.value, out);
    } else for (const v of Object.values(o)) guardedIn(v, out);
  }
  return out;
}

/** The k ≥ 5 invariant of privacy.ts, checked on one figure. */
export function isWellGuarded(g: Guarded<unknown>): boolean {
  return g.suppressed
    ? g.people === null && g.value === null
    : Number.isInteger(g.people) && g.people >= 5 && g.value !== null;
}
