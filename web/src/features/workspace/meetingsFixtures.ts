// Fakes of the meetings API for page tests that render the whole workspace.
import type { Meetings } from '../../api/meetings';
import { json } from '../../test/fakeApi';

export const NO_MEETINGS: Meetings = {
  meetings: [],
  health: { status: 'new', held: 0, promised: 0, lastHeldAt: null, nextAt: null, daysSinceLast: null, cadenceDays: 14 },
  defaults: { cadenceDays: 14, minutes: 45, timeZone: null },
  topics: [],
  mySide: 'mentor',
  pairActive: true,
};

/** `'GET /api/me/pairs/pair-1/meetings'` for fakeApi: a pair with no meetings yet. */
export const MEETINGS_ROUTE = { 'GET /api/me/pairs/pair-1/meetings': () => json(200, NO_MEETINGS) };
