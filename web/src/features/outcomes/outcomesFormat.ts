// Words and number formats of the outcome cards, in one place so charts, notes and tables agree.
import {
  SUPPRESSED_LABEL,
  type FunnelStage,
  type Guarded,
  type RetentionGroup,
  type SatisfactionSide,
  type WhoLearns,
} from '../../api/outcomes';

export const FUNNEL_LABELS: Record<FunnelStage, string> = {
  invited: 'Invited',
  applied: 'Applied',
  approved: 'Approved',
  trained: 'Trained',
  matched: 'Matched',
  active: 'Active',
  completed: 'Completed',
};

export const DIRECTION_LABELS: Record<WhoLearns, string> = {
  senior_learns: 'What seniors learned from juniors',
  junior_learns: 'What juniors learned from seniors',
};

export const PHASE_LABELS = { start: 'Start', midway: 'Midway', end: 'End' } as const;

export const GROUP_LABELS: Record<RetentionGroup, string> = {
  junior_participants: 'Junior participants',
  junior_comparison: 'Junior non-participants',
  senior_participants: 'Senior participants',
  senior_comparison: 'Senior non-participants',
};

export const SIDE_LABELS: Record<SatisfactionSide, string> = {
  mentor: 'Junior mentors',
  mentee: 'Senior mentees',
  all: 'Everyone',
};

/** The value to chart: a suppressed figure is a gap (null), never a zero. */
export function point<T>(figure: Guarded<T> | null | undefined): T | null {
  return figure === null || figure === undefined || figure.suppressed ? null : figure.value;
}

/** A figure as text, or "Fewer than 5 people". */
export function guardedText<T>(figure: Guarded<T>, format: (value: T) => string): string {
  return figure.suppressed ? SUPPRESSED_LABEL : format(figure.value);
}

export const count = (value: number) => value.toLocaleString('en');
export const percent = (share: number) => `${Math.round(share * 100)} %`;
export const mean = (value: number) => value.toFixed(1);
export const signed = (value: number) => (value > 0 ? `+${Math.round(value)}` : String(Math.round(value)));

export function peopleText(people: number): string {
  return `${count(people)} ${people === 1 ? 'person' : 'people'}`;
}

/** "2027-03" → "Mar 2027" (UTC, so no time zone shifts the month). */
export function monthLabel(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return date.toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Series colours with enough contrast on white; the dashed/solid style tells them apart in print. */
export const COLORS = ['#1f4fbf', '#b35900', '#17663a', '#7b2d9c', '#4d5668'] as const;

export function color(index: number): string {
  return COLORS[index % COLORS.length] ?? COLORS[0];
}

/** The colour with an alpha, for the confidence bands: '#1f4fbf' → 'rgba(31, 79, 191, 0.15)'. */
export function translucent(hex: string, alpha = 0.15): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
