// What a pair's review summary shows management: built only from what the pair chose — the
// goals its learners shared with the program AND the pair selected, meeting counts if they
// opted in, and their statement. Nothing else of the pair (other goals, the agreement, notes,
// check-ins) is an input here, so nothing else can end up in it.
import type { Side } from '../pairs/goals.js';

export interface ReviewGoal {
  goalId: string;
  title: string;
  learnerSide: Side;
  progress: number;
  status: string;
}

export interface ReviewContent {
  goals: ReviewGoal[];
  meetings: { held: number; due: number } | null;
  statement: string;
}

/** A goal of the pair as the builder needs it: `sharedWithProgram` is the learner's own act. */
export interface PairGoal extends ReviewGoal {
  sharedWithProgram: boolean;
}

export interface ContentInput {
  /** Every goal of the pair; only shared and selected ones are used. */
  goals: readonly PairGoal[];
  goalIds: readonly string[];
  includeMeetings: boolean;
  /** Held and due meetings of the pair (from cadence health), used only if included. */
  meetings: { held: number; due: number };
  statement: string;
}

/** The goals a pair may pick from: those shared with the program, in the pair's order. */
export function shareableGoals(goals: readonly PairGoal[]): ReviewGoal[] {
  return goals.filter((g) => g.sharedWithProgram).map(reviewGoal);
}

const reviewGoal = (g: ReviewGoal): ReviewGoal => ({
  goalId: g.goalId,
  title: g.title,
  learnerSide: g.learnerSide,
  progress: g.progress,
  status: g.status,
});

/**
 * The content as it would be submitted now. A goal selected earlier and un-shared since by its
 * learner drops out: the learner's latest act wins.
 */
export function buildContent(input: ContentInput): ReviewContent {
  const selected = new Set(input.goalIds);
  return {
    goals: input.goals.filter((g) => g.sharedWithProgram && selected.has(g.goalId)).map(reviewGoal),
    meetings: input.includeMeetings ? { held: input.meetings.held, due: input.meetings.due } : null,
    statement: input.statement.trim(),
  };
}
