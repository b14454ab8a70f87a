// What an enrollment asks of the participant now, in words. Pure, so each case is tested.
import type { MyEnrollment, MyMatch } from '../../api/programs';
import { formatDateTime } from '../../format';

export type StepTone = 'action' | 'waiting' | 'done' | 'closed';

export interface NextStep {
  text: string;
  tone: StepTone;
}

/**
 * `match` is this program's offered pair from /api/me/matches, if loaded: MyEnrollment has no
 * deadline of its own, so the answer deadline and "you already accepted" come from there.
 */
export function nextStep(enrollment: MyEnrollment, match?: MyMatch): NextStep {
  const { status, approval, training, pairStatus, program } = enrollment;
  if (status === 'withdrawn') return { text: 'You withdrew', tone: 'closed' };
  if (status === 'declined') return { text: 'Not approved', tone: 'closed' };
  if (program.status === 'closed') return { text: 'This program has closed', tone: 'closed' };
  if (status === 'invited') return { text: 'Invited — apply', tone: 'action' };
  if (status === 'applied') {
    return approval?.approver === null
      ? { text: 'Waiting for the program manager’s approval', tone: 'waiting' }
      : { text: 'Waiting for your manager’s approval', tone: 'waiting' };
  }
  // Approved from here on.
  if (pairStatus === 'active') return { text: 'Active', tone: 'done' };
  if (pairStatus === 'offered') {
    if (match?.myResponse === 'accepted')
      return { text: 'Matched — you accepted; waiting for your partner', tone: 'waiting' };
    if (match?.respondBy) return { text: `Matched — respond by ${formatDateTime(match.respondBy)}`, tone: 'action' };
    return { text: 'Matched — respond now', tone: 'action' };
  }
  if (training.required && training.completed < training.total) {
    return { text: `Approved — complete your training (${training.completed} of ${training.total})`, tone: 'action' };
  }
  if (pairStatus === 'ended') return { text: 'Your pair has ended', tone: 'closed' };
  return { text: 'Approved — waiting to be matched', tone: 'waiting' };
}

/** Invitations, applications and approvals can be withdrawn until the pair is active. */
export function canWithdraw(enrollment: MyEnrollment): boolean {
  const open = enrollment.status === 'invited' || enrollment.status === 'applied' || enrollment.status === 'approved';
  return open && enrollment.pairStatus !== 'active' && enrollment.program.status !== 'closed';
}
