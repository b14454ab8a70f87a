// The skill check-ins API (GET/PUT /api/me/pairs/:pairId/checkins, POST …/:checkinId/observation).

export type CheckinPhase = 'start' | 'midway' | 'end';
export const CHECKIN_PHASES: readonly CheckinPhase[] = ['start', 'midway', 'end'];

export interface PhaseWindow {
  phase: CheckinPhase;
  /** First and last day, both inclusive (YYYY-MM-DD). */
  from: string;
  until: string;
}

export interface CheckinRating {
  id: string;
  skillKey: string;
  phase: CheckinPhase;
  level: number;
  evidence: string | null;
  /** The partner's observation on this rating; both members see it. */
  observation: string | null;
  observedAt: string | null;
  updatedAt: string;
}

export interface CheckinMember {
  name: string;
  side: 'mentor' | 'mentee';
  learning: string[];
  ratings: CheckinRating[];
}

export interface Checkins {
  mySide: 'mentor' | 'mentee';
  today: string;
  openPhase: CheckinPhase | null;
  pairActive: boolean;
  canRate: boolean;
  windows: Record<CheckinPhase, PhaseWindow | null>;
  skills: Array<{ key: string; label: string }>;
  me: CheckinMember;
  partner: CheckinMember;
}

export interface SaveCheckinsBody {
  phase: CheckinPhase;
  ratings: Array<{ skillKey: string; level: number; evidence?: string | null }>;
}

export const checkinsApi = (pairId: string) => `/api/me/pairs/${encodeURIComponent(pairId)}/checkins`;
