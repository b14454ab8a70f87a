// Fakes of the goals API for page tests that render the whole workspace.
import type { Goals } from '../../api/goals';
import { json } from '../../test/fakeApi';

const NONE = { total: 0, byStatus: { active: 0, achieved: 0, paused: 0, dropped: 0 }, shared: 0, meanProgress: null };

export const EMPTY_GOALS: Goals = {
  mode: 'reverse',
  mySide: 'mentor',
  me: { personId: 'p-1', name: 'Ada Admin' },
  partner: { personId: 'p-2', name: 'Sam Senior' },
  canWrite: true,
  targetDates: { earliest: '2027-01-10', latest: '2027-12-31' },
  goals: [],
  missing: ['mentee'],
  summary: { mentor: NONE, mentee: NONE },
};

/** `'GET /api/me/pairs/pair-1/goals'` for fakeApi: a pair with no goals yet. */
export const GOALS_ROUTE = { 'GET /api/me/pairs/pair-1/goals': () => json(200, EMPTY_GOALS) };
