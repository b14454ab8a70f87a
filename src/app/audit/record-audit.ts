import { CLI_USER_ID } from '../../core/auth/roles.js';
import type { Tx } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import type { RequestMeta } from '../deps.js';

// Action names follow the OWASP logging vocabulary (authn_login_success, authz_change, …).
export type AuditAction =
  | 'authn_login_success'
  | 'authn_login_fail'
  | 'authn_login_lock'
  | 'authn_logout'
  | 'authn_invitation_accepted'
  | 'authz_change'
  | 'user_invited'
  | 'invitation_revoked'
  | 'people_imported'
  | 'org_created'
  | 'user_created'
  | 'program_created'
  | 'program_updated'
  | 'program_status_changed'
  | 'participants_invited'
  | 'approval_decided'
  | 'approval_overridden'
  | 'round_run'
  | 'round_edited'
  | 'round_published'
  | 'round_discarded'
  | 'pair_ended'
  | 'program_sponsors_changed'
  | 'review_cycle_opened'
  | 'review_cycle_closed'
  | 'review_comment_added'
  | 'survey_updated';

export interface AuditEntry {
  orgId: string | null;
  actor: { userId: string; email: string } | null;
  action: AuditAction;
  target?: string | null;
  /** Never a password, token, note or survey text: identifiers and counts only. */
  details?: Record<string, string | number | boolean | null | string[]>;
}

export async function recordAudit(tx: Tx, entry: AuditEntry, meta: RequestMeta | null): Promise<void> {
  await tx.insert(auditLog).values({
    orgId: entry.orgId,
    // The CLI's operator has no user row: recorded by name only.
    actorUserId: entry.actor && entry.actor.userId !== CLI_USER_ID ? entry.actor.userId : null,
    actorEmail: entry.actor?.email ?? null,
    action: entry.action,
    target: entry.target ?? null,
    ip: meta?.ip ?? null,
    requestId: meta?.requestId ?? null,
    details: entry.details ?? {},
  });
}
