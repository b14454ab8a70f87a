import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { enrollments } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { requirePersonId } from '../programs/program-access.js';
import { juniorEnrollmentsOf, type JuniorEnrollment } from './junior-enrollments.js';

/**
 * Turns my leader signals on or off in one program. Only the junior member of a started pair may
 * opt in (the signals are about junior mentors); anyone enrolled may always opt out, so a
 * change of pair never leaves an old consent switched on against their will. Returns my list.
 */
export async function setLeaderSignals(deps: Deps, input: { actor: Actor; programId: string; optIn: boolean }): Promise<JuniorEnrollment[]> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const personId = await requirePersonId(tx, actor);
    const [mine] = await tx
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(and(eq(enrollments.orgId, actor.orgId), eq(enrollments.programId, input.programId), eq(enrollments.personId, personId)));
    if (!mine) throw notFound('Enrollment');
    const junior = (await juniorEnrollmentsOf(tx, actor.orgId, personId)).find((j) => j.programId === input.programId);
    if (input.optIn && junior?.enrollmentId !== mine.id) {
      throw new AppError('conflict', 'Only the junior member of a pair that has started can share leader signals.');
    }
    await tx
      .update(enrollments)
      .set({ leaderSignalsAt: input.optIn ? deps.now() : null, updatedAt: deps.now() })
      .where(eq(enrollments.id, mine.id));
    return juniorEnrollmentsOf(tx, actor.orgId, personId);
  });
}
