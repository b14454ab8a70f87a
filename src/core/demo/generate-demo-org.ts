// The fictional "Halden & Moor" organization used for demos, screenshots and end-to-end tests.
// Pure and deterministic: everything derives from the seed and a fixed reference date, never the
// clock, so the same seed always yields the same 300 people.
import type { Role } from '../auth/roles.js';
import type { EmploymentStatus, GenerationBand, PersonRecord } from '../people/person.js';
import { asciiSlug, pickName, type PersonName } from './demo-names.js';
import { createRng, type Rng } from './prng.js';
import { tableRows } from './text-table.js';

export interface DemoLogin {
  email: string;
  password: string;
  roles: Role[];
  employeeId: string;
  label: string;
}

export interface DemoOrg {
  org: { name: string; slug: string };
  people: PersonRecord[];
  logins: DemoLogin[];
}

/** "Today" for the demo: hire and termination dates are relative to it, never to the clock. */
export const DEMO_REFERENCE_DATE = '2026-11-01';
export const DEMO_EMAIL_DOMAIN = 'halden-moor.example';
const REFERENCE_MS = Date.UTC(2026, 10, 1);
const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;
const DEPARTED_SHARE = 0.1;
const ON_LEAVE_COUNT = 5;
const NO_BAND_SHARE = 0.07;
const RECENT_LEAVER_SHARE = 2 / 3;
const RECENT_LEAVER_DAYS = 730;

// ---- Organization shape -------------------------------------------------------------------

interface Department {
  name: string;
  /** Head count, including the department head (and the CEO, for the CEO's department). */
  size: number;
  /** Individual-contributor titles for levels 1..6. */
  ic: readonly string[];
  /** People-leader titles for levels 4..7. */
  lead: readonly string[];
}


// name | head count | individual-contributor titles, levels 1–6 | people-leader titles, levels 4–7
const DEPARTMENT_TABLE = `
Engineering      | 90 | Graduate Software Engineer, Software Engineer, Software Engineer II, Senior Software Engineer, Staff Engineer, Principal Engineer | Engineering Manager, Senior Engineering Manager, Director of Engineering, Chief Technology Officer
Sales            | 50 | Sales Development Representative, Account Executive, Senior Account Executive, Enterprise Account Executive, Strategic Account Director, Principal Sales Strategist | Sales Manager, Regional Sales Manager, Director of Sales, Chief Revenue Officer
Customer Success | 42 | Customer Support Associate, Customer Success Associate, Customer Success Manager, Senior Customer Success Manager, Lead Customer Success Manager, Principal Customer Success Manager | Customer Success Team Lead, Senior Customer Success Team Lead, Director of Customer Success, Chief Customer Officer
Operations       | 35 | Operations Assistant, Operations Analyst, Operations Specialist, Senior Operations Specialist, Lead Operations Specialist, Principal Operations Specialist | Operations Manager, Senior Operations Manager, Director of Operations, Chief Operating Officer
Marketing        | 30 | Marketing Assistant, Marketing Executive, Marketing Specialist, Senior Marketing Specialist, Lead Marketing Strategist, Principal Brand Strategist | Marketing Manager, Senior Marketing Manager, Director of Marketing, Chief Marketing Officer
Finance          | 28 | Finance Graduate, Financial Analyst, Senior Financial Analyst, Finance Business Partner, Lead Finance Business Partner, Principal Finance Business Partner | Finance Manager, Senior Finance Manager, Financial Controller, Chief Financial Officer
People           | 25 | People Coordinator, People Advisor, People Partner, Senior People Partner, Lead People Partner, Principal People Partner | People Manager, Senior People Manager, Director of People, Chief People Officer
`;

const DEPARTMENTS: readonly Department[] = tableRows(DEPARTMENT_TABLE).map(
  ([name = '', size = '', ic = '', lead = '']) => ({
    name,
    size: Number(size),
    ic: ic.split(', '),
    lead: lead.split(', '),
  }),
);

// The CEO sits in Operations so that the organization has exactly seven departments.
const CEO_DEPARTMENT = 'Operations';

type SeatKind = 'ceo' | 'head' | 'director' | 'manager' | 'ic';

/** A position in the reporting tree, before anyone is put in it. */
interface Seat {
  department: Department;
  level: number;
  kind: SeatKind;
  /** Index of the manager's seat. */
  manager: number | null;
}

// Individual contributors by level: most sit in the middle grades.
// prettier-ignore
const IC_LEVEL_WEIGHTS: readonly (readonly [number, number])[] = [[1, 15], [2, 25], [3, 28], [4, 20], [5, 9], [6, 3]];

function buildSeats(rng: Rng): Seat[] {
  const ceoDepartment = DEPARTMENTS.find((d) => d.name === CEO_DEPARTMENT) as Department;
  const seats: Seat[] = [{ department: ceoDepartment, level: 8, kind: 'ceo', manager: null }];
  for (const department of DEPARTMENTS) addDepartment(seats, department, rng);
  return seats;
}

/** Head → directors (large departments only) → line managers → individual contributors. */
function addDepartment(seats: Seat[], department: Department, rng: Rng): void {
  const add = (level: number, kind: SeatKind, manager: number): number =>
    seats.push({ department, level, kind, manager }) - 1;
  const size = department.size - (department.name === CEO_DEPARTMENT ? 1 : 0);
  const head = add(7, 'head', 0);
  const directors = Array.from({ length: Math.floor(size / 35) }, () => add(6, 'director', head));
  const lineCount = Math.round((size - 1 - directors.length) / 7);
  const lines = Array.from({ length: lineCount }, (_, i) =>
    add(i < lineCount / 3 ? 5 : 4, 'manager', directors.length ? (directors[i % directors.length] as number) : head),
  );
  const icLevels = Array.from({ length: size - 1 - directors.length - lineCount }, () =>
    rng.weighted(IC_LEVEL_WEIGHTS),
  );
  // Most senior first, so the few seats that can take a staff-level report are not filled by juniors.
  icLevels.sort((a, b) => b - a);
  const reportCounts = new Map<number, number>();
  for (const level of icLevels) {
    const eligible = (pool: number[]) => pool.filter((i) => (seats[i] as Seat).level > level);
    const candidates = eligible(lines).length ? eligible(lines) : eligible([...directors, head]);
    const manager = candidates.reduce((best, i) =>
      (reportCounts.get(i) ?? 0) < (reportCounts.get(best) ?? 0) ? i : best,
    );
    reportCounts.set(manager, (reportCounts.get(manager) ?? 0) + 1);
    add(level, 'ic', manager);
  }
}

function jobTitle(seat: Seat): string {
  if (seat.kind === 'ceo') return 'Chief Executive Officer';
  const title = seat.kind === 'ic' ? seat.department.ic[seat.level - 1] : seat.department.lead[seat.level - 4];
  if (title === undefined) throw new Error(`No title for ${seat.department.name} level ${seat.level}.`);
  return title;
}

// ---- Dates, places and generations --------------------------------------------------------

const LOCATIONS: readonly (readonly [readonly [city: string, timeZone: string], number])[] = [
  [['London', 'Europe/London'], 34],
  [['New York', 'America/New_York'], 22],
  [['Berlin', 'Europe/Berlin'], 16],
  [['Lisbon', 'Europe/Lisbon'], 14],
  [['Singapore', 'Asia/Singapore'], 14],
];

// Tenure in years by level (index = level - 1): seniors tend to have been here longer. The CEO
// founded the company, so nobody was hired before them.
// prettier-ignore
const TENURE_YEARS: readonly (readonly [number, number])[] = [[0, 2], [0.3, 4], [0.5, 7], [1, 10], [1.5, 12], [2, 14], [1, 14.5], [14.8, 15]];

// Plausible age ranges by level; juniors are sometimes career changers, so generation follows
// level only loosely (and matching never reads it anyway).
// prettier-ignore
const AGE_RANGES: readonly (readonly [number, number])[] = [[21, 27], [23, 32], [25, 40], [28, 46], [31, 52], [37, 60], [44, 64], [52, 66]];
const CAREER_CHANGER_AGES = [30, 50] as const;

const isoDate = (daysAgo: number): string => new Date(REFERENCE_MS - daysAgo * DAY_MS).toISOString().slice(0, 10);

/** People start on weekdays: weekend dates move to the next Monday, or back to Friday at the edge. */
function onWeekday(daysAgo: number): number {
  const weekday = new Date(REFERENCE_MS - daysAgo * DAY_MS).getUTCDay();
  if (weekday !== 0 && weekday !== 6) return daysAgo;
  const toMonday = weekday === 6 ? 2 : 1;
  return daysAgo - toMonday >= 0 ? daysAgo - toMonday : daysAgo + (weekday === 6 ? 1 : 2);
}

function hireDaysAgo(level: number, rng: Rng): number {
  // Most graduates join in the September intake.
  if (level === 1 && rng.chance(0.6)) {
    const intake = Date.UTC(2026 - rng.int(0, 2), 8, 1 + rng.int(0, 6));
    return onWeekday(Math.round((REFERENCE_MS - intake) / DAY_MS));
  }
  const [min, max] = TENURE_YEARS[level - 1] ?? [0, 15];
  return onWeekday(Math.round(rng.between(min, max) * YEAR_DAYS));
}

function generationBand(level: number, tenureDays: number, rng: Rng): GenerationBand | null {
  const [min, max] = level <= 2 && rng.chance(0.15) ? CAREER_CHANGER_AGES : (AGE_RANGES[level - 1] ?? [25, 60]);
  // Nobody was hired before 21.
  const age = Math.max(rng.int(min, max), Math.ceil(tenureDays / YEAR_DAYS) + 21);
  if (rng.chance(NO_BAND_SHARE)) return null; // Not every HR system records it.
  const born = 2026 - age;
  if (born >= 2013) return 'gen_alpha';
  if (born >= 1997) return 'gen_z';
  if (born >= 1981) return 'millennial';
  if (born >= 1965) return 'gen_x';
  return born >= 1946 ? 'boomer' : 'silent';
}

// ---- People and logins --------------------------------------------------------------------

interface Draft {
  seat: Seat;
  name: PersonName;
  jobTitle: string;
  place: readonly [city: string, timeZone: string];
  hireDaysAgo: number;
  band: GenerationBand | null;
  status: EmploymentStatus;
  terminationDaysAgo: number | null;
}

function draftPerson(seat: Seat, rng: Rng): Draft {
  const hire = hireDaysAgo(seat.level, rng);
  return {
    seat,
    name: pickName(rng),
    jobTitle: jobTitle(seat),
    place: seat.kind === 'ceo' ? ['London', 'Europe/London'] : rng.weighted(LOCATIONS),
    hireDaysAgo: hire,
    band: generationBand(seat.level, hire, rng),
    status: 'active',
    terminationDaysAgo: null,
  };
}

/**
 * About a tenth have left and a few are on leave. Only individual contributors depart, so
 * nobody reports to a departed manager; the demo login people always stay active.
 */
function assignStatuses(drafts: Draft[], keepActive: ReadonlySet<number>, rng: Rng): void {
  const free = drafts.map((_, i) => i).filter((i) => !keepActive.has(i));
  const leavers = rng.shuffle(free.filter((i) => drafts[i]?.seat.kind === 'ic'));
  for (const i of leavers.slice(0, Math.round(drafts.length * DEPARTED_SHARE))) {
    const draft = drafts[i] as Draft;
    draft.status = 'departed';
    draft.terminationDaysAgo = terminationDaysAgo(draft.hireDaysAgo, rng.next());
  }
  const onLeave = free.filter((i) => drafts[i]?.status === 'active' && (drafts[i]?.seat.level ?? 8) < 7);
  for (const i of rng.shuffle(onLeave).slice(0, ON_LEAVE_COUNT)) (drafts[i] as Draft).status = 'on_leave';
}

/**
 * Most leavers left in the last two years (as in a directory that purges old leavers), the rest
 * at any time: recent departures are what a retention chart reads. One draw, so the draws after
 * it are the same whatever the split. At least a month of employment, never after the reference.
 */
function terminationDaysAgo(hireDaysAgo: number, roll: number): number {
  const latest = Math.max(0, hireDaysAgo - 30);
  const days = roll < RECENT_LEAVER_SHARE ? (roll / RECENT_LEAVER_SHARE) * RECENT_LEAVER_DAYS : ((roll - RECENT_LEAVER_SHARE) / (1 - RECENT_LEAVER_SHARE)) * latest;
  return Math.min(latest, Math.floor(days));
}

interface LoginSeats {
  admin: number;
  programManager: number;
  manager: number;
  participant: number;
  sponsor: number;
}

function findSeat(seats: Seat[], ...tests: ((seat: Seat) => boolean)[]): number {
  for (const test of tests) {
    const index = seats.findIndex(test);
    if (index >= 0) return index;
  }
  throw new Error('The demo organization has no seat for a demo login.');
}

/** The manager login gets a junior engineer as the participant, so approvals can be demoed end to end. */
function pickLoginSeats(seats: Seat[]): LoginSeats {
  const inPeople = (s: Seat) => s.department.name === 'People';
  const admin = findSeat(seats, (s) => inPeople(s) && s.kind === 'head');
  // A department head: heads never depart or go on leave, so adding this login changes nobody else.
  const sponsor = findSeat(seats, (s) => s.department.name === 'Operations' && s.kind === 'head');
  const programManager = findSeat(
    seats,
    (s) => inPeople(s) && s.kind === 'ic' && s.level >= 3 && s.level <= 5,
    (s) => inPeople(s) && s.kind === 'manager',
  );
  for (const [manager, seat] of seats.entries()) {
    if (seat.department.name !== 'Engineering' || seat.kind !== 'manager' || seat.level !== 4) continue;
    const juniors = seats.map((s, i) => [s, i] as const).filter(([s]) => s.manager === manager && s.level <= 2);
    juniors.sort(([a], [b]) => a.level - b.level);
    if (juniors[0]) return { admin, programManager, manager, participant: juniors[0][1], sponsor };
  }
  throw new Error('The demo organization has no engineering manager with a junior report.');
}

// prettier-ignore
const LOGINS: readonly { seat: keyof LoginSeats; role: Role; password: string; label: string }[] = [
  { seat: 'admin', role: 'org_admin', password: 'tandem-admin-demo', label: 'Org admin (Chief People Officer)' },
  { seat: 'programManager', role: 'program_manager', password: 'tandem-program-demo', label: 'Program manager (People team)' },
  { seat: 'manager', role: 'manager', password: 'tandem-manager-demo', label: 'Manager (Engineering Manager)' },
  { seat: 'participant', role: 'participant', password: 'tandem-participant-demo', label: 'Participant (junior engineer)' },
  { seat: 'sponsor', role: 'sponsor', password: 'tandem-sponsor-demo', label: 'Sponsor (Chief Operating Officer)' },
];

export function generateDemoOrg(seed = 2026): DemoOrg {
  const rng = createRng(seed);
  const seats = buildSeats(rng);
  const loginSeats = pickLoginSeats(seats);
  const drafts = seats.map((seat) => draftPerson(seat, rng));
  (drafts[loginSeats.programManager] as Draft).jobTitle = 'Mentoring Program Manager';
  assignStatuses(drafts, new Set(Object.values(loginSeats)), rng);

  // Employee ids follow hire order, as most HR systems issue them: the founder is HM0001.
  const order = drafts
    .map((_, i) => i)
    .sort((a, b) => (drafts[b] as Draft).hireDaysAgo - (drafts[a] as Draft).hireDaysAgo || a - b);
  const ids = new Map(order.map((seatIndex, rank) => [seatIndex, `HM${String(rank + 1).padStart(4, '0')}`]));
  const idOf = (seatIndex: number) => ids.get(seatIndex) as string;
  // Demo logins get first pick of addresses, so nobody has to type "harry.smith2" to sign in.
  const usedEmails = new Set<string>();
  const emailOrder = new Set([...Object.values(loginSeats), ...order]);
  const emails = new Map([...emailOrder].map((i) => [i, uniqueEmail((drafts[i] as Draft).name, idOf(i), usedEmails)]));
  const emailOf = (seatIndex: number) => emails.get(seatIndex) as string;
  const people = order.map((i) => toPerson(drafts[i] as Draft, idOf(i), emailOf(i), idOf));

  const logins = LOGINS.map(({ seat, role, password, label }) => {
    const employeeId = idOf(loginSeats[seat]);
    return { email: emailOf(loginSeats[seat]), password, roles: [role], employeeId, label };
  });
  return { org: { name: 'Halden & Moor', slug: 'halden-moor' }, people, logins };
}

function toPerson(draft: Draft, employeeId: string, email: string, idOf: (seat: number) => string): PersonRecord {
  return {
    employeeId,
    name: draft.name.display,
    email,
    department: draft.seat.department.name,
    jobTitle: draft.jobTitle,
    level: draft.seat.level,
    managerEmployeeId: draft.seat.manager === null ? null : idOf(draft.seat.manager),
    location: draft.place[0],
    timeZone: draft.place[1],
    hireDate: isoDate(draft.hireDaysAgo),
    status: draft.status,
    terminationDate: draft.terminationDaysAgo === null ? null : isoDate(draft.terminationDaysAgo),
    generationBand: draft.band,
  };
}

/** given.family@domain in ASCII; namesakes get a number, as mail systems do. */
function uniqueEmail(name: PersonName, employeeId: string, used: Set<string>): string {
  const given = asciiSlug(name.given);
  const family = asciiSlug(name.family);
  const base = given && family ? `${given}.${family}` : employeeId.toLowerCase();
  let local = base;
  for (let n = 2; used.has(local); n++) local = `${base}${n}`;
  used.add(local);
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}
