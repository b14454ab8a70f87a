// Deterministic people-import CSVs for benchmarks and tests: the same
// (count, seed) always yields byte-identical output.

import { PEOPLE_COLUMNS } from '../src/core/people/import-columns.js';
import { mulberry32 } from '../src/core/demo/prng.js';
import { GENERATION_BANDS } from '../src/core/people/person.js';

const FIRST_NAMES = [
  'Ada',
  'Grace',
  'Alan',
  'Lin',
  'Amara',
  'Mateo',
  'Priya',
  'Kofi',
  'Sofia',
  'Noah',
  'Yuki',
  'Leila',
];
const LAST_NAMES = ['Lovelace', 'Hopper', 'Turing', 'Okafor', 'García', 'Sharma', 'Mensah', 'Rossi', "O'Neil", 'Kim'];
// Non-Latin scripts exercise encoding end to end; one carries a comma so it must be quoted.
const OTHER_SCRIPT_NAMES = [
  'Иван Петров',
  '王芳',
  'محمد علي',
  '佐藤 花子',
  'Ελένη Παπαδοπούλου',
  'Zoë 🚀 Li',
  'Nguyễn, Văn An',
];
const DEPARTMENTS = ['Engineering', 'Sales', 'Marketing', 'Finance', 'People', 'Operations', 'Legal', 'Support'];
const JOB_TITLES = [
  'Engineer',
  'Engineer, Platform',
  'Analyst',
  'Manager',
  'Designer',
  'Director, Sales',
  'Specialist',
];
const LOCATIONS = ['Paris, France', 'New York', 'Tokyo', 'London', 'São Paulo, Brazil', 'Sydney', 'Remote'];
const TIME_ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Asia/Tokyo',
  'Europe/London',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'UTC',
];
const REPORTS_PER_MANAGER = 8;
const DAY_MS = 86_400_000;
const FIRST_HIRE = Date.UTC(2000, 0, 1);
const HIRE_SPAN_DAYS = 9000;

export function generatePeopleCsv(count: number, seed = 1): string {
  const random = mulberry32(seed);
  const lines = [PEOPLE_COLUMNS.join(',')];
  for (let index = 0; index < count; index++) lines.push(personRow(index, random).map(csvField).join(','));
  return lines.join('\n') + '\n';
}

export function employeeId(index: number): string {
  return `E${String(index + 1).padStart(6, '0')}`;
}

function personRow(index: number, random: () => number): string[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const hireDay = Math.floor(random() * HIRE_SPAN_DAYS);
  const { status, terminationDate } = employment(hireDay, random);
  return [
    employeeId(index),
    index % 50 === 7 ? pick(OTHER_SCRIPT_NAMES) : `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
    `person${index + 1}@example.com`,
    pick(DEPARTMENTS),
    pick(JOB_TITLES),
    String(1 + Math.floor(random() * 10)),
    index === 0 ? '' : employeeId(Math.floor((index - 1) / REPORTS_PER_MANAGER)),
    pick(LOCATIONS),
    pick(TIME_ZONES),
    isoDay(hireDay),
    status,
    terminationDate,
    random() < 0.2 ? '' : pick(GENERATION_BANDS),
  ];
}

function employment(hireDay: number, random: () => number): { status: string; terminationDate: string } {
  const roll = random();
  if (roll < 0.1) return { status: 'departed', terminationDate: isoDay(hireDay + 1 + Math.floor(random() * 1500)) };
  if (roll < 0.13) return { status: 'on_leave', terminationDate: '' };
  // An empty status means active; some rows leave it blank as real exports do.
  return { status: roll < 0.2 ? '' : 'active', terminationDate: '' };
}

function isoDay(dayOffset: number): string {
  return new Date(FIRST_HIRE + dayOffset * DAY_MS).toISOString().slice(0, 10);
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
