import { z } from 'zod';
import type { AuditRow } from '../../app/audit/list-audit.js';
import { IsoDateTime } from '../schemas/common.js';

export const ZAuditEntry = z.object({
  // A bigserial: sent as a string so no client loses precision on a long-lived log.
  id: z.string(),
  at: IsoDateTime,
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
  action: z.string(),
  target: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export function presentAudit(a: AuditRow): z.infer<typeof ZAuditEntry> {
  return {
    id: String(a.id),
    at: a.at.toISOString(),
    actor: a.actorUserId && a.actorEmail ? { id: a.actorUserId, email: a.actorEmail } : null,
    action: a.action,
    target: a.target,
    ip: a.ip,
    requestId: a.requestId,
    details: a.details,
  };
}
