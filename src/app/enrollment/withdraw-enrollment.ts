import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { enrollments } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { requirePersonId } from '../programs/program-access.js';
import { myEnrollment, progressOf, type MyEnrollmentView } from './my-enrollment.js';

/** A participant leaves a program before being paired (a live pair is ended instead). */
export async function withdrawEnrollment(deps: Deps, input: { actor: Actor; enrollmentId: string }): Promise<MyEnrollmentView> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const personId = await requirePersonId(tx, input.actor);
    const [row] = await tx.select().from(enrollments).where(and(eq(enrollments.orgId, orgId), eq(enrollments.id, input.enrollmentId), eq(enrollments.personId, personId)));
    if (!row) throw notFound('Enrollment');
    if (row.status === 'withdrawn') throw new AppError('conflict', 'You have already withdrawn.');
    const pairStatus = (await progressOf(tx, [row.id])).get(row.id)?.pairStatus;
    if (pairStatus === 'offered' || pairStatus === 'active') throw new AppError('conflict', 'You are in a pair: decline the match or end the pair first.');
    // A withdrawn request leaves every approval inbox and can no longer be decided from an old email link.
    await tx
      .update(enrollments)
      .set({ status: 'withdrawn', approvalStatus: row.approvalStatus === 'pending' ? null : row.approvalStatus, approvalTokenHash: null, updatedAt: deps.now() })
      .where(eq(enrollments.id, row.id));
    return myEnrollment(tx, row.id);
  });
}
