// Sample answers of the check-ins API for the workspace tests.
import type { CheckinRating, Checkins } from '../../api/checkins';
import { json } from '../../test/fakeApi';

export function checkins(changes: Partial<Checkins> = {}): Checkins {
  return {
    mySide: 'mentee',
    today: '2027-01-10',
    openPhase: 'start',
    pairActive: true,
    canRate: true,
    windows: {
      start: { phase: 'start', from: '2027-01-04', until: '2027-01-24' },
      midway: { phase: 'midway', from: '2027-06-22', until: '2027-07-12' },
      end: { phase: 'end', from: '2027-12-11', until: '2028-01-14' },
    },
    skills: [
      { key: 'generative-ai-tools', label: 'Generative AI tools' },
      { key: 'career-planning', label: 'Career planning' },
    ],
    me: { name: 'Ada Senior', side: 'mentee', learning: ['generative-ai-tools'], ratings: [] },
    partner: { name: 'Jo Junior', side: 'mentor', learning: ['career-planning'], ratings: [] },
    ...changes,
  };
}

export function rating(changes: Partial<CheckinRating> = {}): CheckinRating {
  return { id: 'ck-1', skillKey: 'generative-ai-tools', phase: 'start', level: 2, evidence: null, observation: null, observedAt: null, updatedAt: '2027-01-10T10:00:00Z', ...changes };
}

/** The check-ins GET with nothing rated yet (no chart is drawn): for tests of the whole page. */
export const CHECKINS_ROUTE = { 'GET /api/me/pairs/pair-1/checkins': () => json(200, checkins()) };
