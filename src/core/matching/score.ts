// Pair scores of the matching engine (issue 3). Pure: no I/O. Scores are exact non-negative
// INTEGERS ("points"); docs/matching.md has the formula with a worked example.
//
//   value(teacher → learner) = Σ over each skill s the learner wants, with priority p (1..3):
//                                p × max(0, teacher's level of s − learner's own level of s)
//                              (a level is 0 when the person does not know the skill, so nothing
//                              is counted for a skill the learner already knows as well or better)
//   teach    = value(mentor → mentee)
//   giveBack = value(mentee → mentor)                                   (mutual mode only)
//
//   score = 100 × teach
//         + giveBackPercent × giveBack                                 (mutual mode only)
//         + balancePercent × min(teach, giveBack)                       (mutual mode only)
//         + crossDepartment   if the two departments differ
//         + timeZone          if both UTC offsets are known and at most timeZoneWindowMinutes apart
//         + prefer            if either lists the other in `prefer` (once, even if both do)
//
// One "unit" (priority 1 × one level) is worth 100 points, so every weight is an integer
// percentage or a number of points and no division ever happens. A pair with teach = 0 (the
// mentee has nothing to learn from this mentor) stays ELIGIBLE — eligibility is the hard rules'
// business — but scores only its bonuses (and, in mutual mode, its give-back), so the solver
// prefers any real complementarity and the `coverage` objective can still use the pair to pair
// someone. Age or generation is never an input: only skills, levels, departments, time zones
// and stated preferences.
//
// UTC offsets are those of a fixed reference instant, 2026-01-15T12:00:00Z, computed with Intl,
// so a score never depends on the day it is computed. An unknown or invalid time zone gives no
// time-zone bonus.
import type { MatchMode, MatchRules, Participant } from './types.js';

/** Points of one unit of teach (priority 1 × one level). */
export const TEACH_POINTS = 100;

export interface ScoringWeights {
  /** Mutual mode: points per unit of give-back (the mentee teaching the mentor). */
  giveBackPercent: number;
  /** Mutual mode: points per unit of min(teach, giveBack) — "give as much as you get". */
  balancePercent: number;
  /** Points when the two people are in different departments. */
  crossDepartment: number;
  /** Points when both UTC offsets are known and at most `timeZoneWindowMinutes` apart. */
  timeZone: number;
  /** The time-zone window, in minutes (inclusive). */
  timeZoneWindowMinutes: number;
  /** Points when either person lists the other in `prefer`. */
  prefer: number;
}

export const DEFAULT_WEIGHTS: Readonly<ScoringWeights> = Object.freeze({
  giveBackPercent: 60,
  balancePercent: 40,
  crossDepartment: 50,
  timeZone: 30,
  timeZoneWindowMinutes: 180,
  prefer: 100,
});

/** The reference instant for UTC offsets (deterministic scores). */
export const TIME_ZONE_REFERENCE = Date.UTC(2026, 0, 15, 12, 0, 0);

/** Throws unless every weight is a non-negative safe integer. */
export function checkWeights(weights: ScoringWeights): void {
  for (const key of Object.keys(DEFAULT_WEIGHTS) as (keyof ScoringWeights)[]) {
    const w = weights[key];
    if (!Number.isSafeInteger(w) || w < 0)
      throw new Error(`scoring weight ${key} must be a non-negative integer, got ${String(w)}.`);
  }
}

const offsetCache = new Map<string, number | null>();

/** The UTC offset in minutes of an IANA time zone at TIME_ZONE_REFERENCE; null when unknown or invalid. */
export function utcOffsetMinutes(timeZone: string | null | undefined): number | null {
  if (timeZone === null || timeZone === undefined || timeZone.trim() === '') return null;
  const cached = offsetCache.get(timeZone);
  if (cached !== undefined) return cached;
  let offset: number | null = null;
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(TIME_ZONE_REFERENCE)
      .find((p) => p.type === 'timeZoneName')?.value;
    // "GMT" for UTC itself, otherwise "GMT+05:30" / "GMT-03:00" (some ICU versions use "−").
    const m = name === undefined ? null : /^GMT(?:([+\-\u2212])(\d{1,2})(?::?(\d{2}))?)?$/.exec(name);
    if (m) offset = m[1] === undefined ? 0 : (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  } catch {
    offset = null; // RangeError: not a time zone Intl knows
  }
  offsetCache.set(timeZone, offset);
  return offset;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** value(teacher → learner) = Σ over the learner's wanted skills of priority × levels above the learner. */
export function teachValue(teacher: Participant, learner: Participant): number {
  let total = 0;
  for (const [skill, priority] of learner.wants) {
    const above = (teacher.knows.get(skill) ?? 0) - (learner.knows.get(skill) ?? 0);
    if (above > 0) total += priority * above;
  }
  return total;
}

export function timeZonesClose(a: Participant, b: Participant, windowMinutes: number): boolean {
  const x = utcOffsetMinutes(a.timeZone);
  const y = utcOffsetMinutes(b.timeZone);
  return x !== null && y !== null && Math.abs(x - y) <= windowMinutes;
}

export function prefersEither(mentor: Participant, mentee: Participant): boolean {
  return mentor.prefer.includes(mentee.id) || mentee.prefer.includes(mentor.id);
}

/** The pair's integer score (see the formula at the top of this file). Does not check eligibility. */
export function scorePair(
  mentor: Participant,
  mentee: Participant,
  rules: Pick<MatchRules, 'mode'>,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
): number {
  const teach = teachValue(mentor, mentee);
  let score = TEACH_POINTS * teach;
  if (rules.mode === 'mutual') {
    const giveBack = teachValue(mentee, mentor);
    score += weights.giveBackPercent * giveBack + weights.balancePercent * Math.min(teach, giveBack);
  }
  if (mentor.department !== mentee.department) score += weights.crossDepartment;
  if (timeZonesClose(mentor, mentee, weights.timeZoneWindowMinutes)) score += weights.timeZone;
  if (prefersEither(mentor, mentee)) score += weights.prefer;
  return score;
}

export type ExplanationKind = 'teaches' | 'gives_back' | 'balance' | 'cross_department' | 'time_zone' | 'prefer';

export interface ExplanationPart {
  kind: ExplanationKind;
  skill?: string;
  points: number;
  detail: string;
}

export interface PairExplanation {
  mentorId: string;
  menteeId: string;
  mode: MatchMode;
  /** Units the mentor teaches the mentee (before the × 100). */
  teach: number;
  /** Units the mentee gives back (mutual mode; 0 in reverse mode). */
  giveBack: number;
  /** Exactly scorePair(...) and exactly the sum of parts[].points. */
  score: number;
  parts: ExplanationPart[];
}

export interface ExplainOptions {
  /** A display name for a skill id (default: the id). */
  skillLabel?: (skill: string) => string;
}

function nameOf(p: Participant): string {
  return p.name && p.name.trim() ? p.name : p.id;
}

/**
 * Why this pair scores what it scores, part by part. Parts are: one `teaches` part per skill the
 * mentee wants and the mentor knows (0 points, with the reason, when the mentee already knows it
 * as well or better), in mutual mode the same as `gives_back` parts and a `balance` part, then
 * the bonuses that apply. The parts' points add up exactly to `score` === scorePair(...).
 */
export function explainPair(
  mentor: Participant,
  mentee: Participant,
  rules: Pick<MatchRules, 'mode'>,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
  options: ExplainOptions = {},
): PairExplanation {
  const label = options.skillLabel ?? ((s: string) => s);
  const parts: ExplanationPart[] = [];

  const direction = (
    teacher: Participant,
    learner: Participant,
    kind: 'teaches' | 'gives_back',
    perUnit: number,
  ): number => {
    const found: ExplanationPart[] = [];
    let units = 0;
    for (const [skill, priority] of learner.wants) {
      const t = teacher.knows.get(skill) ?? 0;
      if (t <= 0) continue; // the teacher does not know it: nothing to say
      const l = learner.knows.get(skill) ?? 0;
      const verb = kind === 'teaches' ? 'teaches' : 'gives back';
      if (t > l) {
        const value = priority * (t - l);
        units += value;
        found.push({
          kind,
          skill,
          points: value * perUnit,
          detail: `${verb} ${label(skill)}: priority ${priority} × (${t} − ${l}) levels above = ${value} × ${perUnit} = ${value * perUnit}`,
        });
      } else {
        found.push({
          kind,
          skill,
          points: 0,
          detail: `${label(skill)}: 0 points — ${nameOf(learner)} already knows it at level ${l}, ${nameOf(teacher)} at ${t}`,
        });
      }
    }
    found.sort(
      (a, b) =>
        b.points - a.points || ((a.skill ?? '') < (b.skill ?? '') ? -1 : (a.skill ?? '') > (b.skill ?? '') ? 1 : 0),
    );
    parts.push(...found);
    return units;
  };

  const teach = direction(mentor, mentee, 'teaches', TEACH_POINTS);
  let giveBack = 0;
  if (rules.mode === 'mutual') {
    giveBack = direction(mentee, mentor, 'gives_back', weights.giveBackPercent);
    const least = Math.min(teach, giveBack);
    parts.push({
      kind: 'balance',
      points: least * weights.balancePercent,
      detail: `balance: min(teaches ${teach}, gives back ${giveBack}) = ${least} × ${weights.balancePercent} = ${least * weights.balancePercent}`,
    });
  }
  if (mentor.department !== mentee.department && weights.crossDepartment > 0) {
    parts.push({
      kind: 'cross_department',
      points: weights.crossDepartment,
      detail: `different departments (${mentor.department} ↔ ${mentee.department}) = ${weights.crossDepartment}`,
    });
  }
  if (timeZonesClose(mentor, mentee, weights.timeZoneWindowMinutes) && weights.timeZone > 0) {
    const a = utcOffsetMinutes(mentor.timeZone) as number;
    const b = utcOffsetMinutes(mentee.timeZone) as number;
    const apart = Math.abs(a - b);
    parts.push({
      kind: 'time_zone',
      points: weights.timeZone,
      detail: `time zones ${mentor.timeZone} (${formatOffset(a)}) and ${mentee.timeZone} (${formatOffset(b)}) are ${apart / 60} h apart, within ${weights.timeZoneWindowMinutes / 60} h = ${weights.timeZone}`,
    });
  }
  if (prefersEither(mentor, mentee) && weights.prefer > 0) {
    const who = [
      mentor.prefer.includes(mentee.id) ? `${nameOf(mentor)} asked for ${nameOf(mentee)}` : null,
      mentee.prefer.includes(mentor.id) ? `${nameOf(mentee)} asked for ${nameOf(mentor)}` : null,
    ].filter((s): s is string => s !== null);
    parts.push({
      kind: 'prefer',
      points: weights.prefer,
      detail: `preference: ${who.join(' and ')} = ${weights.prefer}`,
    });
  }

  const score = parts.reduce((sum, p) => sum + p.points, 0);
  return { mentorId: mentor.id, menteeId: mentee.id, mode: rules.mode, teach, giveBack, score, parts };
}
