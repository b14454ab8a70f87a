import { z } from 'zod';
import type { NotificationRow } from '../../app/notifications/list-notifications.js';

export const ZNotification = z.object({ id: z.string(), kind: z.string(), title: z.string(), body: z.string(), link: z.string().nullable(), createdAt: z.string(), readAt: z.string().nullable() });

export function presentNotification(n: NotificationRow): z.infer<typeof ZNotification> {
  return { id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null };
}
