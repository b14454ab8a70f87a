// The shapes of the outcome figures (issue 6). Core computes them from plain data; the API and
// the CSV exports copy them field for field; the web mirrors them in web/src/api/outcomes.ts.
// Every number about people is a Guarded figure (privacy.ts): no figure for fewer than 5 people.
import type { Guarded } from './privacy.js';

export type Share = { count: number; share: number };

// ---- Funnel ---------------------------------------------------------------------------------

export const FUNNEL_STAGES = ['invited', 'applied', 'approved', 'trained', 'matched', 'active', 'completed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStep {
  stage: FunnelStage;
  /** People who reached this stage. */
  reached: Guarded<number>;
  /** People who reached the previous stage but not this one; null for the first stage. */
  dropOff: Guarded<number> | null;
  /** reached / previous reached, 0..1; null for the first stage. */
  conversion: Guarded<number> | null;
}

export interface Funnel {
  steps: FunnelStep[];
}

// ---- Engagement -----------------------------------------------------------------------------

export interface EngagementMonth {
  /** YYYY-MM (UTC). */
  month: string;
  /** Meetings held in the month, and due by the pairs' cadence; people = members of pairs active that month. */
  held: Guarded<number>;
  promised: Guarded<number>;
}

export interface Engagement {
  months: EngagementMonth[];
  /** Active pairs now, and those at risk (not met for twice the cadence); people = their members. */
  activePairs: Guarded<number>;
  atRiskPairs: Guarded<number>;
  /** Days from activation to the first held meeting, over pairs that have met. */
  daysToFirstMeeting: Guarded<{ median: number; p25: number; p75: number }>;
}

// ---- Learning curve -------------------------------------------------------------------------

/** Who learns: the senior from the junior (reverse mentoring), or the junior from the senior. */
export const LEARNING_DIRECTIONS = ['senior_learns', 'junior_learns'] as const;
export type WhoLearns = (typeof LEARNING_DIRECTIONS)[number];
export const LEARNING_PHASES = ['start', 'midway', 'end'] as const;
export type LearningPhase = (typeof LEARNING_PHASES)[number];

export interface LearningPoint {
  phase: LearningPhase;
  /** Mean self-rated level 1–5; people = distinct learners who rated at this phase. */
  meanLevel: Guarded<number>;
}

export interface LearningSeries {
  direction: WhoLearns;
  /** A skill category of the catalogue, or "All skills". */
  category: string;
  points: LearningPoint[];
}

export interface LearningCurve {
  series: LearningSeries[];
}

// ---- Satisfaction and morale ----------------------------------------------------------------

export interface NpsValue {
  /** −100..100. */
  nps: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface ScaleMean {
  /** The standard question key (e.g. "morale", "satisfaction", "learned"). */
  key: string;
  label: string;
  /** Mean on the question's scale (1–5); people = distinct respondents. */
  mean: Guarded<number>;
}

export interface SatisfactionPeriod {
  /** YYYY-MM of the answers (pulse), or the survey's label (end of cycle). */
  period: string;
  nps: Guarded<NpsValue>;
  means: ScaleMean[];
}

export interface Satisfaction {
  /** The monthly pulse, by month of answer. */
  pulse: SatisfactionPeriod[];
  /** End-of-cycle survey by role, then both roles together. */
  endOfCycle: Array<{ side: 'mentor' | 'mentee' | 'all'; nps: Guarded<NpsValue>; means: ScaleMean[]; wouldAgain: Guarded<number> }>;
  /** Free-text answers, only for a group of at least 5 respondents, never with a name, in alphabetical order (never in the order they were written, which could tell who wrote one). */
  comments: Guarded<string[]>;
}

// ---- Retention ------------------------------------------------------------------------------

export interface SurvivalPoint {
  /** Days since the origin. */
  day: number;
  atRisk: number;
  events: number;
  /** Kaplan–Meier estimate, and the 95 % confidence interval (Greenwood, log–log). */
  survival: number;
  lower: number;
  upper: number;
}

export type RetentionGroup = 'junior_participants' | 'junior_comparison' | 'senior_participants' | 'senior_comparison';

export interface RetentionCurve {
  group: RetentionGroup;
  /** people = everyone in the group at the origin. */
  curve: Guarded<SurvivalPoint[]>;
  /** Share still employed 12 months after the origin (Kaplan–Meier at day 365), with its interval. */
  twelveMonth: Guarded<{ rate: number; lower: number; upper: number }>;
}

export interface Retention {
  /** The day the clocks start (the program's start date; the earliest one across programs). */
  origin: string;
  curves: RetentionCurve[];
  /** Always shown with the chart. */
  caveat: string;
}

// ---- Future leaders (program managers only, opt-in) -----------------------------------------

export interface LeaderSignal {
  key: 'partners_learned' | 'goals_met' | 'meetings_held';
  label: string;
  met: boolean;
  /** A sentence of evidence that names no other person's ratings or answers. */
  evidence: string;
}

export interface FutureLeader {
  personId: string;
  name: string;
  department: string;
  signals: LeaderSignal[];
}

export interface FutureLeaders {
  /** Junior mentors who opted in, listed alphabetically (never ranked), with at least two signals met. */
  leaders: FutureLeader[];
  /** How many juniors opted in: a count, guarded like any other. */
  optedIn: Guarded<number>;
}

// ---- Reach ----------------------------------------------------------------------------------

export interface Reach {
  /** Pairs that ever became active; people = their members. */
  pairs: Guarded<number>;
  crossDepartment: Guarded<Share>;
  /** Pairs by level gap (senior's level − junior's level). */
  levelGaps: Array<{ gap: number; pairs: Guarded<number> }>;
  /** Pairs whose members are in different generation bands, over pairs where both bands are known. */
  crossGeneration: Guarded<Share & { known: number }>;
}

/** Every figure of one dashboard (a program, or several programs together). */
export interface Outcomes {
  funnel: Funnel;
  engagement: Engagement;
  learning: LearningCurve;
  satisfaction: Satisfaction;
  retention: Retention;
  reach: Reach;
}
