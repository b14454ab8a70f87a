import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { enrollments, people, programs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { personBrief, type PersonBrief } from '../enrollment/profile-store.js';
import { isOrgAdmin, personIdOf } from '../programs/program-access.js';

export interface ApprovalRequestView {
  enrollment: typeof enrollments.$inferSelect;
  person: PersonBrief;
  program: { id: string; name: string; mode: 'reverse' | 'mutual' };
  asProgramManager: boolean;
}

/**
 * What the actor decides: their direct reports' requests, plus — for those who run a program —
 * requests from people with no manager in the directory. Newest first, at most 200.
 */
export async function listApprovals(deps: Deps, input: { actor: Actor; status: 'pending' | 'decided' }): Promise<ApprovalRequestView[]> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const personId = await personIdOf(tx, actor);
    const mine: SQL[] = [];
    if (personId) mine.push(eq(enrollments.approverPersonId, personId));
    const runs = isOrgAdmin(actor)
      ? sql`true`
      : sql`${enrollments.programId} IN (SELECT program_id FROM program_managers WHERE user_id = ${actor.userId})`;
    mine.push(and(isNull(enrollments.approverPersonId), runs) as SQL);
    const statusCondition = input.status === 'pending' ? eq(enrollments.approvalStatus, 'pending') : inArray(enrollments.approvalStatus, ['approved', 'declined']);
    const rows = await tx
      .select({ enrollment: enrollments, person: personBrief, program: { id: programs.id, name: programs.name, mode: programs.mode } })
      .from(enrollments)
      .innerJoin(people, eq(people.id, enrollments.personId))
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .where(and(eq(enrollments.orgId, actor.orgId), statusCondition, or(...mine), personId ? sql`${enrollments.personId} <> ${personId}` : undefined))
      .orderBy(desc(enrollments.approvalRequestedAt))
      .limit(200);
    return rows.map((r) => ({ ...r, asProgramManager: r.enrollment.approverPersonId === null }));
  });
}
