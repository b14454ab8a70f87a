// The finished demo program: a year of reverse mentoring at Halden & Moor, closed a month before
// the demo's "today", so the outcomes dashboards have something true-looking to show. Pure and
// deterministic like the directory it is drawn from: the same org and seed give the same year.
// Rows refer to people by employee id and to each other by index; the app step gives them ids.
import { CHECKIN_PHASES, phaseWindows, type CheckinPhase } from '../pairs/checkins.js';
import type { PersonRecord } from '../people/person.js';
import { DEMO_REFERENCE_DATE, type DemoOrg } from './generate-demo-org.js';
import { createRng, type Rng } from './prng.js';
import { DEMO_SURVEYS, demoAnswers, type DemoSurvey } from './demo-surveys.js';

export type { DemoSurvey };
type Side = 'mentor' | 'mentee';

export interface DemoEnrollment {
  employeeId: string;
  side: Side;
  status: 'invited' | 'applied' | 'approved' | 'declined' | 'withdrawn';
  invitedAt: string;
  appliedAt: string | null;
  approverEmployeeId: string | null;
  approvalStatus: 'approved' | 'declined' | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** When the last training module of the side was passed; null when not trained. */
  trainedAt: string | null;
  leaderSignalsAt: string | null;
  motivation: string | null;
}

export interface DemoProfile {
  employeeId: string;
  knows: Array<{ skillKey: string; level: number }>;
  wants: Array<{ skillKey: string; priority: number }>;
}

export interface DemoPair {
  mentorEmployeeId: string;
  menteeEmployeeId: string;
  status: 'declined' | 'ended';
  score: number;
  explanation: { parts: Array<{ kind: string; label: string; points: number; skill?: string }>; reasons: string[] };
  offeredAt: string;
  respondBy: string;
  mentorResponse: 'accepted' | 'declined';
  menteeResponse: 'accepted' | 'declined';
  activatedAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  /** Ended before the program's last day (the rest ran to the end). */
  endedEarly: boolean;
}

export interface DemoMeeting {
  pair: number;
  startsAt: string;
  minutes: number;
  timeZone: string;
  place: string;
  outcome: 'held' | 'missed';
  heldMinutes: number | null;
  topics: string[];
  drivenBy: 'learner' | 'helper' | 'shared' | null;
  organizerSide: Side;
}

export interface DemoCheckin {
  pair: number;
  side: Side;
  skillKey: string;
  phase: CheckinPhase;
  level: number;
  evidence: string | null;
  partnerObservation: string | null;
  at: string;
}

export interface DemoGoal {
  pair: number;
  learnerSide: Side;
  title: string;
  why: string;
  success: string;
  milestones: Array<{ title: string; done: boolean }>;
  progress: number;
  status: 'active' | 'achieved' | 'paused' | 'dropped';
  sharedWithProgram: boolean;
  at: string;
}

export interface DemoResponse {
  /** Index into `surveys`. */
  survey: number;
  pair: number;
  side: Side;
  occurrence: number;
  dueAt: string;
  closesAt: string;
  answers: Record<string, number | string | boolean | null> | null;
  answeredAt: string | null;
}

export interface DemoReviewSummary {
  pair: number;
  /** Indexes into `goals`, with their progress when submitted. */
  goals: Array<{ goal: number; progress: number; status: string }>;
  meetings: { held: number; due: number };
  statement: string;
  submittedAt: string;
}

export interface DemoReview {
  title: string;
  dueDate: string;
  openedAt: string;
  closedAt: string;
  summaries: DemoReviewSummary[];
  comments: Array<{ summary: number; body: string; at: string }>;
}

export interface DemoProgram {
  program: {
    name: string;
    objectives: string;
    startDate: string;
    endDate: string;
    cadenceDays: number;
    meetingMinutes: number;
    createdAt: string;
  };
  skillKeys: string[];
  profiles: DemoProfile[];
  enrollments: DemoEnrollment[];
  round: { createdAt: string; publishedAt: string; unmatched: number };
  pairs: DemoPair[];
  meetings: DemoMeeting[];
  goals: DemoGoal[];
  checkins: DemoCheckin[];
  surveys: readonly DemoSurvey[];
  responses: DemoResponse[];
  review: DemoReview;
}

// ---- Calendar -------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const REFERENCE_DAY = Date.parse(`${DEMO_REFERENCE_DATE}T00:00:00Z`) / DAY_MS;
/** Program days, as days before the demo's "today". */
const START_DAYS_AGO = 396; // 2025-10-01: about 13 months ago
const END_DAYS_AGO = 32; // 2026-09-30: about a month ago
const INVITE_DAYS_AGO = START_DAYS_AGO + 44;
const CADENCE_DAYS = 14;
const MEETING_MINUTES = 45;

const dayOf = (iso: string) => Math.floor(Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) / DAY_MS);
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const daysAgo = (n: number) => dateOfDay(REFERENCE_DAY - n);
/** An instant on `day` at `hour` UTC (fractions give minutes). */
const at = (day: number, hour: number) => new Date(day * DAY_MS + Math.round(hour * 60) * 60_000).toISOString();

export const DEMO_PROGRAM_START = daysAgo(START_DAYS_AGO);
export const DEMO_PROGRAM_END = daysAgo(END_DAYS_AGO);
const START_DAY = dayOf(DEMO_PROGRAM_START);
const END_DAY = dayOf(DEMO_PROGRAM_END);

// ---- Skills ---------------------------------------------------------------------------------

/** What the leaders learn (technology and social media: two categories, each big enough to show). */
const SENIOR_TECH = ['generative-ai-tools', 'spreadsheet-data-analysis', 'bi-dashboards', 'no-code-automation'];
const SENIOR_SOCIAL = ['linkedin-presence', 'short-form-video', 'thought-leadership-content'];
/** What the junior mentors learn back. */
const JUNIOR_WANTS = ['career-planning', 'navigating-the-organization'];
const JUNIOR_KNOWS = [...SENIOR_TECH, ...SENIOR_SOCIAL, 'video-meeting-tools', 'gen-z-consumer-habits'];

const SKILL_WORDS: Record<string, string> = {
  'generative-ai-tools': 'generative AI tools',
  'spreadsheet-data-analysis': 'spreadsheet analysis',
  'bi-dashboards': 'dashboards',
  'no-code-automation': 'no-code automation',
  'linkedin-presence': 'LinkedIn',
  'short-form-video': 'short-form video',
  'thought-leadership-content': 'writing posts',
  'career-planning': 'career planning',
  'navigating-the-organization': 'navigating the organization',
  'video-meeting-tools': 'video meetings',
  'gen-z-consumer-habits': 'Gen Z consumer habits',
};
const words = (key: string) => SKILL_WORDS[key] ?? key.replace(/-/g, ' ');

const GOAL_TITLES: Record<string, string> = {
  'generative-ai-tools': 'Draft my monthly board update with an AI assistant',
  'spreadsheet-data-analysis': 'Build my own pipeline analysis in a spreadsheet',
  'bi-dashboards': 'Read and adjust our team dashboard without help',
  'no-code-automation': 'Automate one recurring weekly report',
  'linkedin-presence': 'Post on LinkedIn twice a month',
  'short-form-video': 'Record a short video update for my department',
  'thought-leadership-content': 'Publish an article on our company blog',
  'career-planning': 'Write a two-year career plan and discuss it with my manager',
  'navigating-the-organization': 'Lead a small cross-department initiative',
};

// ---- People ---------------------------------------------------------------------------------

/** People the browser journeys invite to their own programs: kept out, so no old pair gets in their way. */
const isJourneyPerson = (p: PersonRecord) =>
  (p.department === 'Sales' && p.level >= 5) || (p.department === 'Engineering' && p.level <= 2);

function ancestorsOf(people: readonly PersonRecord[]): Map<string, Set<string>> {
  const byId = new Map(people.map((p) => [p.employeeId, p]));
  const out = new Map<string, Set<string>>();
  for (const person of people) {
    const chain = new Set<string>();
    for (let m = person.managerEmployeeId; m !== null && !chain.has(m); m = byId.get(m)?.managerEmployeeId ?? null) chain.add(m);
    out.set(person.employeeId, chain);
  }
  return out;
}

/** Employed from before the invitations to past the first month, not on leave; demo logins and their reports stay out. */
function invitable(org: DemoOrg): PersonRecord[] {
  const logins = new Set(org.logins.map((l) => l.employeeId));
  return org.people.filter(
    (p) =>
      !logins.has(p.employeeId) &&
      !(p.managerEmployeeId !== null && logins.has(p.managerEmployeeId)) &&
      !isJourneyPerson(p) &&
      p.status !== 'on_leave' &&
      (p.hireDate ?? '9999') < daysAgo(INVITE_DAYS_AGO + 60) &&
      (p.terminationDate === null || p.terminationDate > daysAgo(START_DAYS_AGO - 30)),
  );
}

const SENIOR_COUNT = 44;
const JUNIOR_COUNT = 44;

function pickInvitees(org: DemoOrg, rng: Rng): { seniors: PersonRecord[]; juniors: PersonRecord[] } {
  const pool = invitable(org);
  // A few who leave during the year come first, so the retention chart has events on both sides
  // (fewer than elsewhere: participants staying longer is the plausible bias of such a program).
  const leaversFirst = (list: PersonRecord[], leavers: number) => {
    const shuffled = rng.shuffle(list);
    const leaving = shuffled.filter((p) => p.terminationDate !== null).slice(0, leavers);
    return [...leaving, ...shuffled.filter((p) => p.terminationDate === null)];
  };
  const seniors = leaversFirst(pool.filter((p) => p.level >= 4 && p.level <= 7), 1).slice(0, SENIOR_COUNT);
  // Mostly levels 1–2, so that every senior level has juniors far enough below it.
  const lowest = leaversFirst(pool.filter((p) => p.level <= 2), 1).slice(0, Math.round(JUNIOR_COUNT * 0.65));
  const juniors = [...lowest, ...leaversFirst(pool.filter((p) => p.level === 3), 1).slice(0, JUNIOR_COUNT - lowest.length)];
  return { seniors: rng.shuffle(seniors), juniors: rng.shuffle(juniors) };
}

function profileOf(person: PersonRecord, side: Side, rng: Rng): DemoProfile {
  if (side === 'mentor') {
    const knows = rng.shuffle(JUNIOR_KNOWS).slice(0, rng.int(3, 5)).map((skillKey) => ({ skillKey, level: rng.int(3, 5) }));
    const wants = rng.shuffle(JUNIOR_WANTS).map((skillKey, i) => ({ skillKey, priority: 3 - i }));
    return { employeeId: person.employeeId, knows, wants };
  }
  const wanted = [...rng.shuffle(SENIOR_TECH).slice(0, rng.int(1, 2)), rng.pick(SENIOR_SOCIAL)];
  return {
    employeeId: person.employeeId,
    knows: JUNIOR_WANTS.map((skillKey) => ({ skillKey, level: rng.int(4, 5) })),
    wants: wanted.map((skillKey, i) => ({ skillKey, priority: Math.max(1, 3 - i) })),
  };
}

// ---- Enrollment funnel ----------------------------------------------------------------------

const MOTIVATIONS = [
  'I want to understand the tools our customers use every day.',
  'I would like to share what I know and learn how decisions get made.',
  'Curious to see how the other half of the company works.',
  null,
];

/** How far an invitee gets before matching. */
type Reach = 'invited' | 'withdrawn' | 'declined' | 'approved' | 'trained';

// Drop-outs come in groups of at least five (or none): the dashboards withhold a funnel count
// that differs from its neighbour by one to four people, and the demo's funnel should show whole.
const NEVER_APPLIED = 6;
const WITHDRAWN = 3;
const DECLINED = 3;
const NOT_TRAINED = 5;
const PAIRS_WANTED = 33;
const DECLINED_OFFERS = 3;
const ENDED_EARLY = 5;

function reaches(count: number, rng: Rng): Reach[] {
  const out: Reach[] = Array.from({ length: count }, () => 'trained');
  const order = rng.shuffle(out.map((_, i) => i));
  const mark = (n: number, reach: Reach) => order.splice(0, n).forEach((i) => (out[i] = reach));
  mark(NEVER_APPLIED, 'invited');
  mark(WITHDRAWN, 'withdrawn');
  mark(DECLINED, 'declined');
  mark(NOT_TRAINED, 'approved');
  return out;
}

function enroll(person: PersonRecord, side: Side, reach: Reach, rng: Rng): DemoEnrollment {
  const invitedDay = REFERENCE_DAY - INVITE_DAYS_AGO;
  const base: DemoEnrollment = {
    employeeId: person.employeeId,
    side,
    status: 'invited',
    invitedAt: at(invitedDay, 9),
    appliedAt: null,
    approverEmployeeId: null,
    approvalStatus: null,
    decidedAt: null,
    decisionReason: null,
    trainedAt: null,
    leaderSignalsAt: null,
    motivation: null,
  };
  if (reach === 'invited') return base;
  const appliedDay = invitedDay + rng.int(1, 14);
  const applied: DemoEnrollment = { ...base, status: 'applied', appliedAt: at(appliedDay, rng.between(8, 18)), approverEmployeeId: person.managerEmployeeId, motivation: rng.pick(MOTIVATIONS) };
  const decidedDay = appliedDay + rng.int(1, 5);
  if (reach === 'withdrawn') return { ...applied, status: 'withdrawn' };
  if (reach === 'declined') {
    return { ...applied, status: 'declined', approvalStatus: 'declined', decidedAt: at(decidedDay, 11), decisionReason: 'Quarter-end workload; please apply for the next cycle.' };
  }
  const approved: DemoEnrollment = { ...applied, status: 'approved', approvalStatus: 'approved', decidedAt: at(decidedDay, rng.between(8, 18)) };
  if (reach === 'approved') return approved; // never finished the training before matching
  return { ...approved, trainedAt: at(decidedDay + rng.int(2, 12), rng.between(9, 17)) };
}

// ---- Matching -------------------------------------------------------------------------------

interface Candidate {
  person: PersonRecord;
  profile: DemoProfile;
  /** A leader who asked for a mentor from their own team's world (the rest prefer another department). */
  ownDepartment?: boolean;
}

/** Greedy, like a planner's first draft: the rules of the real engine, the best skill fit first. */
function matchPairs(mentees: Candidate[], mentors: Candidate[], chains: Map<string, Set<string>>): Array<[Candidate, Candidate]> {
  const taken = new Set<string>();
  const out: Array<[Candidate, Candidate]> = [];
  for (const mentee of mentees) {
    const allowed = mentors.filter((m) => !taken.has(m.person.employeeId) && mayPair(m.person, mentee.person, chains));
    if (!allowed.length) continue;
    const best = allowed.reduce((a, b) => (fit(b, mentee) > fit(a, mentee) ? b : a));
    taken.add(best.person.employeeId);
    out.push([best, mentee]);
  }
  return out;
}

/** Reverse mode: the junior mentors, two levels apart at least, and never along a reporting line. */
export function mayPair(mentor: PersonRecord, mentee: PersonRecord, chains: Map<string, Set<string>>): boolean {
  return (
    mentee.level - mentor.level >= 2 &&
    !chains.get(mentor.employeeId)?.has(mentee.employeeId) &&
    !chains.get(mentee.employeeId)?.has(mentor.employeeId)
  );
}

function fit(mentor: Candidate, mentee: Candidate): number {
  const knows = new Set(mentor.profile.knows.map((k) => k.skillKey));
  const teaches = mentee.profile.wants.filter((w) => knows.has(w.skillKey)).length;
  const sameDepartment = mentor.person.department === mentee.person.department;
  return teaches * 10 + (sameDepartment === Boolean(mentee.ownDepartment) ? 12 : 0);
}

function explanationOf(mentor: Candidate, mentee: Candidate): DemoPair['explanation'] {
  const levels = new Map(mentor.profile.knows.map((k) => [k.skillKey, k.level]));
  const taught = mentee.profile.wants.filter((w) => levels.has(w.skillKey));
  const parts: DemoPair['explanation']['parts'] = taught.map((w) => ({ kind: 'teaches', label: `Teaches ${words(w.skillKey)}`, points: 10 * w.priority, skill: words(w.skillKey) }));
  const reasons = taught.map((w) => `${mentor.person.name} can teach ${mentee.person.name} ${words(w.skillKey)}.`);
  if (mentor.person.department !== mentee.person.department) {
    parts.push({ kind: 'cross_department', label: 'Different departments', points: 3 });
    reasons.push(`You work in different departments (${mentor.person.department} and ${mentee.person.department}).`);
  }
  if (!reasons.length) reasons.push('No strong skill match: paired so that nobody is left out. Agree together what to work on.');
  return { parts, reasons };
}

const EARLY_END_REASONS = ['Our schedules never lined up after the reorganization.', 'Moved to a new role with heavy travel.', null];

/** An offer; `declined` ones never start. Every started pair runs to the end unless ended later. */
function pairOf(mentor: Candidate, mentee: Candidate, declined: boolean, rng: Rng): DemoPair {
  const offeredDay = START_DAY - 7;
  const activatedDay = offeredDay + rng.int(1, 6);
  return {
    mentorEmployeeId: mentor.person.employeeId,
    menteeEmployeeId: mentee.person.employeeId,
    status: declined ? 'declined' : 'ended',
    score: fit(mentor, mentee) * 10 + rng.int(0, 9),
    explanation: explanationOf(mentor, mentee),
    offeredAt: at(offeredDay, 10),
    respondBy: at(offeredDay + 7, 23.99),
    mentorResponse: 'accepted',
    menteeResponse: declined ? 'declined' : 'accepted',
    activatedAt: declined ? null : at(activatedDay, rng.between(9, 17)),
    endedAt: declined ? null : at(END_DAY, 17),
    endReason: declined ? null : 'The program ended.',
    endedEarly: false,
  };
}

/** Pairs whose member left the company end that day; a few more end by choice, to ENDED_EARLY in all. */
function endEarly(pairs: DemoPair[], byId: Map<string, PersonRecord>, rng: Rng): void {
  const started = pairs.filter((p) => p.activatedAt !== null);
  const leftOn = (p: DemoPair) =>
    Math.min(...[p.mentorEmployeeId, p.menteeEmployeeId].map((id) => byId.get(id)?.terminationDate ?? null).map((d) => (d ? dayOf(d) : Infinity)));
  for (const pair of started.filter((p) => leftOn(p) < END_DAY)) {
    Object.assign(pair, { endedAt: at(leftOn(pair), 17), endReason: 'A member left the company.', endedEarly: true });
  }
  const more = ENDED_EARLY - started.filter((p) => p.endedEarly).length;
  for (const pair of rng.shuffle(started.filter((p) => !p.endedEarly)).slice(0, Math.max(0, more))) {
    Object.assign(pair, { endedAt: at(rng.int(START_DAY + 60, END_DAY - 60), 17), endReason: rng.pick(EARLY_END_REASONS), endedEarly: true });
  }
}

// ---- The year of each pair ------------------------------------------------------------------

const PLACES = ['Video call', 'Video call', 'Coffee corner, 3rd floor', 'Meeting room Lark'];

function meetingsOf(index: number, pair: DemoPair, mentee: PersonRecord, wants: string[], rng: Rng): DemoMeeting[] {
  if (!pair.activatedAt || !pair.endedAt) return [];
  const lastDay = dayOf(pair.endedAt);
  // A few pairs go quiet for a couple of months: the at-risk pairs of the year.
  const quiet = rng.chance(0.15) ? rng.int(START_DAY + 90, END_DAY - 120) : null;
  const out: DemoMeeting[] = [];
  for (let day = dayOf(pair.activatedAt) + rng.int(3, 9); day < lastDay; day += CADENCE_DAYS + rng.int(-2, 2)) {
    if (quiet !== null && day >= quiet && day < quiet + 60) continue;
    const held = rng.chance(quiet !== null ? 0.75 : 0.88);
    out.push({
      pair: index,
      startsAt: at(day, rng.pick([8, 9.5, 12, 14, 15.5])),
      minutes: MEETING_MINUTES,
      timeZone: mentee.timeZone ?? 'Europe/London',
      place: rng.pick(PLACES),
      outcome: held ? 'held' : 'missed',
      heldMinutes: held ? rng.pick([30, 40, 45, 45, 50, 60]) : null,
      topics: held ? [rng.pick(wants)] : [],
      drivenBy: held ? rng.pick(['learner', 'helper', 'shared'] as const) : null,
      organizerSide: rng.chance(0.5) ? 'mentor' : 'mentee',
    });
  }
  return out;
}

const EVIDENCE = ['Tried it on a real task this week.', 'Still need help with the basics.', 'Showed it to my team.', null, null];

/** Self-ratings at each phase the pair reached: both sides start low and climb, early leavers less. */
function checkinsOf(index: number, pair: DemoPair, mentorWants: string[], menteeWants: string[], rng: Rng): DemoCheckin[] {
  if (!pair.activatedAt || !pair.endedAt) return [];
  const windows = phaseWindows({ activatedOn: pair.activatedAt.slice(0, 10), programEndDate: DEMO_PROGRAM_END });
  const out: DemoCheckin[] = [];
  for (const [side, keys, start, gain] of [
    ['mentee', menteeWants, [1, 2], [1.6, 2.8]],
    ['mentor', mentorWants, [2, 3], [0.8, 1.8]],
  ] as const) {
    for (const skillKey of keys) {
      const from = rng.int(start[0], start[1]);
      const total = rng.between(gain[0], gain[1]) * (pair.endedEarly ? 0.5 : 1);
      CHECKIN_PHASES.forEach((phase, step) => {
        const window = windows[phase];
        if (!window || dayOf(window.from) > dayOf(pair.endedAt as string) || !rng.chance(0.9)) return;
        const level = Math.min(5, Math.max(1, Math.round(from + (total * step) / 2 + rng.between(-0.3, 0.3))));
        const day = Math.min(dayOf(window.from) + rng.int(0, 10), dayOf(window.until));
        const observed = rng.chance(0.3) ? 'Clear progress: I saw it in our last session.' : null;
        out.push({ pair: index, side, skillKey, phase, level, evidence: rng.pick(EVIDENCE), partnerObservation: observed, at: at(day, rng.between(9, 18)) });
      });
    }
  }
  return out;
}

function goalsOf(index: number, pair: DemoPair, mentorWants: string[], menteeWants: string[], rng: Rng): DemoGoal[] {
  if (!pair.activatedAt) return [];
  const created = at(dayOf(pair.activatedAt) + rng.int(7, 20), 12);
  return ([['mentee', menteeWants[0]], ['mentor', mentorWants[0]]] as const).map(([learnerSide, key = '']) => {
    const progress = pair.endedEarly ? rng.int(1, 5) * 10 : rng.int(6, 10) * 10;
    return {
      pair: index,
      learnerSide,
      title: GOAL_TITLES[key] ?? `Get better at ${words(key)}`,
      why: learnerSide === 'mentee' ? 'My team already works this way and I want to keep up.' : 'I want to grow into a role with more responsibility.',
      success: 'Done on my own at least twice, without help.',
      milestones: [
        { title: 'First try together in a session', done: true },
        { title: 'Do it alone on a real piece of work', done: progress >= 60 },
        { title: 'Show the result to my team', done: progress >= 90 },
      ],
      progress,
      status: progress >= 90 ? 'achieved' : pair.endedEarly ? 'dropped' : 'active',
      sharedWithProgram: rng.chance(0.75),
      at: created,
    };
  });
}

// ---- Surveys --------------------------------------------------------------------------------

function responsesOf(index: number, pair: DemoPair, firstHeld: DemoMeeting | undefined, rng: Rng): DemoResponse[] {
  if (!pair.activatedAt || !pair.endedAt) return [];
  const out: DemoResponse[] = [];
  const lastDay = dayOf(pair.endedAt);
  const add = (kind: DemoSurvey['kind'], side: Side, occurrence: number, dueDay: number, rate: number, mood: number) => {
    const survey = DEMO_SURVEYS.findIndex((s) => s.kind === kind && (s.audience === 'both' || s.audience === side));
    const def = DEMO_SURVEYS[survey] as DemoSurvey;
    const answered = rng.chance(rate);
    const answeredDay = dueDay + rng.int(0, Math.min(6, def.openDays - 1));
    out.push({
      survey,
      pair: index,
      side,
      occurrence,
      dueAt: at(dueDay, 8),
      closesAt: at(dueDay + def.openDays, 8),
      answers: answered ? demoAnswers(kind, side, mood, rng) : null,
      answeredAt: answered ? at(answeredDay, rng.between(9, 19)) : null,
    });
  };
  for (const side of ['mentor', 'mentee'] as const) {
    // mood: 0 (unhappy) .. 1 (delighted); pairs that end early were less happy all along.
    const mood = pair.endedEarly ? rng.between(0.15, 0.55) : rng.between(0.5, 1);
    if (firstHeld) add('fit_check', side, 1, dayOf(firstHeld.startsAt) + 1, 0.85, mood);
    // The last pulse is sent a week before the pair ends, so every answer falls within the program.
    for (let n = 1; dayOf(pair.activatedAt) + 30 * n <= lastDay - 7; n++) {
      add('pulse', side, n, dayOf(pair.activatedAt) + 30 * n, 0.75 - n * 0.015, Math.min(1, mood + n * 0.02));
    }
    if (!pair.endedEarly) add('end_of_cycle', side, 1, END_DAY - 14, 0.85, mood);
  }
  return out;
}

// ---- The mid-year review --------------------------------------------------------------------

const STATEMENTS = [
  'We meet every other week and both of us have changed how we work.',
  'Slow start after the summer, but the last months were the most useful.',
  'We set clear goals early and have kept to them.',
];

function reviewOf(pairs: DemoPair[], goals: DemoGoal[], meetings: DemoMeeting[], rng: Rng): DemoReview {
  const dueDate = daysAgo(200);
  const dueDay = dayOf(dueDate);
  const summaries: DemoReviewSummary[] = [];
  pairs.forEach((pair, index) => {
    if (!pair.activatedAt || !pair.endedAt || dayOf(pair.endedAt) <= dueDay || !rng.chance(0.8)) return;
    const shared = goals.map((g, i) => [g, i] as const).filter(([g]) => g.pair === index && g.sharedWithProgram);
    const before = meetings.filter((m) => m.pair === index && dayOf(m.startsAt) <= dueDay);
    summaries.push({
      pair: index,
      goals: shared.map(([g, i]) => ({ goal: i, progress: Math.round(g.progress / 20) * 10, status: 'active' })),
      meetings: { held: before.filter((m) => m.outcome === 'held').length, due: Math.floor((dueDay - dayOf(pair.activatedAt as string)) / CADENCE_DAYS) },
      statement: rng.pick(STATEMENTS),
      submittedAt: at(dueDay - rng.int(1, 12), rng.between(9, 18)),
    });
  });
  const comments = summaries.slice(0, 3).map((_, i) => ({
    summary: i,
    body: ['Great progress — please share your dashboard tips at the next leadership offsite.', 'Thank you both; the goals are ambitious and realistic.', 'Good to see the meetings back on track.'][i] as string,
    at: at(dueDay + 5 + i, 14),
  }));
  return { title: 'Mid-year review', dueDate, openedAt: at(dueDay - 21, 9), closedAt: at(dueDay + 14, 17), summaries, comments };
}

// ---- Putting it together --------------------------------------------------------------------

/** Mixed into the seed so that the program does not replay the directory's draws. */
const PROGRAM_SALT = 0x5eed;
export function generateDemoProgram(org: DemoOrg, seed = 2026): DemoProgram {
  const rng = createRng(seed ^ PROGRAM_SALT);
  const chains = ancestorsOf(org.people);
  const { seniors, juniors } = pickInvitees(org, rng);
  const profiles = new Map<string, DemoProfile>();
  const invitees = [...seniors.map((p) => [p, 'mentee'] as const), ...juniors.map((p) => [p, 'mentor'] as const)];
  const reached = reaches(invitees.length, rng);
  const enrollments = invitees.map(([person, side], i) => {
    profiles.set(person.employeeId, profileOf(person, side, rng));
    return enroll(person, side, reached[i] as Reach, rng);
  });
  const trained = new Set(enrollments.filter((e) => e.trainedAt !== null).map((e) => e.employeeId));
  const candidate = (p: PersonRecord): Candidate => ({ person: p, profile: profiles.get(p.employeeId) as DemoProfile, ownDepartment: rng.chance(0.3) });
  const matched = matchPairs(seniors.filter((p) => trained.has(p.employeeId)).map(candidate), juniors.filter((p) => trained.has(p.employeeId)).map(candidate), chains).slice(0, PAIRS_WANTED);
  const declinedOffers = new Set(rng.shuffle(matched.map((_, i) => i)).slice(0, DECLINED_OFFERS));
  const pairs = matched.map(([mentor, mentee], i) => pairOf(mentor, mentee, declinedOffers.has(i), rng));
  const byId = new Map(org.people.map((p) => [p.employeeId, p]));
  endEarly(pairs, byId, rng);
  const wantsOf = (id: string) => (profiles.get(id) as DemoProfile).wants.map((w) => w.skillKey);
  const meetings: DemoMeeting[] = [];
  const checkins: DemoCheckin[] = [];
  const goals: DemoGoal[] = [];
  const responses: DemoResponse[] = [];
  pairs.forEach((pair, i) => {
    const mentorWants = wantsOf(pair.mentorEmployeeId);
    const menteeWants = wantsOf(pair.menteeEmployeeId);
    const own = meetingsOf(i, pair, byId.get(pair.menteeEmployeeId) as PersonRecord, menteeWants, rng);
    meetings.push(...own);
    checkins.push(...checkinsOf(i, pair, mentorWants, menteeWants, rng));
    goals.push(...goalsOf(i, pair, mentorWants, menteeWants, rng));
    responses.push(...responsesOf(i, pair, own.find((m) => m.outcome === 'held'), rng));
  });
  optInLeaders(enrollments, pairs, rng);
  return {
    program: {
      name: 'Digital fluency for leaders',
      objectives: [
        'Help senior leaders use the digital tools our teams and customers use, with confidence',
        'Give leaders a first-hand view of how younger colleagues and consumers think',
        'Improve the engagement and retention of early-career employees',
      ].join('\n'),
      startDate: DEMO_PROGRAM_START,
      endDate: DEMO_PROGRAM_END,
      cadenceDays: CADENCE_DAYS,
      meetingMinutes: MEETING_MINUTES,
      createdAt: at(REFERENCE_DAY - INVITE_DAYS_AGO - 14, 10),
    },
    skillKeys: [...SENIOR_TECH, ...SENIOR_SOCIAL, ...JUNIOR_WANTS, 'video-meeting-tools', 'gen-z-consumer-habits'],
    profiles: [...profiles.values()],
    enrollments,
    round: { createdAt: at(START_DAY - 9, 10), publishedAt: at(START_DAY - 7, 10), unmatched: trained.size - 2 * pairs.length },
    pairs,
    meetings,
    goals,
    checkins,
    surveys: DEMO_SURVEYS,
    responses,
    review: reviewOf(pairs, goals, meetings, rng),
  };
}

/** A few junior mentors who saw the year through turned on leader signals in the spring. */
function optInLeaders(enrollments: DemoEnrollment[], pairs: DemoPair[], rng: Rng): void {
  const finishers = new Set(pairs.filter((p) => p.status === 'ended' && !p.endedEarly).map((p) => p.mentorEmployeeId));
  const eligible = enrollments.filter((e) => finishers.has(e.employeeId));
  for (const e of rng.shuffle(eligible).slice(0, 7)) e.leaderSignalsAt = at(START_DAY + rng.int(150, 220), 12);
}
