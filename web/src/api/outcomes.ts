// The outcomes dashboard's API answers (issue 6). A field-for-field mirror of the server's
// src/core/analytics/figures.ts: the web never imports server code, so the two are kept in step
// by hand (and by the analytics API's zod response schemas).
import type { ProgramMode, ProgramStatus } from './programs';

/**
 * A figure with the number of distinct people behind it, or suppressed. The server decides (the
 * k ≥ 5 rule lives in core alone); the web only draws a suppressed figure as a gap with this label.
 */
export type Guarded<T> =
  { suppressed: false; people: number; value: T } | { suppressed: true; people: null; value: null };

/** Core's SUPPRESSED_LABEL, as the charts and tables show it. */
export const SUPPRESSED_LABEL = 'Fewer than 5 people';

export interface Share {
  count: number;
  share: number;
}

// ---- Funnel ----

export const FUNNEL_STAGES = ['invited', 'applied', 'approved', 'trained', 'matched', 'active', 'completed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStep {
  stage: FunnelStage;
  reached: Guarded<number>;
  /** null for the first stage. */
  dropOff: Guarded<number> | null;
  /** 0..1; null for the first stage. */
  conversion: Guarded<number> | null;
}

export interface Funnel {
  steps: FunnelStep[];
}

// ---- Engagement ----

export interface EngagementMonth {
  /** YYYY-MM (UTC). */
  month: string;
  held: Guarded<number>;
  promised: Guarded<number>;
}

export interface Engagement {
  months: EngagementMonth[];
  activePairs: Guarded<number>;
  atRiskPairs: Guarded<number>;
  daysToFirstMeeting: Guarded<{ median: number; p25: number; p75: number }>;
}

// ---- Learning curve ----

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

// ---- Satisfaction and morale ----

export interface NpsValue {
  /** −100..100. */
  nps: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface ScaleMean {
  key: string;
  label: string;
  mean: Guarded<number>;
}

export interface SatisfactionPeriod {
  /** YYYY-MM (pulse) or the survey's label (end of cycle). */
  period: string;
  nps: Guarded<NpsValue>;
  means: ScaleMean[];
}

export type SatisfactionSide = 'mentor' | 'mentee' | 'all';

export interface EndOfCycle {
  side: SatisfactionSide;
  nps: Guarded<NpsValue>;
  means: ScaleMean[];
  /** Share answering yes, 0..1. */
  wouldAgain: Guarded<number>;
}

export interface Satisfaction {
  pulse: SatisfactionPeriod[];
  endOfCycle: EndOfCycle[];
  /** Free text, only for a group of at least 5 respondents, never with a name. */
  comments: Guarded<string[]>;
}

// ---- Retention ----

export interface SurvivalPoint {
  day: number;
  atRisk: number;
  events: number;
  survival: number;
  lower: number;
  upper: number;
}

export const RETENTION_GROUPS = [
  'junior_participants',
  'junior_comparison',
  'senior_participants',
  'senior_comparison',
] as const;
export type RetentionGroup = (typeof RETENTION_GROUPS)[number];

export interface RetentionCurve {
  group: RetentionGroup;
  curve: Guarded<SurvivalPoint[]>;
  twelveMonth: Guarded<{ rate: number; lower: number; upper: number }>;
}

export interface Retention {
  /** YYYY-MM-DD: the day the clocks start. */
  origin: string;
  curves: RetentionCurve[];
  /** Always shown with the chart. */
  caveat: string;
}

// ---- Future leaders ----

export interface LeaderSignal {
  key: 'partners_learned' | 'goals_met' | 'meetings_held';
  label: string;
  met: boolean;
  evidence: string;
}

export interface FutureLeader {
  personId: string;
  name: string;
  department: string;
  signals: LeaderSignal[];
}

export interface FutureLeaders {
  leaders: FutureLeader[];
  optedIn: Guarded<number>;
}

// ---- Reach ----

export interface Reach {
  pairs: Guarded<number>;
  crossDepartment: Guarded<Share>;
  levelGaps: Array<{ gap: number; pairs: Guarded<number> }>;
  crossGeneration: Guarded<Share & { known: number }>;
}

export interface Outcomes {
  funnel: Funnel;
  engagement: Engagement;
  learning: LearningCurve;
  satisfaction: Satisfaction;
  retention: Retention;
  reach: Reach;
}

export const FIGURES = ['funnel', 'engagement', 'learning', 'satisfaction', 'retention', 'reach'] as const;
export type Figure = (typeof FIGURES)[number];

export type OutcomesViewer = 'admin' | 'manager' | 'sponsor';

/** When a dashboard's figures were computed; `refreshing`: data changed since and they are being recomputed. */
export interface Freshness {
  asOf: string;
  refreshing: boolean;
}

/** GET /api/programs/:programId/outcomes */
export interface ProgramOutcomes extends Outcomes, Freshness {
  program: { id: string; name: string; status: ProgramStatus; startDate: string; endDate: string; mode: ProgramMode };
  viewer: OutcomesViewer;
}

/** GET /api/outcomes?programIds=a,b */
export interface CrossProgramOutcomes extends Outcomes, Freshness {
  programs: Array<{ id: string; name: string }>;
}

// ---- Sponsors and leader opt-in ----

/**
 * A user with the sponsor role. GET /api/programs/:programId/sponsors (the program's sponsors),
 * GET …/sponsor-candidates (everyone who could be one) and PUT …/sponsors ({ userIds }) answer a list of them.
 */
export interface SponsorUser {
  id: string;
  name: string;
  email: string;
}

export interface SponsorsBody {
  userIds: string[];
}

/** GET /api/me/leader-signals and PUT /api/me/programs/:programId/leader-signals ({ optIn }). */
export interface MyLeaderSignals {
  /** The programs where I am the junior member of a started pair. */
  items: Array<{ programId: string; programName: string; optedIn: boolean; optedInAt: string | null }>;
}

// ---- Paths ----

const id = encodeURIComponent;

export const programOutcomesApi = (programId: string) => `/api/programs/${id(programId)}/outcomes`;
export const programLeadersApi = (programId: string) => `${programOutcomesApi(programId)}/leaders`;
export const programSponsorsApi = (programId: string) => `/api/programs/${id(programId)}/sponsors`;
export const sponsorCandidatesApi = (programId: string) => `/api/programs/${id(programId)}/sponsor-candidates`;
export const myLeaderSignalsApi = '/api/me/leader-signals';
export const myLeaderSignalsChoiceApi = (programId: string) => `/api/me/programs/${id(programId)}/leader-signals`;

/** ?programIds=a,b, or nothing for every program the viewer may read. */
function programIdsQuery(programIds: readonly string[] | null): string {
  return programIds === null ? '' : `?programIds=${programIds.map(id).join(',')}`;
}

export const crossOutcomesApi = (programIds: readonly string[] | null) => `/api/outcomes${programIdsQuery(programIds)}`;

/** Where the CSV of one figure (or of all, with figure null) downloads from. */
export type CsvSource =
  { kind: 'program'; programId: string } | { kind: 'cross'; programIds: readonly string[] | null };

export function csvHref(source: CsvSource, figure: Figure | null): string {
  const base = source.kind === 'program' ? programOutcomesApi(source.programId) : '/api/outcomes';
  const query = source.kind === 'program' ? '' : programIdsQuery(source.programIds);
  return `${base}${figure === null ? '' : `/${figure}`}.csv${query}`;
}
