// The contract of /api/me/pairs/:pairId/goals (src/server/routes/workspace/goals.ts).

export type GoalSide = 'mentor' | 'mentee';
export type GoalStatus = 'active' | 'achieved' | 'paused' | 'dropped';

export interface GoalPerson {
  personId: string;
  name: string;
}

export interface Milestone {
  title: string;
  done: boolean;
}

export interface Goal {
  id: string;
  /** The side of the member who learns; the other member helps. */
  learnerSide: GoalSide;
  learner: GoalPerson;
  helper: GoalPerson;
  title: string;
  why: string;
  success: string;
  targetDate: string | null;
  milestones: Milestone[];
  progress: number;
  status: GoalStatus;
  sharedWithProgram: boolean;
  createdAt: string;
  updatedAt: string;
  /** I am the one who learns. */
  mine: boolean;
}

export interface GoalDirectionSummary {
  total: number;
  byStatus: Record<GoalStatus, number>;
  shared: number;
  meanProgress: number | null;
}

export interface Goals {
  mode: 'reverse' | 'mutual';
  mySide: GoalSide;
  me: GoalPerson;
  partner: GoalPerson;
  canWrite: boolean;
  targetDates: { earliest: string; latest: string };
  goals: Goal[];
  /** Sides that still need a goal: reverse mode the senior, mutual mode both. */
  missing: GoalSide[];
  summary: Record<GoalSide, GoalDirectionSummary>;
}

/** What the learner writes; POST takes it whole, PATCH any part of it (plus status). */
export interface GoalDraft {
  title: string;
  why: string;
  success: string;
  targetDate: string | null;
  milestones: Milestone[];
  progress?: number;
  sharedWithProgram: boolean;
}

export type GoalPatch = Partial<GoalDraft> & { status?: GoalStatus };
