// Shapes the participant pages' tests share (the API answers of web/src/api/programs.ts).
import type { MyEnrollment, MyMatch, ProgramBrief } from '../../api/programs';
import { json, meWith } from '../../test/fakeApi';

export const participantSession = () => json(200, { user: meWith(['participant']), csrfToken: 'csrf-1' });

export const PROGRAM: ProgramBrief = {
  id: 'prog-1',
  name: 'Digital Leaders 2030',
  mode: 'reverse',
  status: 'enrolling',
  objectives: 'Help senior leaders use the tools their teams use.',
  startDate: '2030-01-06',
  endDate: '2030-06-30',
  hoursPerMonth: 4,
  cadenceDays: 14,
  meetingMinutes: 60,
};

export const OPEN_PROGRAM: ProgramBrief = { ...PROGRAM, id: 'prog-2', name: 'Mutual Exchange', mode: 'mutual' };

export function enrollment(changes: Partial<MyEnrollment> = {}): MyEnrollment {
  return {
    id: 'enr-1',
    program: PROGRAM,
    side: 'mentor',
    status: 'approved',
    approval: {
      status: 'approved',
      approver: { id: 'p-0', name: 'Boss Person' },
      decidedBy: null,
      decidedAt: null,
      reason: null,
      override: false,
    },
    training: { required: true, completed: 2, total: 5 },
    pairStatus: null,
    ...changes,
  };
}

export function match(changes: Partial<MyMatch> = {}): MyMatch {
  return {
    pairId: 'pair-1',
    program: { id: PROGRAM.id, name: PROGRAM.name, mode: 'reverse' },
    status: 'offered',
    mySide: 'mentor',
    respondBy: '2030-02-01T17:00:00.000Z',
    myResponse: null,
    partnerResponse: null,
    partner: {
      name: 'Maria Senior',
      email: 'maria@acme.test',
      jobTitle: 'VP Sales',
      department: 'Sales',
      knows: [{ skillKey: 'financial-acumen', label: 'P&L and financial acumen', level: 5 }],
      wants: [{ skillKey: 'generative-ai-tools', label: 'Generative AI tools for everyday work', priority: 3 }],
      timeZone: 'Europe/Paris',
      availability: 'Tuesday mornings',
    },
    reasons: ['You teach Maria Generative AI tools for everyday work (level 4), her top wish.'],
    ...changes,
  };
}
