// Engagement: meetings held against what the pairs' cadences promised, month by month; pairs
// active now and those at risk; days from a pair's start to its first held meeting.
import type { Engagement, EngagementMonth } from './figures.js';
import { distinct, guard } from './privacy.js';
import { cadenceHealth } from '../pairs/meetings.js';
import { dayNumber, dayStart, daysBetween, monthBounds, monthsBetween, percentile, roundTo } from './common.js';

export interface EngagementPair {
  /** The two members' person ids: a person in several pairs is one person behind a figure. */
  members: readonly [string, string];
  /** YYYY-MM-DD the pair became active. */
  activatedOn: string;
  /** YYYY-MM-DD the pair ended, or null while it runs. */
  endedOn: string | null;
  cadenceDays: number;
  /** The first and the last held meeting (YYYY-MM-DD), or null when none was held. */
  firstHeldOn: string | null;
  lastHeldOn: string | null;
}

export interface EngagementInput {
  pairs: readonly EngagementPair[];
  /** Held meetings per month (YYYY-MM), counted by the API. Months not listed had none. */
  heldByMonth: ReadonlyArray<{ month: string; meetings: number }>;
  /** The dashboard's span (YYYY-MM-DD): one row per month it touches. */
  from: string;
  to: string;
  /** Today (YYYY-MM-DD): a running pair is counted up to today, not beyond. */
  today: string;
}

/** The day after a pair's last active day: its end day, or today for a running pair. */
const activeUntil = (p: EngagementPair, today: string) => (p.endedOn !== null && p.endedOn < today ? p.endedOn : today);

/** A pair as day numbers: active on the days d with from ≤ d < until (until = end day, or today). */
interface Span {
  members: readonly [string, string];
  from: number;
  until: number;
  cadence: number;
}

function month(spans: readonly Span[], m: string, held: ReadonlyMap<string, number>): EngagementMonth {
  const bounds = monthBounds(m);
  const [start, next] = [dayNumber(bounds.start), dayNumber(bounds.next)];
  const members: string[] = [];
  let promised = 0;
  for (const s of spans) {
    // A pair counts in a month when it was a pair on any day of it, its last day included.
    if (s.from >= next || s.until < start) continue;
    members.push(...s.members);
    // Each pair promised one meeting per cadence period: its active days in the month / cadence.
    promised += Math.max(0, Math.min(s.until, next) - Math.max(s.from, start)) / s.cadence;
  }
  const people = distinct(members);
  return {
    month: m,
    held: guard(people, () => held.get(m) ?? 0),
    promised: guard(people, () => roundTo(promised, 1)),
  };
}

const runningOn = (p: EngagementPair, today: string) =>
  p.activatedOn <= today && (p.endedOn === null || p.endedOn > today);

/** At risk by the same rule as the pairs list (cadenceHealth): no held meeting for twice the cadence. */
function atRisk(p: EngagementPair, today: string): boolean {
  return (
    cadenceHealth({
      cadenceDays: p.cadenceDays,
      activeSince: dayStart(p.activatedOn),
      // Only the last held meeting decides "at risk"; the count is not needed here.
      heldDates: p.lastHeldOn ? [dayStart(p.lastHeldOn)] : [],
      scheduledFuture: [],
      now: dayStart(today),
    }).status === 'at_risk'
  );
}

export function engagement(input: EngagementInput): Engagement {
  const held = new Map<string, number>();
  for (const h of input.heldByMonth) held.set(h.month, (held.get(h.month) ?? 0) + h.meetings);
  const spans: Span[] = input.pairs
    .filter((p) => p.activatedOn <= input.today)
    .map((p) => ({
      members: p.members,
      from: dayNumber(p.activatedOn),
      until: dayNumber(activeUntil(p, input.today)),
      cadence: Math.max(1, p.cadenceDays),
    }));
  const running = input.pairs.filter((p) => runningOn(p, input.today));
  const risky = running.filter((p) => atRisk(p, input.today));
  const met = input.pairs.filter((p): p is EngagementPair & { firstHeldOn: string } => p.firstHeldOn !== null);
  const firstDays = met.map((p) => Math.max(0, daysBetween(p.activatedOn, p.firstHeldOn))).sort((a, b) => a - b);
  const peopleOf = (ps: readonly EngagementPair[]) => distinct(ps.flatMap((p) => p.members));
  return {
    months: monthsBetween(input.from, input.to).map((m) => month(spans, m, held)),
    activePairs: guard(peopleOf(running), () => running.length),
    atRiskPairs: guard(peopleOf(risky), () => risky.length),
    daysToFirstMeeting: guard(peopleOf(met), () => ({
      median: roundTo(percentile(firstDays, 0.5), 1),
      p25: roundTo(percentile(firstDays, 0.25), 1),
      p75: roundTo(percentile(firstDays, 0.75), 1),
    })),
  };
}
