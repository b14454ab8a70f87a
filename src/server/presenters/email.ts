import { z } from 'zod';
import type { EmailRow } from '../../app/outbox/list-outbox.js';
import { IsoDateTime } from '../schemas/common.js';

// No transport or last_error: delivery errors can carry SMTP server details.
export const ZOutboxEmail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  createdAt: IsoDateTime,
  sentAt: IsoDateTime.nullable(),
});

export function presentEmail(e: EmailRow): z.infer<typeof ZOutboxEmail> {
  return {
    id: e.id,
    to: e.to,
    subject: e.subject,
    text: e.text,
    status: e.status,
    createdAt: e.createdAt.toISOString(),
    sentAt: e.sentAt?.toISOString() ?? null,
  };
}
