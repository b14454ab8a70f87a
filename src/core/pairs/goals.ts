// Learning goals of a pair, in both directions (issue 5, PRODUCT.md capability 7 and
// principle 8): each member writes what they want to learn from the other. A goal belongs to
// its learner (the member who learns); the other member helps. Pure.
//
// Rules, in one place:
// - Writing: a member writes only their OWN learning goals (learnerSide = their side). In both
//   modes either member may: in reverse mode the senior mentee learns from the junior mentor,
//   and the junior may still write what they learn back (business acumen, vocabulary).
// - Editing: the learner owns what the goal IS (title, why, success, target date, the share
//   flag); both members track it (milestones, progress, status).
// - Progress: "achieved" means 100. Otherwise, with milestones, progress is the share of
//   milestones done (rounded); without milestones it is set by hand (0–100).
// - Deleting: only the learner, and only while nothing has been tracked on it (progress 0, no
//   milestone done, not achieved) — a mistake disappears; real work is "dropped" instead, which
//   keeps the history.
// - Required directions: reverse mode needs at least one goal of the senior (mentee); mutual
//   mode needs one of each. Dropped goals do not count.

import type { FieldError } from '../errors.js';

export type Side = 'mentor' | 'mentee';
export type ProgramMode = 'reverse' | 'mutual';
export const GOAL_STATUSES = ['active', 'achieved', 'paused', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface Milestone {
  title: string;
  done: boolean;
}

export interface GoalFields {
  title: string;
  why: string;
  success: string;
  /** YYYY-MM-DD, or null for "no date". */
  targetDate: string | null;
  milestones: Milestone[];
  progress: number;
  status: GoalStatus;
  sharedWithProgram: boolean;
}

export const GOAL_LIMITS = { title: 200, text: 2000, milestones: 20, milestoneTitle: 200 } as const;

/** Fields only the learner may change: what the goal is, and whether the program sees it. */
export const LEARNER_ONLY_FIELDS = ['title', 'why', 'success', 'targetDate', 'sharedWithProgram'] as const;
/** Fields either member may change: how it is going. */
export const TRACKING_FIELDS = ['milestones', 'progress', 'status'] as const;

/** The dates a target date may fall on: from the day the pair started to the program's end. */
export interface GoalWindow {
  earliest: string;
  latest: string;
}

export const otherSide = (side: Side): Side => (side === 'mentor' ? 'mentee' : 'mentor');

/** A calendar date that exists (2027-02-30 does not). */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** The share of milestones done, 0–100, or null without milestones. */
export function milestoneProgress(milestones: readonly Milestone[]): number | null {
  if (milestones.length === 0) return null;
  return Math.round((100 * milestones.filter((m) => m.done).length) / milestones.length);
}

/** The progress a goal shows: 100 when achieved, else from its milestones when it has any, else as set. */
export function effectiveProgress(goal: Pick<GoalFields, 'status' | 'milestones' | 'progress'>): number {
  if (goal.status === 'achieved') return 100;
  return milestoneProgress(goal.milestones) ?? goal.progress;
}

function trimmed(goal: GoalFields): GoalFields {
  return {
    ...goal,
    title: goal.title.trim(),
    why: goal.why.trim(),
    success: goal.success.trim(),
    milestones: goal.milestones.map((m) => ({ title: m.title.trim(), done: m.done })),
  };
}

/** Field-named problems of a whole goal (trimmed), checked against the dates it may target. */
export function goalProblems(goal: GoalFields, window: GoalWindow, options: { checkTargetDate?: boolean } = {}): FieldError[] {
  const out: FieldError[] = [];
  const g = trimmed(goal);
  if (g.title === '') out.push({ path: 'title', message: 'give the goal a title' });
  else if (g.title.length > GOAL_LIMITS.title) out.push({ path: 'title', message: `at most ${GOAL_LIMITS.title} characters` });
  for (const key of ['why', 'success'] as const) {
    if (g[key].length > GOAL_LIMITS.text) out.push({ path: key, message: `at most ${GOAL_LIMITS.text} characters` });
  }
  if (g.milestones.length > GOAL_LIMITS.milestones) out.push({ path: 'milestones', message: `at most ${GOAL_LIMITS.milestones} milestones` });
  g.milestones.forEach((m, i) => {
    if (m.title === '') out.push({ path: `milestones.${i}.title`, message: 'give the milestone a title' });
    else if (m.title.length > GOAL_LIMITS.milestoneTitle) out.push({ path: `milestones.${i}.title`, message: `at most ${GOAL_LIMITS.milestoneTitle} characters` });
  });
  if (!Number.isInteger(g.progress) || g.progress < 0 || g.progress > 100) out.push({ path: 'progress', message: 'a whole number from 0 to 100' });
  if (!(GOAL_STATUSES as readonly string[]).includes(g.status)) out.push({ path: 'status', message: `one of ${GOAL_STATUSES.join(', ')}` });
  if (g.targetDate !== null && (options.checkTargetDate ?? true)) {
    if (!isRealDate(g.targetDate)) out.push({ path: 'targetDate', message: 'must be a date (YYYY-MM-DD)' });
    else if (g.targetDate < window.earliest) out.push({ path: 'targetDate', message: `must be on or after ${window.earliest}, when your pair started` });
    else if (g.targetDate > window.latest) out.push({ path: 'targetDate', message: `must be on or before ${window.latest}, when the program ends` });
  }
  return out;
}

export type GoalInput = Pick<GoalFields, 'title'> & Partial<Omit<GoalFields, 'title' | 'status'>>;

export type GoalOutcome = { kind: 'ok'; goal: GoalFields } | { kind: 'invalid'; problems: FieldError[] } | { kind: 'forbidden'; message: string };

/**
 * A new goal, written by its learner: active, progress as given (or from its milestones).
 * A progress that contradicts the milestones is refused rather than silently replaced.
 */
export function newGoal(input: GoalInput, window: GoalWindow): GoalOutcome {
  const draft: GoalFields = {
    title: input.title,
    why: input.why ?? '',
    success: input.success ?? '',
    targetDate: input.targetDate ?? null,
    milestones: input.milestones ?? [],
    progress: input.progress ?? 0,
    status: 'active',
    sharedWithProgram: input.sharedWithProgram ?? false,
  };
  return settle(draft, input.progress !== undefined, window, true);
}

export type GoalPatch = Partial<GoalFields>;

/** Who may change which fields; null when the editor may make the whole patch (a field sent unchanged is no change). */
export function editRefusal(current: GoalFields, patch: GoalPatch, editor: Side, learner: Side): string | null {
  if (editor === learner) return null;
  const owned = LEARNER_ONLY_FIELDS.filter((f) => patch[f] !== undefined && patch[f] !== current[f]);
  if (owned.length === 0) return null;
  return `Only the one who learns may change ${owned.join(', ')} of this goal; you can update its milestones, progress and status.`;
}

/** The goal after `editor` applies `patch`, or why not. */
export function updateGoal(current: GoalFields, patch: GoalPatch, ctx: { editor: Side; learner: Side; window: GoalWindow }): GoalOutcome {
  const refusal = editRefusal(current, patch, ctx.editor, ctx.learner);
  if (refusal) return { kind: 'forbidden', message: refusal };
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as GoalPatch;
  const next: GoalFields = { ...current, ...defined };
  // Leaving "achieved" without saying a progress: from the milestones if any, else it stays at 100 until set.
  // A target date is checked against the window only when it changes (the program's end may have moved since).
  return settle(next, patch.progress !== undefined, ctx.window, patch.targetDate !== undefined && patch.targetDate !== current.targetDate);
}

function settle(draft: GoalFields, progressGiven: boolean, window: GoalWindow, checkTargetDate: boolean): GoalOutcome {
  const problems = goalProblems(draft, window, { checkTargetDate });
  if (problems.length) return { kind: 'invalid', problems };
  const goal = trimmed(draft);
  const derived = goal.status === 'achieved' ? 100 : milestoneProgress(goal.milestones);
  if (progressGiven && derived !== null && goal.progress !== derived) {
    const why = goal.status === 'achieved' ? 'an achieved goal is at 100' : 'progress follows the milestones; tick them instead';
    return { kind: 'invalid', problems: [{ path: 'progress', message: why }] };
  }
  return { kind: 'ok', goal: { ...goal, progress: derived ?? goal.progress } };
}

/** Why the editor may not delete the goal (a conflict or a permission), or null. */
export function deleteRefusal(goal: Pick<GoalFields, 'progress' | 'milestones' | 'status'>, editor: Side, learner: Side): { kind: 'forbidden' | 'conflict'; message: string } | null {
  if (editor !== learner) return { kind: 'forbidden', message: 'Only the one who learns may delete this goal.' };
  const tracked = goal.status === 'achieved' || goal.progress > 0 || goal.milestones.some((m) => m.done);
  if (tracked) return { kind: 'conflict', message: 'This goal has progress recorded; set its status to dropped instead, so its history stays.' };
  return null;
}

/** The sides that still need a goal: reverse mode the senior (mentee), mutual mode both. Dropped goals do not count. */
export function missingDirections(mode: ProgramMode, goals: ReadonlyArray<{ learnerSide: Side; status: GoalStatus }>): Side[] {
  const required: Side[] = mode === 'mutual' ? ['mentee', 'mentor'] : ['mentee'];
  return required.filter((side) => !goals.some((g) => g.learnerSide === side && g.status !== 'dropped'));
}

export interface DirectionSummary {
  total: number;
  byStatus: Record<GoalStatus, number>;
  shared: number;
  /** Mean progress of the goals that are not dropped, rounded; null when there are none. */
  meanProgress: number | null;
}

export type GoalSummary = Record<Side, DirectionSummary>;

/** Counts per direction (keyed by the learner's side), for the pair's page and the program's reviews. */
export function goalSummary(goals: ReadonlyArray<{ learnerSide: Side; status: GoalStatus; progress: number; sharedWithProgram: boolean }>): GoalSummary {
  const direction = (side: Side): DirectionSummary => {
    const mine = goals.filter((g) => g.learnerSide === side);
    const byStatus = Object.fromEntries(GOAL_STATUSES.map((s) => [s, mine.filter((g) => g.status === s).length])) as Record<GoalStatus, number>;
    const live = mine.filter((g) => g.status !== 'dropped');
    return {
      total: mine.length,
      byStatus,
      shared: mine.filter((g) => g.sharedWithProgram).length,
      meanProgress: live.length ? Math.round(live.reduce((sum, g) => sum + g.progress, 0) / live.length) : null,
    };
  };
  return { mentor: direction('mentor'), mentee: direction('mentee') };
}

/** The dates a goal may target: from the day the pair started (UTC) to the program's end date. */
export function goalWindow(pairStartedAt: Date, programEndDate: string): GoalWindow {
  return { earliest: pairStartedAt.toISOString().slice(0, 10), latest: programEndDate };
}
