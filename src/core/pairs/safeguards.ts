// Safeguards for the junior member of a pair (issue 5; the power gap in the source material,
// 001): private pulse check-ins answered to the program manager only, and a confidential
// concern channel that the partner never sees. Pure.
import type { FieldError } from '../errors.js';
import { isShowable } from '../analytics/privacy.js';

export type Side = 'mentor' | 'mentee';
export type ProgramMode = 'reverse' | 'mutual';

/**
 * The junior member: in reverse mentoring the mentor (the junior teaches); in mutual mentoring
 * the lower level, and the mentor when both are at the same level.
 */
export function juniorSide(mode: ProgramMode, mentorLevel: number, menteeLevel: number): Side {
  if (mode === 'reverse') return 'mentor';
  return menteeLevel < mentorLevel ? 'mentee' : 'mentor';
}

// ---- pulse check-ins ---------------------------------------------------------------------------

export const PULSE_EVERY_DAYS = 28;
const DAY_MS = 86_400_000;

export const PULSE_KEYS = ['engaged', 'candid', 'pressure'] as const;
export type PulseKey = (typeof PULSE_KEYS)[number];
export type PulseAnswers = Record<PulseKey, number>;

/** The three questions, each answered 1–5; `low` and `high` say what 1 and 5 mean. */
export const PULSE_QUESTIONS: ReadonlyArray<{ key: PulseKey; question: string; low: string; high: string }> = [
  { key: 'engaged', question: 'Is your mentee engaged?', low: 'Not at all engaged', high: 'Fully engaged' },
  { key: 'candid', question: 'Do you feel able to be candid?', low: 'Not at all', high: 'Completely' },
  { key: 'pressure', question: 'Is there any pressure you are uncomfortable with?', low: 'None at all', high: 'A lot of pressure' },
];

export const PULSE_COMMENT_MAX = 1000;
export const SHARE_MODES = ['named', 'aggregate'] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

/** Check-in n (1, 2, …) is due n × 28 days after the pair became active. */
export function pulseDueAt(activatedAt: Date, number: number): Date {
  return new Date(activatedAt.getTime() + number * PULSE_EVERY_DAYS * DAY_MS);
}

/** The end of the program's last day (UTC): no check-in is due after it. */
export function programEndsAt(programEndDate: string): Date {
  return new Date(Date.parse(`${programEndDate.slice(0, 10)}T00:00:00Z`) + DAY_MS - 1);
}

/** Check-in `number` if it falls within the program, else null (the schedule stops). */
export function pulseDue(activatedAt: Date, programEndDate: string, number: number): { number: number; dueAt: Date } | null {
  if (!Number.isInteger(number) || number < 1) return null;
  const dueAt = pulseDueAt(activatedAt, number);
  return dueAt.getTime() <= programEndsAt(programEndDate).getTime() ? { number, dueAt } : null;
}

/** Every check-in of a pair: numbers 1… while due on or before the program's last day. */
export function pulseSchedule(activatedAt: Date, programEndDate: string): Array<{ number: number; dueAt: Date }> {
  const out: Array<{ number: number; dueAt: Date }> = [];
  for (let n = 1; ; n += 1) {
    const due = pulseDue(activatedAt, programEndDate, n);
    if (!due) return out;
    out.push(due);
  }
}

/** A check-in can be answered until the next one is due. */
export function pulseOpenUntil(dueAt: Date): Date {
  return new Date(dueAt.getTime() + PULSE_EVERY_DAYS * DAY_MS);
}

export function pulseAnswerRefusal(pulse: { dueAt: Date; answeredAt: Date | null }, now: Date): string | null {
  if (pulse.answeredAt) return 'You have already answered this check-in.';
  if (now.getTime() < pulse.dueAt.getTime()) return 'This check-in is not open yet.';
  if (now.getTime() >= pulseOpenUntil(pulse.dueAt).getTime()) return 'This check-in has closed; the next one will come soon.';
  return null;
}

export interface PulseAnswerInput {
  answers: Partial<Record<PulseKey, unknown>>;
  comment?: string | null | undefined;
  shareMode?: unknown;
}

/** Three whole numbers 1–5, an optional comment of up to 1000 characters, and an explicit choice of how it is shown. */
export function pulseAnswerProblems(input: PulseAnswerInput): { problems: FieldError[]; comment: string | null } {
  const problems: FieldError[] = [];
  for (const q of PULSE_QUESTIONS) {
    const v = input.answers[q.key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5) problems.push({ path: `answers.${q.key}`, message: `“${q.question}”: choose 1 (${q.low.toLowerCase()}) to 5 (${q.high.toLowerCase()})` });
  }
  const comment = (input.comment ?? '').trim();
  if (comment.length > PULSE_COMMENT_MAX) problems.push({ path: 'comment', message: `at most ${PULSE_COMMENT_MAX} characters` });
  if (!SHARE_MODES.includes(input.shareMode as ShareMode)) problems.push({ path: 'shareMode', message: 'choose whether the program manager sees your answers with your name or only in a group average' });
  return { problems, comment: comment === '' ? null : comment };
}

export interface PulseAnswerRow {
  personId: string;
  personName: string;
  partnerName: string;
  number: number;
  answers: PulseAnswers;
  comment: string | null;
  shareMode: ShareMode;
  answeredAt: Date;
}

export type PulseAggregate =
  | { number: number; suppressed: false; people: number; answers: number; means: PulseAnswers }
  | { number: number; suppressed: true };

export interface PulseResults {
  /** Answers their authors chose to give with their name, per person. */
  named: Array<{ personId: string; personName: string; answers: Array<Omit<PulseAnswerRow, 'personId' | 'personName'>> }>;
  /** Answers given "only in a group", per check-in number: averages, or suppressed under MIN_GROUP people (privacy.ts). */
  aggregate: PulseAggregate[];
}

/**
 * What the program manager sees. Named answers are listed per person. Aggregate-mode answers are
 * never shown one by one (not their comments either): only as averages per check-in number over
 * at least MIN_GROUP (privacy.ts) different people — each person answers a number once per pair — and the
 * averages are over aggregate-mode answers alone, so a named answer cannot be subtracted out.
 */
export function pulseResults(rows: readonly PulseAnswerRow[]): PulseResults {
  const named = new Map<string, PulseResults['named'][number]>();
  const groups = new Map<number, { people: Set<string>; n: number; sum: PulseAnswers }>();
  for (const r of rows) {
    if (r.shareMode === 'named') {
      const entry = named.get(r.personId) ?? { personId: r.personId, personName: r.personName, answers: [] };
      entry.answers.push({ partnerName: r.partnerName, number: r.number, answers: r.answers, comment: r.comment, shareMode: r.shareMode, answeredAt: r.answeredAt });
      named.set(r.personId, entry);
    } else {
      const g = groups.get(r.number) ?? { people: new Set<string>(), n: 0, sum: { engaged: 0, candid: 0, pressure: 0 } };
      g.people.add(r.personId);
      g.n += 1;
      for (const k of PULSE_KEYS) g.sum[k] += r.answers[k];
      groups.set(r.number, g);
    }
  }
  const mean = (sum: number, n: number) => Math.round((sum / n) * 10) / 10;
  return {
    named: [...named.values()]
      .sort((x, y) => x.personName.localeCompare(y.personName) || x.personId.localeCompare(y.personId))
      .map((p) => ({ ...p, answers: [...p.answers].sort((x, y) => x.answeredAt.getTime() - y.answeredAt.getTime()) })),
    aggregate: [...groups.entries()]
      .sort(([x], [y]) => x - y)
      .map(([number, g]) =>
        !isShowable(g.people.size)
          ? { number, suppressed: true as const }
          : { number, suppressed: false as const, people: g.people.size, answers: g.n, means: { engaged: mean(g.sum.engaged, g.n), candid: mean(g.sum.candid, g.n), pressure: mean(g.sum.pressure, g.n) } },
      ),
  };
}

// ---- concerns ----------------------------------------------------------------------------------

export const CONCERN_BODY_MAX = 5000;
export type ConcernStatus = 'open' | 'closed';
export type ConcernRole = 'raiser' | 'manager';

export function concernBodyProblem(body: string): FieldError | null {
  const text = body.trim();
  if (text.length === 0) return { path: 'body', message: 'write what you want the program manager to know' };
  if (text.length > CONCERN_BODY_MAX) return { path: 'body', message: `at most ${CONCERN_BODY_MAX} characters` };
  return null;
}

/**
 * Who may read a concern, and as what. The one who raised it; otherwise a manager of the program
 * — unless they are a member of the pair: the partner never sees it, whatever their role.
 * Everyone else: nobody (the caller answers "not found").
 */
export function concernAccess(input: {
  viewerPersonId: string | null;
  viewerManagesProgram: boolean;
  raisedByPersonId: string;
  memberPersonIds: readonly [string, string];
}): ConcernRole | null {
  if (input.viewerPersonId !== null && input.viewerPersonId === input.raisedByPersonId) return 'raiser';
  if (input.viewerPersonId !== null && input.memberPersonIds.includes(input.viewerPersonId)) return null;
  return input.viewerManagesProgram ? 'manager' : null;
}

/** Either member may raise a concern about their pair. */
export function mayRaise(personId: string, memberPersonIds: readonly [string, string]): boolean {
  return memberPersonIds.includes(personId);
}

/** The raiser and the managers write in the thread while it is open. */
export function replyRefusal(status: ConcernStatus): string | null {
  return status === 'closed' ? 'This concern is closed. Raise a new one if something else comes up.' : null;
}

/** Only a manager closes a concern, once. */
export function closeRefusal(status: ConcernStatus, role: ConcernRole): string | null {
  if (role !== 'manager') return 'Only the program manager closes a concern.';
  return status === 'closed' ? 'This concern is already closed.' : null;
}
