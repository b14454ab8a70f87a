import type { CycleList, CycleReview, PairReview, PairReviews } from '../../api/reviews';

export const CYCLE = {
  id: 'cyc-1',
  programId: 'prog-1',
  title: 'Q1 review',
  dueDate: '2027-03-31',
  status: 'open' as const,
  createdAt: '2027-03-01T09:00:00Z',
  closedAt: null,
};

export const cycleList = (over: Partial<CycleList> = {}): CycleList => ({
  program: { id: 'prog-1', name: 'Digital fluency' },
  as: 'manager',
  canManage: true,
  cycles: [{ ...CYCLE, counts: { asked: 4, submitted: 1 } }],
  ...over,
});

export const cycleReview = (over: Partial<CycleReview> = {}): CycleReview => ({
  cycle: CYCLE,
  program: { id: 'prog-1', name: 'Digital fluency' },
  as: 'manager',
  canComment: true,
  counts: { asked: 4, submitted: 1 },
  summaries: [
    {
      id: 'sum-1',
      pairId: 'pair-1',
      mentorName: 'Jo Junior',
      menteeName: 'Sam Senior',
      submittedAt: '2027-03-10T12:00:00Z',
      content: {
        goals: [{ goalId: 'g-1', title: 'Use AI assistants', learnerSide: 'mentee', progress: 40, status: 'active' }],
        meetings: { held: 3, due: 4 },
        statement: 'We meet every other week and it helps.',
      },
      comments: [{ id: 'c-1', authorName: 'Pat Manager', body: 'Great start.', createdAt: '2027-03-11T08:00:00Z' }],
    },
  ],
  ...over,
});

export const pairReview = (over: Partial<PairReview> = {}): PairReview => ({
  cycle: CYCLE,
  summaryId: 'sum-1',
  draftToken: 'tok-1',
  status: 'draft',
  goalIds: [],
  includeMeetings: true,
  statement: '',
  updatedAt: '2027-03-01T09:00:00Z',
  submittedAt: null,
  shareable: [
    { goalId: 'g-1', title: 'Use AI assistants', learnerSide: 'mentee', progress: 40, status: 'active' },
    { goalId: 'g-2', title: 'Read a P&L', learnerSide: 'mentor', progress: 0, status: 'active' },
  ],
  meetings: { held: 3, due: 4 },
  preview: { goals: [], meetings: { held: 3, due: 4 }, statement: '' },
  myConfirmedAt: null,
  partnerConfirmedAt: null,
  canEdit: true,
  canWithdraw: false,
  comments: [],
  ...over,
});

export const pairReviews = (reviews: PairReview[]): PairReviews => ({
  mySide: 'mentee',
  me: { personId: 'p-s', name: 'Sam Senior' },
  partner: { personId: 'p-j', name: 'Jo Junior' },
  reviews,
});

export const FUNNEL = {
  steps: [
    { stage: 'invited', reached: { suppressed: false, people: 40, value: 40 }, dropOff: null, conversion: null },
    { stage: 'matched', reached: { suppressed: false, people: 20, value: 20 }, dropOff: null, conversion: null },
    { stage: 'completed', reached: { suppressed: true, people: null, value: null }, dropOff: null, conversion: null },
  ],
};

export const ENGAGEMENT = {
  months: [
    {
      month: '2027-02',
      held: { suppressed: false, people: 20, value: 12 },
      promised: { suppressed: false, people: 20, value: 16 },
    },
  ],
  activePairs: { suppressed: false, people: 20, value: 10 },
  atRiskPairs: { suppressed: true, people: null, value: null },
  daysToFirstMeeting: { suppressed: true, people: null, value: null },
};
