// Records a manager-approval decision and tells the participant. Shared by the web, the email
// link and the program manager's override, which differ only in who may decide.
import { eq } from 'drizzle-orm';
import type { Decision } from '../../core/programs/approval.js';
import type { Tx } from '../../db/client.js';
import { enrollments, programs } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { notify } from '../notifications/notify.js';

export interface DecisionRecord {
  enrollment: typeof enrollments.$inferSelect;
  program: typeof programs.$inferSelect;
  decision: Decision;
  reason: string | null;
  decidedByUserId: string | null;
  override: boolean;
  audit: { actor: { userId: string; email: string } | null; meta: RequestMeta | null };
}

export async function recordDecision(deps: Deps, tx: Tx, d: DecisionRecord): Promise<void> {
  const now = deps.now();
  await tx
    .update(enrollments)
    .set({
      status: d.decision,
      approvalStatus: d.decision,
      decidedByUserId: d.decidedByUserId,
      decidedAt: now,
      decisionReason: d.reason?.trim() || null,
      approvalOverride: d.override,
      // The email link works once.
      approvalTokenHash: null,
      updatedAt: now,
    })
    .where(eq(enrollments.id, d.enrollment.id));
  await notify(deps, tx, d.enrollment.orgId, d.enrollment.personId, { kind: 'approval_decided', programName: d.program.name, decision: d.decision });
  await recordAudit(
    tx,
    { orgId: d.enrollment.orgId, actor: d.audit.actor, action: d.override ? 'approval_overridden' : 'approval_decided', target: d.enrollment.id, details: { decision: d.decision, override: d.override } },
    d.audit.meta,
  );
}
