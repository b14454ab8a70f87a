// Sample API answers and a render helper for the program pages' component tests.
import { render } from '@testing-library/react';
import { App } from '../../App';
import type { Enrollment, Program, ProgramPair, ProgramTemplate, Round, RoundPair, Skill, TrainingModule } from '../../api/programs';
import { fakeApi, json, meWith, type FakeCall } from '../../test/fakeApi';

type Handler = (call: FakeCall) => { status: number; body?: unknown };

/** Renders the whole app at `path`, signed in with `roles`, with the given fake routes. */
export function renderAt(path: string, routes: Record<string, Handler>, roles: string[] = ['program_manager']) {
  const api = fakeApi({ 'GET /api/auth/session': () => json(200, { user: meWith(roles), csrfToken: 'csrf-1' }), ...routes });
  window.history.replaceState(null, '', path);
  render(<App />);
  return api;
}

export const page = <T,>(items: T[], extra: { page?: number; pageSize?: number; total?: number } = {}) => ({
  items,
  page: extra.page ?? 1,
  pageSize: extra.pageSize ?? 25,
  total: extra.total ?? items.length,
});

export const SKILLS: Skill[] = [
  { id: 's-1', key: 'generative-ai-tools', label: 'Generative AI tools for everyday work', category: 'technology' },
  { id: 's-2', key: 'linkedin-presence', label: 'Building a LinkedIn presence', category: 'social_media' },
  { id: 's-3', key: 'financial-acumen', label: 'P&L and financial acumen', category: 'business_industry' },
  { id: 's-4', key: 'career-planning', label: 'Career planning', category: 'leadership_career' },
];

export const TEMPLATES: ProgramTemplate[] = [
  {
    key: 'reverse',
    label: 'Reverse mentoring',
    description: 'Junior employees mentor senior leaders.',
    name: 'Reverse mentoring: digital fluency for leaders',
    objectives: 'Help senior leaders use digital tools\nBreak down status barriers',
    mode: 'reverse',
    hoursPerMonth: 2,
    cadenceDays: 14,
    meetingMinutes: 45,
    mentorCapacity: 1,
    minLevelGap: 2,
    responseDays: 7,
    skillKeys: ['generative-ai-tools', 'linkedin-presence'],
    training: [
      { role: 'mentor', title: 'Teaching upward', summary: '…' },
      { role: 'mentee', title: 'Learning from a junior colleague', summary: '…' },
    ],
  },
  {
    key: 'mutual',
    label: 'Mutual mentoring',
    description: 'Both people teach and learn.',
    name: 'Mutual mentoring: learning across levels',
    objectives: 'Let every pair teach and learn',
    mode: 'mutual',
    hoursPerMonth: 3,
    cadenceDays: 14,
    meetingMinutes: 60,
    mentorCapacity: 1,
    minLevelGap: 1,
    responseDays: 7,
    skillKeys: ['generative-ai-tools', 'financial-acumen', 'career-planning'],
    training: [],
  },
];

export const ME_BRIEF = { id: 'u-1', name: 'Ada Admin', email: 'ada@acme.test' };

export const PROGRAM: Program = {
  id: 'prog-1',
  name: 'Digital fluency pilot',
  objectives: 'Help leaders use digital tools',
  mode: 'reverse',
  scope: { kind: 'organization' },
  requireCrossDepartment: true,
  startDate: '2030-01-01',
  endDate: '2030-06-30',
  hoursPerMonth: 2,
  cadenceDays: 14,
  meetingMinutes: 45,
  mentorCapacity: 1,
  minLevelGap: 2,
  responseDays: 7,
  requireTraining: true,
  autoRematch: false,
  selfEnrollment: false,
  status: 'enrolling',
  managers: [ME_BRIEF],
  skillKeys: ['generative-ai-tools', 'linkedin-presence'],
  skills: [SKILLS[0]!, SKILLS[1]!],
  counts: { invited: 10, applied: 6, approved: 4, trained: 3, paired: 0, activePairs: 0 },
  allowedTransitions: ['matching'],
  createdAt: '2029-12-01T10:00:00Z',
  updatedAt: '2029-12-01T10:00:00Z',
};

export const programWith = (changes: Partial<Program>): Program => ({ ...PROGRAM, ...changes });

const person = (id: string, name: string, department: string, level: number) => ({ id, name, email: `${id}@acme.test`, department, jobTitle: null, level });

export const ANA = person('p-ana', 'Ana Lee', 'Marketing', 2);
export const BOB = person('p-bob', 'Bob Ray', 'Finance', 6);
export const CID = person('p-cid', 'Cid Moss', 'Sales', 1);
export const DEE = person('p-dee', 'Dee Park', 'Legal', 7);
export const EVE = person('p-eve', 'Eve Stone', 'Marketing', 2);
export const FAY = person('p-fay', 'Fay Wong', 'Marketing', 5);

export const PAIRS: RoundPair[] = [
  {
    id: 'pair-1',
    mentor: { ...ANA, enrollmentId: 'e-ana' },
    mentee: { ...BOB, enrollmentId: 'e-bob' },
    score: 1200,
    locked: false,
    handPaired: false,
    ruleBreaks: [],
    handReason: null,
    explanation: {
      reasons: ['Ana teaches Bob Generative AI tools (level 4).'],
      parts: [
        { kind: 'teaches', label: 'Teaches Generative AI tools', points: 900 },
        { kind: 'cross_department', label: 'Different departments', points: 300 },
      ],
    },
  },
  {
    id: 'pair-2',
    mentor: { ...CID, enrollmentId: 'e-cid' },
    mentee: { ...DEE, enrollmentId: 'e-dee' },
    score: 400,
    locked: true,
    handPaired: true,
    ruleBreaks: ['reporting_chain'],
    handReason: 'They asked for it',
    explanation: { reasons: [], parts: [] },
  },
];

export const ROUND: Round = {
  id: 'round-1',
  programId: 'prog-1',
  number: 2,
  status: 'proposed',
  createdAt: '2030-01-10T09:00:00Z',
  publishedAt: null,
  pairCount: 2,
  summary: {
    total: 1600,
    optimal: true,
    mentors: 3,
    mentees: 3,
    distribution: { count: 2, min: 400, max: 1200, mean: 800, median: 800, histogram: [
      { from: 0, to: 499, count: 1 },
      { from: 500, to: 999, count: 0 },
      { from: 1000, to: 1499, count: 1 },
    ] },
    warnings: ['A kept pair now breaks a rule: Cid Moss and Dee Park.'],
    unmatched: [
      { enrollmentId: 'e-eve', person: EVE, side: 'mentor', reason: 'no_eligible_partner', detail: 'Every senior mentee is excluded by a rule.' },
      { enrollmentId: 'e-fay', person: FAY, side: 'mentee', reason: 'partners_taken', detail: 'All eligible partners are paired.' },
    ],
    notEligible: [{ reason: 'not_trained', count: 2 }],
    seconds: 0.4,
  },
};

export const ENROLLMENTS: Enrollment[] = [
  {
    id: 'e-ana',
    programId: 'prog-1',
    person: ANA,
    side: 'mentor',
    capacity: 1,
    status: 'applied',
    approval: { status: 'pending', approver: { id: 'p-boss', name: 'Boss Person' }, decidedBy: null, decidedAt: null, reason: null, override: false },
    trained: false,
    pairStatus: null,
    invitedAt: '2030-01-02T00:00:00Z',
    appliedAt: '2030-01-03T00:00:00Z',
  },
  {
    id: 'e-bob',
    programId: 'prog-1',
    person: BOB,
    side: null,
    capacity: null,
    status: 'invited',
    approval: null,
    trained: false,
    pairStatus: null,
    invitedAt: '2030-01-02T00:00:00Z',
    appliedAt: null,
  },
];

export const MODULES: TrainingModule[] = [
  {
    id: 'm-1',
    role: 'mentor',
    position: 1,
    title: 'Teaching upward',
    summary: 'How to teach a senior colleague as a peer.',
    body: 'Start from their goals.',
    questions: [{ prompt: 'Who sets the agenda?', options: ['You', 'Your partner', 'HR'], correct: 1, explanation: 'The learner drives.' }],
  },
  {
    id: 'm-2',
    role: 'mentee',
    position: 1,
    title: 'Learning from a junior colleague',
    summary: 'Be open, keep confidences.',
    body: 'Listen.',
    questions: [],
  },
];

export const PROGRAM_PAIRS: ProgramPair[] = [
  {
    id: 'pp-1',
    mentor: ANA,
    mentee: BOB,
    status: 'offered',
    score: 1200,
    mentorResponse: 'accepted',
    menteeResponse: null,
    respondBy: '2030-01-20',
    handPaired: false,
    ruleBreaks: [],
    endedAt: null,
    roundNumber: 1,
    agreement: { state: 'none', signedAt: null },
    health: null,
  },
  {
    id: 'pp-2',
    mentor: CID,
    mentee: DEE,
    status: 'ended',
    score: 400,
    mentorResponse: 'accepted',
    menteeResponse: 'accepted',
    respondBy: null,
    handPaired: true,
    ruleBreaks: [],
    endedAt: '2030-02-01T00:00:00Z',
    roundNumber: 1,
    agreement: { state: 'signed', signedAt: '2030-01-25T10:00:00Z' },
    health: { status: 'on_track', held: 2, promised: 2, lastHeldAt: '2030-01-28T10:00:00Z', cadenceDays: 14 },
  },
  {
    id: 'pp-3',
    mentor: { ...ANA, id: 'p-eve', name: 'Eve Quinn', email: 'eve@acme.test' },
    mentee: { ...BOB, id: 'p-fay', name: 'Fay Ross', email: 'fay@acme.test' },
    status: 'active',
    score: 900,
    mentorResponse: 'accepted',
    menteeResponse: 'accepted',
    respondBy: null,
    handPaired: false,
    ruleBreaks: [],
    endedAt: null,
    roundNumber: 2,
    agreement: { state: 'signed', signedAt: '2030-02-03T10:00:00Z' },
    health: { status: 'at_risk', held: 1, promised: 4, lastHeldAt: '2030-02-10T10:00:00Z', cadenceDays: 14 },
  },
];
