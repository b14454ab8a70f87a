// Skill check-ins, the learning curve (issue 5): at the start, midway and at the end of a pair,
// each member rates their own level (1–5) on each skill they are learning, optionally with one
// line of evidence; the partner may add an observation that both of them see. Pure.
//
// There is no hidden rating: a member rates only themselves, and the partner's observation on a
// rating is shown to the person rated. Levels leave the pair only as `aggregateLevels`, where a
// group smaller than MIN_GROUP (privacy.ts) people shows no figure.
import type { FieldError } from '../errors.js';
import { isShowable } from '../analytics/privacy.js';

export const CHECKIN_PHASES = ['start', 'midway', 'end'] as const;
export type CheckinPhase = (typeof CHECKIN_PHASES)[number];

export const PHASE_LABELS: Record<CheckinPhase, string> = { start: 'start', midway: 'midway', end: 'end' };

/** A window lasts at most three weeks… */
export const PHASE_DAYS = 21;
/** …and the end check-in stays open two weeks after the program's last day. */
export const END_GRACE_DAYS = 14;
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;
export const EVIDENCE_MAX = 300;
export const OBSERVATION_MAX = 500;

/** The days a phase is open, both inclusive (YYYY-MM-DD, UTC). */
export interface PhaseWindow {
  phase: CheckinPhase;
  from: string;
  until: string;
}

export type PhaseWindows = Record<CheckinPhase, PhaseWindow | null>;

const DAY_MS = 86_400_000;
const dayOf = (isoDate: string) => Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The UTC calendar day of an instant. */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * When each phase is open, from the day the pair became active and the program's last day.
 *
 * With D the days from activation to the last day (both counted) and L = min(21, ⌊D/3⌋):
 * - start: the first L days from activation;
 * - midway: L days centred on the middle of the pair's time;
 * - end: the last L days of the program and the 14 days after it.
 * Each phase gets at most a third of the time, so the windows never overlap and come in order,
 * however short the program. A pair with under three days left gets only the end window (from
 * activation); a pair activated after the end's grace period gets none.
 */
export function phaseWindows(input: { activatedOn: string; programEndDate: string }): PhaseWindows {
  const a = dayOf(input.activatedOn);
  const lastDay = dayOf(input.programEndDate);
  const span = lastDay - a + 1;
  const graceEnd = lastDay + END_GRACE_DAYS;
  const none: PhaseWindows = { start: null, midway: null, end: null };
  if (a > graceEnd) return none;
  const window = (phase: CheckinPhase, from: number, until: number): PhaseWindow => ({ phase, from: dateOf(from), until: dateOf(until) });
  const length = Math.min(PHASE_DAYS, Math.floor(span / 3));
  if (length < 1) return { ...none, end: window('end', a, graceEnd) };
  const midFrom = a + Math.floor((span - length) / 2);
  return {
    start: window('start', a, a + length - 1),
    midway: window('midway', midFrom, midFrom + length - 1),
    end: window('end', lastDay - length + 1, graceEnd),
  };
}

/** The phase open on `today`, if any. */
export function openPhase(windows: PhaseWindows, today: string): CheckinPhase | null {
  for (const phase of CHECKIN_PHASES) {
    const w = windows[phase];
    if (w && w.from <= today && today <= w.until) return phase;
  }
  return null;
}

/** Why a member may not rate in `phase` today (null: they may). */
export function saveRefusal(windows: PhaseWindows, phase: CheckinPhase, today: string): string | null {
  const w = windows[phase];
  const name = phase === 'midway' ? 'The midway' : phase === 'start' ? 'The starting' : 'The final';
  if (!w) return `${name} check-in does not apply to this pair: the program is too short or already over.`;
  if (today < w.from) return `${name} check-in opens on ${w.from}.`;
  if (today > w.until) return `${name} check-in closed on ${w.until}.`;
  return null;
}

/**
 * The skills a member is learning in the pair: what their profile wants, in its order, that the
 * program offers. Skills they already rated stay listed even if the profile changed since.
 */
export function learningSkills(wants: ReadonlyArray<{ skillKey: string; priority?: number }>, programSkillKeys: Iterable<string>, alreadyRated: Iterable<string> = []): string[] {
  const offered = new Set(programSkillKeys);
  const ordered = [...wants].sort((x, y) => (y.priority ?? 0) - (x.priority ?? 0)).map((w) => w.skillKey);
  return [...new Set([...ordered.filter((k) => offered.has(k)), ...alreadyRated])];
}

export interface RatingInput {
  skillKey: string;
  level: number;
  evidence?: string | null | undefined;
}

export interface CleanRating {
  skillKey: string;
  level: number;
  evidence: string | null;
}

/** Checks one phase's ratings by a member: their own learning skills, once each, levels 1–5, one line of evidence. */
export function ratingProblems(ratings: readonly RatingInput[], learning: ReadonlySet<string>): { problems: FieldError[]; clean: CleanRating[] } {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  const clean: CleanRating[] = [];
  if (ratings.length === 0) problems.push({ path: 'ratings', message: 'rate at least one skill' });
  ratings.forEach((r, i) => {
    const at = `ratings.${i}`;
    if (!learning.has(r.skillKey)) problems.push({ path: `${at}.skillKey`, message: 'not a skill you are learning in this pair' });
    else if (seen.has(r.skillKey)) problems.push({ path: `${at}.skillKey`, message: 'rated twice' });
    seen.add(r.skillKey);
    if (!Number.isInteger(r.level) || r.level < MIN_LEVEL || r.level > MAX_LEVEL) problems.push({ path: `${at}.level`, message: `must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}` });
    const evidence = (r.evidence ?? '').trim();
    if (/[\r\n]/.test(evidence)) problems.push({ path: `${at}.evidence`, message: 'must be one line' });
    if (evidence.length > EVIDENCE_MAX) problems.push({ path: `${at}.evidence`, message: `at most ${EVIDENCE_MAX} characters` });
    clean.push({ skillKey: r.skillKey, level: r.level, evidence: evidence === '' ? null : evidence });
  });
  return { problems, clean };
}

/** The partner's observation: up to 500 characters; empty removes it. */
export function observationProblem(text: string): FieldError | null {
  if (text.trim().length > OBSERVATION_MAX) return { path: 'observation', message: `at most ${OBSERVATION_MAX} characters` };
  return null;
}

/** Only the partner observes a rating — never the person who rated, never anyone outside the pair. */
export function mayObserve(input: { viewerPersonId: string; raterPersonId: string; memberPersonIds: readonly [string, string] }): boolean {
  return input.memberPersonIds.includes(input.viewerPersonId) && input.memberPersonIds.includes(input.raterPersonId) && input.viewerPersonId !== input.raterPersonId;
}

// ---- for outcomes (issue 6): levels only in groups of at least five people ----------------------

export type LearningDirection = 'mentor_learns' | 'mentee_learns';

export interface LevelRow {
  personId: string;
  category: string;
  phase: CheckinPhase;
  direction: LearningDirection;
  level: number;
}

export type LevelGroup =
  | { category: string; phase: CheckinPhase; direction: LearningDirection; people: number; suppressed: false; mean: number; ratings: number }
  | { category: string; phase: CheckinPhase; direction: LearningDirection; suppressed: true };

/**
 * Mean self-rated level per skill category × phase × direction (who learns). A group that is
 * not showable (privacy.ts: fewer than MIN_GROUP distinct people) is suppressed: no mean, no
 * counts — only that it exists.
 */
export function aggregateLevels(rows: readonly LevelRow[]): LevelGroup[] {
  const groups = new Map<string, { category: string; phase: CheckinPhase; direction: LearningDirection; people: Set<string>; sum: number; n: number }>();
  for (const r of rows) {
    const key = JSON.stringify([r.category, r.phase, r.direction]);
    const g = groups.get(key) ?? { category: r.category, phase: r.phase, direction: r.direction, people: new Set<string>(), sum: 0, n: 0 };
    g.people.add(r.personId);
    g.sum += r.level;
    g.n += 1;
    groups.set(key, g);
  }
  const phaseOrder = (p: CheckinPhase) => CHECKIN_PHASES.indexOf(p);
  return [...groups.values()]
    .sort((x, y) => x.category.localeCompare(y.category) || x.direction.localeCompare(y.direction) || phaseOrder(x.phase) - phaseOrder(y.phase))
    .map((g) =>
      !isShowable(g.people.size)
        ? { category: g.category, phase: g.phase, direction: g.direction, suppressed: true as const }
        : { category: g.category, phase: g.phase, direction: g.direction, people: g.people.size, suppressed: false as const, mean: Math.round((g.sum / g.n) * 100) / 100, ratings: g.n },
    );
}
