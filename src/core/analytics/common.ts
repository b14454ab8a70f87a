// Small helpers shared by the outcome computations: dates as YYYY-MM-DD strings (UTC), and a
// suppressed figure for when a group is showable on its own but showing it would reveal a
// smaller one (complementary suppression). The threshold itself lives only in privacy.ts.
import type { Guarded } from './privacy.js';

export const DAY_MS = 86_400_000;

/** A figure withheld although its own group may be large: showing it would give away a smaller one. */
export function withheld<T>(): Guarded<T> {
  return { suppressed: true, people: null, value: null };
}

/** Midnight UTC of a YYYY-MM-DD date (a longer ISO string is cut to its date). */
export function dayStart(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: cheap to compare and subtract in loops over many rows. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: string, days: number): string {
  return new Date(dayStart(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** YYYY-MM of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Every month from `from`'s to `to`'s, both included (YYYY-MM). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = monthOf(to);
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (month > last) return out;
    out.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** The first day of a month and the first day of the next one (YYYY-MM-DD, half-open). */
export function monthBounds(month: string): { start: string; next: string } {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next =
    m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
  return { start: `${month}-01`, next: `${next}-01` };
}

export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** Percentile by linear interpolation between order statistics (Excel PERCENTILE.INC, R type 7). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}
