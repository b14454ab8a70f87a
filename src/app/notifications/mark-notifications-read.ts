import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { notifications } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { personIdOf } from '../programs/program-access.js';

/** Marks the actor's own notifications read (all, or the given ids); returns how many changed. */
export async function markNotificationsRead(deps: Deps, input: { actor: Actor; ids?: string[] | undefined; all?: boolean | undefined }): Promise<number> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const personId = await personIdOf(tx, input.actor);
    if (!personId || (!input.all && !input.ids?.length)) return 0;
    const which = input.all ? undefined : inArray(notifications.id, input.ids ?? []);
    const rows = await tx
      .update(notifications)
      .set({ readAt: deps.now() })
      .where(and(eq(notifications.orgId, orgId), eq(notifications.personId, personId), isNull(notifications.readAt), which))
      .returning({ id: notifications.id });
    return rows.length;
  });
}
