// Who may decide a participant's manager approval (issue 4, PRODUCT.md principle 6). Pure.

export type Decision = 'approved' | 'declined';

export interface ApprovalFacts {
  /** The participant's person id. */
  participantPersonId: string;
  /** The participant's direct manager from the directory, or null when they have none. */
  approverPersonId: string | null;
  approvalStatus: 'pending' | 'approved' | 'declined' | null;
}

export interface Decider {
  /** The person the deciding user is in the directory, if linked. */
  personId: string | null;
  /** True when the user runs this program (or is an org admin). */
  runsProgram: boolean;
}

export type DecisionRoute = 'manager' | 'program_manager_no_manager' | 'override';

/**
 * How `decider` may decide, or the reason they may not. A manager decides only for their own
 * direct reports; nobody decides their own enrollment; people without a manager are decided by
 * the program manager; a program manager may override a manager only with a reason.
 */
export function decisionRoute(
  facts: ApprovalFacts,
  decider: Decider,
  request: { override: boolean; reason: string | null },
): { route: DecisionRoute } | { refused: string } {
  if (facts.approvalStatus === null) return { refused: 'This person has not applied yet.' };
  if (decider.personId !== null && decider.personId === facts.participantPersonId) {
    return { refused: 'You cannot approve your own enrollment.' };
  }
  if (request.override) {
    if (!decider.runsProgram) return { refused: 'Only the program manager can override an approval.' };
    if (!request.reason || request.reason.trim() === '') return { refused: 'An override needs a reason.' };
    return { route: 'override' };
  }
  if (facts.approvalStatus !== 'pending') return { refused: `This request was already ${facts.approvalStatus}.` };
  if (facts.approverPersonId === null) {
    return decider.runsProgram
      ? { route: 'program_manager_no_manager' }
      : { refused: 'This person has no manager in the directory; the program manager decides.' };
  }
  if (decider.personId === facts.approverPersonId) return { route: 'manager' };
  return { refused: 'Only the person’s own manager can approve this request.' };
}
