// A published pair's life (issue 4): offered → active when both accept; declined when either
// declines; expired when the deadline passes first; ended (no fault) by either member or the
// program manager. Pure.

export type PairStatus = 'proposed' | 'offered' | 'active' | 'declined' | 'expired' | 'ended';
export type Response = 'accepted' | 'declined';

export interface OfferState {
  status: PairStatus;
  respondBy: Date | null;
  mentorResponse: Response | null;
  menteeResponse: Response | null;
}

export type ResponseOutcome =
  | { refused: string; code: 'conflict' | 'gone' }
  | { status: PairStatus; mentorResponse: Response | null; menteeResponse: Response | null; changed: 'declined' | 'active' | 'waiting' };

export function respond(state: OfferState, side: 'mentor' | 'mentee', response: Response, now: Date): ResponseOutcome {
  if (state.status !== 'offered') return { refused: `This match is ${state.status}; there is nothing to answer.`, code: 'conflict' };
  if (state.respondBy && now.getTime() >= state.respondBy.getTime()) return { refused: 'The time to respond has passed.', code: 'gone' };
  const mine = side === 'mentor' ? state.mentorResponse : state.menteeResponse;
  if (mine !== null) return { refused: `You have already ${mine} this match.`, code: 'conflict' };
  const mentorResponse = side === 'mentor' ? response : state.mentorResponse;
  const menteeResponse = side === 'mentee' ? response : state.menteeResponse;
  if (response === 'declined') return { status: 'declined', mentorResponse, menteeResponse, changed: 'declined' };
  if (mentorResponse === 'accepted' && menteeResponse === 'accepted') return { status: 'active', mentorResponse, menteeResponse, changed: 'active' };
  return { status: 'offered', mentorResponse, menteeResponse, changed: 'waiting' };
}

/**
 * The deadline for an offer published at `now`: the end of the UTC day `days` later, so that
 * "respond by <date>" in the messages is true for the whole of that day.
 */
export function responseDeadline(now: Date, days: number): Date {
  const day = new Date(now.getTime() + days * 86_400_000);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1));
}

/** True when the offer's deadline has passed without both answers (the deadline instant included). */
export function offerExpired(state: OfferState, now: Date): boolean {
  return state.status === 'offered' && state.respondBy !== null && now.getTime() >= state.respondBy.getTime();
}

/** Either member or the program manager may end an offered or active pair, no fault. */
export function endRefusal(status: PairStatus): string | null {
  return status === 'offered' || status === 'active' ? null : `This pair is ${status}; it cannot be ended.`;
}
