// Who a matching round may pair (issue 4): approved, trained when the program requires it,
// still employed, and with room (mentees not already in a live pair, mentors below capacity).
import type { Side } from '../matching/types.js';

export type NotEligibleReason =
  | 'not_applied'
  | 'awaiting_approval'
  | 'declined_by_manager'
  | 'withdrawn'
  | 'not_trained'
  | 'left_or_on_leave'
  | 'no_side'
  | 'already_paired'
  | 'no_skills';

export const NOT_ELIGIBLE_TEXT: Record<NotEligibleReason, string> = {
  not_applied: 'invited, has not applied',
  awaiting_approval: 'waiting for manager approval',
  declined_by_manager: 'declined by their manager',
  withdrawn: 'withdrew',
  not_trained: 'training not complete',
  left_or_on_leave: 'on leave or left the organization',
  no_side: 'no side chosen',
  already_paired: 'already in a pair',
  no_skills: 'profile lists no skills',
};

export interface PoolCandidate {
  status: 'invited' | 'applied' | 'approved' | 'declined' | 'withdrawn';
  side: Side | null;
  employment: 'active' | 'on_leave' | 'departed';
  trained: boolean;
  /** Live (offered or active) pairs this person is in, in this program. */
  livePairs: number;
  /** Mentors: how many mentees at once. */
  capacity: number;
  skillCount: number;
}

/** Null when the person joins the pool, else why not. */
export function notEligibleReason(c: PoolCandidate, requireTraining: boolean): NotEligibleReason | null {
  if (c.status === 'invited') return 'not_applied';
  if (c.status === 'withdrawn') return 'withdrawn';
  if (c.status === 'declined') return 'declined_by_manager';
  if (c.status === 'applied') return 'awaiting_approval';
  if (c.employment !== 'active') return 'left_or_on_leave';
  if (c.side === null) return 'no_side';
  if (requireTraining && !c.trained) return 'not_trained';
  if (c.skillCount === 0) return 'no_skills';
  const room = c.side === 'mentor' ? c.capacity - c.livePairs : 1 - c.livePairs;
  return room > 0 ? null : 'already_paired';
}

export interface PoolEntry {
  /** In the round's input at all. */
  include: boolean;
  /** In only so that their live pairs are kept (locked): no new partner for them. */
  lockedOnly: boolean;
  /** Counted among the enrolled people left out of the pool, with this reason. */
  notEligible: NotEligibleReason | null;
}

/**
 * How someone enters a round. People in live pairs stay in the input even when they could take no
 * one more (or have since gone on leave), so that their pairs are kept; they get no new partner.
 */
export function poolEntry(c: PoolCandidate, requireTraining: boolean): PoolEntry {
  const reason = notEligibleReason(c, requireTraining);
  if (reason === null) return { include: true, lockedOnly: false, notEligible: null };
  if (c.livePairs > 0) return { include: true, lockedOnly: true, notEligible: reason === 'already_paired' ? reason : null };
  return { include: false, lockedOnly: false, notEligible: reason };
}
