// Retention: Kaplan–Meier survival ("still employed") of participants and of comparable
// non-participants, by junior and senior side, with 95 % confidence intervals (Greenwood's
// variance on the log(−log) scale), and the 12-month rate. Formulas in docs/outcomes-methods.md.
import type { Retention, RetentionCurve, RetentionGroup, SurvivalPoint } from './figures.js';
import { guard, isShowable } from './privacy.js';
import { dayNumber, roundTo, withheld } from './common.js';

export const RETENTION_GROUPS: readonly RetentionGroup[] = [
  'junior_participants',
  'junior_comparison',
  'senior_participants',
  'senior_comparison',
];
export const RETENTION_CAVEAT =
  'Observational comparison: participants chose to join and were approved, so differences are not proof that the program caused them.';
/** The two-sided 95 % normal quantile. */
export const Z95 = 1.959963984540054;
export const TWELVE_MONTHS_DAYS = 365;

/** People followed for `time` days: `events` left (terminated) at that time, `censored` were still employed when last seen. */
export interface SurvivalRow {
  time: number;
  events: number;
  censored: number;
}

/** Rows of the same time added together, in time order. */
function byTime(rows: readonly SurvivalRow[]): SurvivalRow[] {
  const m = new Map<number, SurvivalRow>();
  for (const r of rows) {
    const cur = m.get(r.time) ?? { time: r.time, events: 0, censored: 0 };
    cur.events += r.events;
    cur.censored += r.censored;
    m.set(r.time, cur);
  }
  return [...m.values()].sort((a, b) => a.time - b.time);
}

/** The 95 % interval of S on the log(−log S) scale, where Var(log(−log S)) = Greenwood sum / (log S)². */
function logLogInterval(s: number, greenwood: number): { lower: number; upper: number } {
  if (s <= 0) return { lower: 0, upper: 0 };
  if (s >= 1) return { lower: 1, upper: 1 };
  const se = Math.sqrt(greenwood) / Math.abs(Math.log(s));
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return { lower: clamp(s ** Math.exp(Z95 * se)), upper: clamp(s ** Math.exp(-Z95 * se)) };
}

/**
 * The Kaplan–Meier curve: one point at each time with an event. At risk = everyone not yet
 * gone before that time; at a tie, events come before censoring (a person censored at t was
 * still at risk at t). S(t) = Π (1 − d/n); Greenwood: Σ d / (n (n − d)).
 */
export function kaplanMeier(rows: readonly SurvivalRow[]): SurvivalPoint[] {
  const sorted = byTime(rows);
  let atRisk = sorted.reduce((n, r) => n + r.events + r.censored, 0);
  let s = 1;
  let greenwood = 0;
  const points: SurvivalPoint[] = [];
  for (const r of sorted) {
    if (r.events > 0 && atRisk > 0) {
      s *= 1 - r.events / atRisk;
      // When everyone left (d = n) the variance is undefined; S is 0 from here on anyway.
      greenwood += atRisk > r.events ? r.events / (atRisk * (atRisk - r.events)) : 0;
      points.push({ day: r.time, atRisk, events: r.events, survival: s, ...logLogInterval(s, greenwood) });
    }
    atRisk -= r.events + r.censored;
  }
  return points;
}

/** S at `day`: the last point on or before it, or 1 (with no uncertainty) before the first event. */
export function survivalAt(
  curve: readonly SurvivalPoint[],
  day: number,
): { survival: number; lower: number; upper: number } {
  let found: SurvivalPoint | undefined;
  for (const p of curve) if (p.day <= day) found = p;
  return found
    ? { survival: found.survival, lower: found.lower, upper: found.upper }
    : { survival: 1, lower: 1, upper: 1 };
}

/** How many people were still followed (neither gone nor censored) on `day`: those with a time ≥ day. */
export function followedTo(rows: readonly SurvivalRow[], day: number): number {
  return rows.filter((r) => r.time >= day).reduce((n, r) => n + r.events + r.censored, 0);
}

const rounded = (p: SurvivalPoint): SurvivalPoint => ({
  ...p,
  survival: roundTo(p.survival, 4),
  lower: roundTo(p.lower, 4),
  upper: roundTo(p.upper, 4),
});

/** The published curve's resolution: one point per 30 days. */
export const CURVE_STEP_DAYS = 30;

/**
 * The curve as published: one point at the end of each 30-day period in which someone left,
 * carrying the estimate at that day, the number at risk when the period's first departure
 * happened, and how many left in the period; the last period is cut at `until`, the end of
 * follow-up. Day-level steps would date a single departure to the day; periods do not, and keep
 * a year's curve to a dozen points.
 */
export function byPeriod(points: readonly SurvivalPoint[], until = Infinity): SurvivalPoint[] {
  const periods = new Map<number, SurvivalPoint[]>();
  for (const p of points) {
    // The last period ends when follow-up does (today), not after it.
    const end = Math.max(p.day, Math.min(until, Math.max(1, Math.ceil(p.day / CURVE_STEP_DAYS)) * CURVE_STEP_DAYS));
    periods.set(end, [...(periods.get(end) ?? []), p]);
  }
  return [...periods].map(([day, inPeriod]) => {
    const first = inPeriod[0] as SurvivalPoint;
    const last = inPeriod[inPeriod.length - 1] as SurvivalPoint;
    return { day, atRisk: first.atRisk, events: inPeriod.reduce((n, p) => n + p.events, 0), survival: last.survival, lower: last.lower, upper: last.upper };
  });
}

function curveOf(group: RetentionGroup, rows: readonly SurvivalRow[]): RetentionCurve {
  const people = rows.reduce((n, r) => n + r.events + r.censored, 0);
  // A step computed from fewer than MIN_GROUP people still at risk is not shown: the curve stops there.
  const points = kaplanMeier(rows).filter((p) => isShowable(p.atRisk));
  // The 12-month rate needs people followed for 12 months; with fewer it is withheld ("fewer than 5 people").
  const year = survivalAt(points, TWELVE_MONTHS_DAYS);
  return {
    group,
    curve: guard(people, () => byPeriod(points, Math.max(0, ...rows.map((r) => r.time))).map(rounded)),
    twelveMonth: isShowable(followedTo(rows, TWELVE_MONTHS_DAYS))
      ? guard(people, () => ({
          rate: roundTo(year.survival, 4),
          lower: roundTo(year.lower, 4),
          upper: roundTo(year.upper, 4),
        }))
      : withheld(),
  };
}

export interface RetentionInput {
  /** YYYY-MM-DD the clocks start. */
  origin: string;
  groups: Record<RetentionGroup, readonly SurvivalRow[]>;
}

export function retention(input: RetentionInput): Retention {
  return {
    origin: input.origin,
    curves: RETENTION_GROUPS.map((g) => curveOf(g, input.groups[g])),
    caveat: RETENTION_CAVEAT,
  };
}

// ---- who is compared -------------------------------------------------------------------------

export const LEVEL_BANDS = ['1-2', '3-4', '5-6', '7-8', '9+'] as const;
export type LevelBand = (typeof LEVEL_BANDS)[number];

/** The level band of a directory level: 1–2, 3–4, 5–6, 7–8, 9 and above; null below 1. */
export function levelBand(level: number): LevelBand | null {
  if (!Number.isFinite(level) || level < 1) return null;
  const l = Math.floor(level);
  return l >= 9 ? '9+' : (LEVEL_BANDS[Math.floor((l - 1) / 2)] ?? null);
}

export interface DirectoryPerson {
  personId: string;
  department: string | null;
  level: number;
  /** YYYY-MM-DD, null when unknown. */
  hiredOn: string | null;
  terminatedOn: string | null;
}

/**
 * Follow-up from the origin: time = days to the termination date (an event) or to today
 * (censored; a termination dated after today is not known to have happened yet). Null for a
 * person not employed on the origin date (hired after it, or gone by it).
 */
export function followUp(
  p: Pick<DirectoryPerson, 'hiredOn' | 'terminatedOn'>,
  origin: string,
  today: string,
): { time: number; event: boolean } | null {
  return followUpFrom(origin, today)(p);
}

/** `followUp` for one origin and today, for many people (the dates of the clock are read once). */
export function followUpFrom(
  origin: string,
  today: string,
): (p: Pick<DirectoryPerson, 'hiredOn' | 'terminatedOn'>) => { time: number; event: boolean } | null {
  const originDay = dayNumber(origin);
  const censoredAt = dayNumber(today) - originDay;
  return (p) => {
    if (today < origin) return null;
    if (p.hiredOn !== null && p.hiredOn > origin) return null;
    if (p.terminatedOn !== null && p.terminatedOn <= origin) return null;
    if (p.terminatedOn !== null && p.terminatedOn <= today)
      return { time: dayNumber(p.terminatedOn) - originDay, event: true };
    return { time: censoredAt, event: false };
  };
}

/** Survival rows from followed people, added up by time. */
export function survivalRows(subjects: Iterable<{ time: number; event: boolean }>): SurvivalRow[] {
  const m = new Map<number, SurvivalRow>();
  for (const s of subjects) {
    let row = m.get(s.time);
    if (!row) m.set(s.time, (row = { time: s.time, events: 0, censored: 0 }));
    if (s.event) row.events += 1;
    else row.censored += 1;
  }
  return [...m.values()].sort((a, b) => a.time - b.time);
}

/**
 * Comparable non-participants of one side: people not in the program (`inProgram`: every
 * participant, either side), in the same department and level band as a participant of that
 * side, employed on the origin date — with their follow-up.
 */
export function comparisonSubjects(input: {
  origin: string;
  today: string;
  participantsOfSide: ReadonlyArray<Pick<DirectoryPerson, 'department' | 'level'>>;
  inProgram: ReadonlySet<string>;
  directory: readonly DirectoryPerson[];
}): Array<{ personId: string; time: number; event: boolean }> {
  // Department → the level bands of this side's participants there. An unknown department or
  // level matches nobody: "same department" needs a department.
  const cells = new Map<string, Set<LevelBand>>();
  for (const p of input.participantsOfSide) {
    const band = levelBand(p.level);
    if (p.department === null || band === null) continue;
    const bands = cells.get(p.department) ?? new Set<LevelBand>();
    bands.add(band);
    cells.set(p.department, bands);
  }
  const follow = followUpFrom(input.origin, input.today);
  const out: Array<{ personId: string; time: number; event: boolean }> = [];
  for (const p of input.directory) {
    const bands = p.department === null ? undefined : cells.get(p.department);
    const band = bands ? levelBand(p.level) : null;
    if (!bands || band === null || !bands.has(band) || input.inProgram.has(p.personId)) continue;
    const f = follow(p);
    if (f) out.push({ personId: p.personId, time: f.time, event: f.event });
  }
  return out;
}
