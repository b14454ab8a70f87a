// The meetings of a pair (GET/POST /api/me/pairs/:pairId/meetings…), for its two members.

export type HealthStatus = 'new' | 'on_track' | 'behind' | 'at_risk';

/** Meetings held against the cadence the pair promised (one per full cadence since it started). */
export interface CadenceHealth {
  status: HealthStatus;
  held: number;
  promised: number;
  lastHeldAt: string | null;
  nextAt: string | null;
  daysSinceLast: number | null;
  cadenceDays: number;
}

export type DrivenBy = 'learner' | 'helper' | 'shared';
export type MeetingOutcome = 'held' | 'missed';

export interface MeetingLog {
  outcome: MeetingOutcome;
  heldMinutes: number | null;
  /** Skill keys from the program's catalogue. */
  topics: string[];
  drivenBy: DrivenBy | null;
  loggedAt: string | null;
  loggedByMe: boolean;
}

export interface Meeting {
  id: string;
  seriesId: string | null;
  uid: string;
  sequence: number;
  startsAt: string;
  endsAt: string;
  minutes: number;
  /** The zone it was planned in (IANA). */
  timeZone: string;
  place: string;
  status: 'scheduled' | 'cancelled';
  createdByMe: boolean;
  log: MeetingLog | null;
  /** It has started (by the server's clock). */
  started: boolean;
  /** Reschedule or cancel: a scheduled meeting still ahead. */
  canChange: boolean;
  /** Log: started and not cancelled. */
  canLog: boolean;
}

export interface Meetings {
  meetings: Meeting[];
  health: CadenceHealth;
  defaults: { cadenceDays: number; minutes: number; timeZone: string | null };
  topics: Array<{ key: string; label: string }>;
  mySide: 'mentor' | 'mentee';
  pairActive: boolean;
}

export interface ScheduleInput {
  /** 'YYYY-MM-DDTHH:mm', wall-clock time in `timeZone`. */
  startsAtLocal: string;
  timeZone: string;
  minutes: number;
  place: string;
  /** 1 for one meeting; more repeats it every cadenceDays. */
  count: number;
}

export type RescheduleInput = Partial<Omit<ScheduleInput, 'count'>>;

export interface LogInput {
  outcome: MeetingOutcome;
  heldMinutes?: number | null;
  topics?: string[];
  drivenBy?: DrivenBy | null;
}

/** POST …/meetings/past: a meeting held without scheduling it here first, with its log (held). */
export interface PastMeetingInput extends Omit<ScheduleInput, 'count'> {
  log: LogInput & { outcome: 'held' };
}

export function meetingsPath(pairId: string): string {
  return `/api/me/pairs/${encodeURIComponent(pairId)}/meetings`;
}

export function meetingPath(pairId: string, meetingId: string): string {
  return `${meetingsPath(pairId)}/${encodeURIComponent(meetingId)}`;
}

/** "3 of 4 promised meetings held; last 5 days ago", or "1 meeting held so far" ahead of the cadence. */
export function healthText(h: CadenceHealth): string {
  const held = h.held >= h.promised || h.promised === 0 ? heldSoFar(h.held) : `${h.held} of ${h.promised} promised meetings held`;
  if (h.daysSinceLast === null) return h.promised === 0 ? 'No meeting held yet' : `${held}; none yet`;
  const ago = h.daysSinceLast === 0 ? 'today' : h.daysSinceLast === 1 ? 'yesterday' : `${h.daysSinceLast} days ago`;
  return `${held}; last ${ago}`;
}

/** The program manager's cell: "2 of 3 held" when behind, else "4 held (3 due so far)". */
export function heldAgainstPromised(h: { held: number; promised: number }): string {
  return h.held < h.promised ? `${h.held} of ${h.promised} held` : `${h.held} held (${h.promised} due so far)`;
}

function heldSoFar(n: number): string {
  return n === 0 ? 'No meeting held yet' : n === 1 ? '1 meeting held so far' : `${n} meetings held so far`;
}

export const HEALTH_LABELS: Record<HealthStatus, string> = {
  new: 'Just started',
  on_track: 'On track',
  behind: 'Behind the cadence',
  at_risk: 'At risk: quiet for a while',
};
