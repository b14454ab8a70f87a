import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { listNotifications } from '../../../app/notifications/list-notifications.js';
import { markNotificationsRead } from '../../../app/notifications/mark-notifications-read.js';
import { presentNotification, ZNotification } from '../../presenters/notification.js';
import { actorOf } from '../../request-context.js';
import { errorResponses, PageQuery, Uuid } from '../../schemas/common.js';

export function notificationRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'authenticated' } as const;
  const tags = ['notifications'];
  r.get(
    '/api/notifications',
    { config, schema: { tags, summary: 'My notifications, newest first, with the unread count', querystring: PageQuery.strict(), response: { 200: z.object({ items: z.array(ZNotification), page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), unread: z.number().int() }), ...errorResponses } } },
    async (req) => {
      const page = await listNotifications(deps, { actor: actorOf(req), query: req.query });
      return { ...page, items: page.items.map(presentNotification) };
    },
  );
  r.post(
    '/api/notifications/read',
    { config, schema: { tags, summary: 'Mark some (ids) or all of my notifications read', body: z.strictObject({ ids: z.array(Uuid).max(100).optional(), all: z.boolean().optional() }), response: { 200: z.object({ marked: z.number().int() }), ...errorResponses } } },
    async (req) => ({ marked: await markNotificationsRead(deps, { actor: actorOf(req), ids: req.body.ids, all: req.body.all }) }),
  );
}
