import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { enrollments, pairs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { checkPairing, memberByEnrollment, requireConfirmation } from './check-pairing.js';
import { loadPool } from './load-pool.js';
import { requireRoom } from './round-occupancy.js';
import { proposedPairRow, roundForManager } from './round-store.js';

export interface HandPairInput {
  actor: Actor;
  roundId: string;
  mentorEnrollmentId: string;
  menteeEnrollmentId: string;
  confirmRuleBreak?: boolean | undefined;
  reason?: string | undefined;
  meta: RequestMeta | null;
}

/** The program manager pairs two people; the pair is kept (locked) when the round is re-solved. */
export async function handPair(deps: Deps, input: HandPairInput): Promise<string> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const { round, program } = await roundForManager(tx, actor, input.roundId, { open: true });
    const pool = await loadPool(tx, program);
    const mentor = memberByEnrollment(pool, input.mentorEnrollmentId);
    const mentee = memberByEnrollment(pool, input.menteeEnrollmentId);
    const checked = checkPairing(program, pool, mentor, mentee, []);
    requireConfirmation(checked.ruleBreaks, input.confirmRuleBreak, input.reason);
    const [mentorRow] = await tx.select({ capacity: enrollments.capacity }).from(enrollments).where(and(eq(enrollments.id, mentor.enrollmentId)));
    await requireRoom(tx, program, round.id, mentor, mentee, mentorRow?.capacity ?? null);
    const [row] = await tx
      .insert(pairs)
      .values(proposedPairRow(program, round.id, checked, deps.now(), { locked: true, handPaired: true, ruleBreaks: checked.ruleBreaks, handReason: input.reason?.trim() || null }))
      .returning({ id: pairs.id });
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'round_edited', target: round.id, details: { edit: 'hand_pair', ruleBreaks: checked.ruleBreaks } }, input.meta);
    return row?.id ?? '';
  });
}
