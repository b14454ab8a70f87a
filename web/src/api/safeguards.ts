// The junior's safeguards API: mentor check-ins (pulses) and concerns.

export type PulseKey = 'engaged' | 'candid' | 'pressure';
export type PulseAnswers = Record<PulseKey, number>;
export type ShareMode = 'named' | 'aggregate';

export interface PulseQuestion {
  key: PulseKey;
  question: string;
  /** What 1 and 5 mean. */
  low: string;
  high: string;
}

export interface MyPulse {
  id: string;
  program: { id: string; name: string };
  partnerName: string;
  number: number;
  dueAt: string;
  openUntil: string;
  state: 'open' | 'answered' | 'closed';
  answers: PulseAnswers | null;
  comment: string | null;
  shareMode: ShareMode | null;
  answeredAt: string | null;
  questions: PulseQuestion[];
}

export interface PulseAnswerBody {
  answers: PulseAnswers;
  comment?: string | null;
  shareMode: ShareMode;
}

export interface PulseResults {
  sent: number;
  answered: number;
  minPeople: number;
  questions: PulseQuestion[];
  named: Array<{ personId: string; personName: string; answers: Array<{ partnerName: string; number: number; answers: PulseAnswers; comment: string | null; answeredAt: string }> }>;
  aggregate: Array<{ number: number; suppressed: boolean; people: number | null; answers: number | null; means: PulseAnswers | null }>;
}

export type ConcernStatus = 'open' | 'closed';

export interface ConcernSummary {
  id: string;
  status: ConcernStatus;
  createdAt: string;
  closedAt: string | null;
  program: { id: string; name: string };
  pairId: string;
  raisedBy: { id: string; name: string; side: 'mentor' | 'mentee' };
  partnerName: string;
  messages: number;
  lastMessageAt: string | null;
  awaitingManager: boolean;
}

export interface ConcernMessage {
  id: string;
  fromProgramManager: boolean;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface Concern {
  id: string;
  status: ConcernStatus;
  createdAt: string;
  closedAt: string | null;
  program: { id: string; name: string };
  pair: { id: string; status: string; mentor: { id: string; name: string }; mentee: { id: string; name: string } };
  raisedBy: { id: string; name: string; side: 'mentor' | 'mentee' };
  messages: ConcernMessage[];
}

const id = encodeURIComponent;
export const myPulseApi = (pulseId: string) => `/api/me/pulses/${id(pulseId)}`;
export const raiseConcernApi = (pairId: string) => `/api/me/pairs/${id(pairId)}/concerns`;
export const myConcernsApi = '/api/me/concerns';
export const myConcernApi = (concernId: string) => `/api/me/concerns/${id(concernId)}`;
export const programConcernsApi = (programId: string) => `/api/programs/${id(programId)}/concerns`;
export const concernApi = (concernId: string) => `/api/concerns/${id(concernId)}`;
export const pulseResultsApi = (programId: string) => `/api/programs/${id(programId)}/pulse-results`;
