// Sample API answers of the outcomes dashboards for the component tests (web/src/api/outcomes.ts).
import type { CrossProgramOutcomes, FutureLeaders, Guarded, Outcomes, ProgramOutcomes } from '../../api/outcomes';

export const shown = <T>(people: number, value: T): Guarded<T> => ({ suppressed: false, people, value });
export const hidden = <T>(): Guarded<T> => ({ suppressed: true, people: null, value: null });
const n = (value: number) => shown(value, value);

export function outcomes(): Outcomes {
  return {
    funnel: {
      steps: [
        { stage: 'invited', reached: n(40), dropOff: null, conversion: null },
        { stage: 'applied', reached: n(30), dropOff: shown(40, 10), conversion: shown(40, 0.75) },
        { stage: 'approved', reached: n(28), dropOff: hidden(), conversion: shown(30, 0.93) },
        { stage: 'trained', reached: n(26), dropOff: hidden(), conversion: shown(28, 0.93) },
        { stage: 'matched', reached: n(24), dropOff: hidden(), conversion: shown(26, 0.92) },
        { stage: 'active', reached: n(22), dropOff: hidden(), conversion: shown(24, 0.92) },
        { stage: 'completed', reached: hidden(), dropOff: hidden(), conversion: hidden() },
      ],
    },
    engagement: {
      months: [
        { month: '2027-01', held: shown(20, 18), promised: shown(20, 20) },
        { month: '2027-02', held: shown(22, 21), promised: shown(22, 22) },
        { month: '2027-03', held: hidden(), promised: hidden() },
      ],
      activePairs: shown(22, 11),
      atRiskPairs: hidden(),
      daysToFirstMeeting: shown(22, { median: 9, p25: 5, p75: 14 }),
    },
    learning: {
      series: [
        {
          direction: 'senior_learns',
          category: 'All skills',
          points: [
            { phase: 'start', meanLevel: shown(11, 1.8) },
            { phase: 'midway', meanLevel: shown(10, 2.6) },
            { phase: 'end', meanLevel: shown(9, 3.4) },
          ],
        },
        {
          direction: 'junior_learns',
          category: 'All skills',
          points: [
            { phase: 'start', meanLevel: shown(11, 2.2) },
            { phase: 'midway', meanLevel: shown(8, 2.7) },
            { phase: 'end', meanLevel: hidden() },
          ],
        },
        {
          direction: 'senior_learns',
          category: 'Technology',
          points: [
            { phase: 'start', meanLevel: shown(7, 1.5) },
            { phase: 'midway', meanLevel: hidden() },
            { phase: 'end', meanLevel: shown(6, 3.1) },
          ],
        },
        { direction: 'junior_learns', category: 'Technology', points: [] },
      ],
    },
    satisfaction: {
      pulse: [
        {
          period: '2027-01',
          nps: shown(20, { nps: 35, promoters: 10, passives: 7, detractors: 3 }),
          means: [
            { key: 'morale', label: 'Morale', mean: shown(20, 4.1) },
            { key: 'useful', label: 'Our sessions are useful', mean: shown(20, 4.3) },
          ],
        },
        {
          period: '2027-02',
          nps: hidden(),
          means: [
            { key: 'morale', label: 'Morale', mean: hidden() },
            { key: 'useful', label: 'Our sessions are useful', mean: hidden() },
          ],
        },
      ],
      endOfCycle: [
        {
          side: 'mentor',
          nps: shown(9, { nps: 44, promoters: 5, passives: 3, detractors: 1 }),
          means: [{ key: 'satisfaction', label: 'Satisfaction', mean: shown(9, 4.4) }],
          wouldAgain: shown(9, 0.89),
        },
        {
          side: 'mentee',
          nps: hidden(),
          means: [{ key: 'satisfaction', label: 'Satisfaction', mean: hidden() }],
          wouldAgain: hidden(),
        },
        {
          side: 'all',
          nps: shown(13, { nps: 38, promoters: 7, passives: 4, detractors: 2 }),
          means: [{ key: 'satisfaction', label: 'Satisfaction', mean: shown(13, 4.2) }],
          wouldAgain: shown(13, 0.85),
        },
      ],
      comments: shown(12, ['I finally understand our analytics tools.', 'More time for the sessions, please.']),
    },
    retention: {
      origin: '2026-01-05',
      curves: [
        {
          group: 'junior_participants',
          curve: shown(22, [
            { day: 120, atRisk: 22, events: 1, survival: 0.95, lower: 0.72, upper: 0.99 },
            { day: 300, atRisk: 21, events: 1, survival: 0.91, lower: 0.68, upper: 0.98 },
          ]),
          twelveMonth: shown(22, { rate: 0.91, lower: 0.68, upper: 0.98 }),
        },
        {
          group: 'junior_comparison',
          curve: shown(60, [{ day: 90, atRisk: 60, events: 6, survival: 0.9, lower: 0.79, upper: 0.95 }]),
          twelveMonth: shown(60, { rate: 0.8, lower: 0.67, upper: 0.88 }),
        },
        {
          group: 'senior_participants',
          curve: shown(22, [{ day: 200, atRisk: 22, events: 1, survival: 0.95, lower: 0.72, upper: 0.99 }]),
          twelveMonth: shown(22, { rate: 0.95, lower: 0.72, upper: 0.99 }),
        },
        { group: 'senior_comparison', curve: hidden(), twelveMonth: hidden() },
      ],
      caveat: 'Participants chose to take part; they may differ from colleagues in ways the directory does not record.',
    },
    reach: {
      pairs: shown(22, 11),
      crossDepartment: shown(22, { count: 8, share: 8 / 11 }),
      levelGaps: [
        { gap: 1, pairs: hidden() },
        { gap: 2, pairs: shown(12, 6) },
        { gap: 3, pairs: hidden() },
      ],
      crossGeneration: hidden(),
    },
  };
}

export function programOutcomes(viewer: ProgramOutcomes['viewer'] = 'manager'): ProgramOutcomes {
  return {
    program: {
      id: 'prog-1',
      name: 'Digital fluency pilot',
      status: 'closed',
      startDate: '2026-01-05',
      endDate: '2026-12-18',
      mode: 'reverse',
    },
    viewer,
    asOf: '2026-12-01T09:30:00.000Z',
    refreshing: false,
    ...outcomes(),
  };
}

export const PROGRAMS = [
  { id: 'prog-1', name: 'Digital fluency pilot' },
  { id: 'prog-2', name: 'Mutual exchange' },
];

export function crossOutcomes(programs = PROGRAMS): CrossProgramOutcomes {
  return { programs, asOf: '2026-12-01T09:30:00.000Z', refreshing: false, ...outcomes() };
}

export const LEADERS: FutureLeaders = {
  // Deliberately not in alphabetical order: the page lists by name whatever the order.
  leaders: [
    {
      personId: 'p-9',
      name: 'Zoe Young',
      department: 'Marketing',
      signals: [
        {
          key: 'partners_learned',
          label: 'Partner reported high learning',
          met: true,
          evidence: 'Her partner rated “how much did I learn” 5 of 5.',
        },
        { key: 'goals_met', label: 'Goals met', met: true, evidence: '3 of 3 shared goals done.' },
        { key: 'meetings_held', label: 'Meetings held', met: false, evidence: '9 of 12 promised meetings held.' },
      ],
    },
    {
      personId: 'p-3',
      name: 'Amir Haddad',
      department: 'Engineering',
      signals: [
        {
          key: 'partners_learned',
          label: 'Partner reported high learning',
          met: true,
          evidence: 'His partner rated “how much did I learn” 4 of 5.',
        },
        { key: 'goals_met', label: 'Goals met', met: false, evidence: '1 of 3 shared goals done.' },
        { key: 'meetings_held', label: 'Meetings held', met: true, evidence: '12 of 12 promised meetings held.' },
      ],
    },
  ],
  optedIn: shown(7, 7),
};
